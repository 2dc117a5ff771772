// The boundary's fast path has one instance per parameter/result shape (all-i32 parameters
// with an i32 result, all-i32 parameters with another result, any other signature): every
// shape's results and argument conversions, Smi or not, agree with node 20 (recorded in .out).
//   (func (export "toF64") (param i32 i32) (result f64)
//     (f64.convert_i32_s (i32.add (local.get 0) (local.get 1))))
//   (func (export "toF32") (param i32) (result f32) (f32.convert_i32_s (local.get 0)))
//   (func (export "i64r") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 17, 3, 96, 2, 127, 127, 1, 124, 96, 1, 127, 1, 125, 96, 1, 127,
  1, 126, 3, 4, 3, 0, 1, 2, 7, 24, 3, 5, 116, 111, 70, 54, 52, 0, 0, 5, 116, 111, 70, 51, 50, 0,
  1, 4, 105, 54, 52, 114, 0, 2, 10, 22, 3, 8, 0, 32, 0, 32, 1, 106, 183, 11, 5, 0, 32, 0, 178, 11,
  5, 0, 32, 0, 172, 11,
]);
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
for (const args of [[1, 2], [1.5, 2], ['3', 4], [-0, 2 ** 31], [2 ** 32 + 1, 1], [NaN, 1]]) {
  console.log('toF64', ...args, '->', e.toF64(...args));
}
for (const x of [16777217, -7, 0.5, '9', undefined]) console.log('toF32', x, '->', e.toF32(x));
for (const x of [-5, 2 ** 31, 1.5]) console.log('i64r', x, '->', e.i64r(x));
