// A trap inside a JS String Builtin (here `length` of a non-string) is a trap of the wasm call
// that reached it: its RuntimeError's stack lists the wasm frames from that call outwards, as a
// trap of an instruction does (V8's message is "illegal cast"). A tail call to the builtin shows
// the tail caller at its return_call: the host call has not replaced that frame.
//
// (module
//   (import "wasm:js-string" "length" (func $len (param externref) (result i32)))
//   (func $inner (param externref) (result i32) (call $len (local.get 0)))
//   (func (export "viaCall") (param externref) (result i32) (call $inner (local.get 0)))
//   (func $tail (param externref) (result i32) (return_call $len (local.get 0)))
//   (func (export "viaTailCall") (param externref) (result i32) (call $tail (local.get 0))))
const bytes = new Uint8Array([
  0,   97,  115, 109, 1,   0,   0,   0,   1,   6,  1,   96,  1,   111, 1,   127, 2,   25,
  1,   14,  119, 97,  115, 109, 58,  106, 115, 45, 115, 116, 114, 105, 110, 103, 6,   108,
  101, 110, 103, 116, 104, 0,   0,   3,   5,   4,  0,   0,   0,   0,   7,   25,  2,   7,
  118, 105, 97,  67,  97,  108, 108, 0,   2,   11, 118, 105, 97,  84,  97,  105, 108, 67,
  97,  108, 108, 0,   4,   10,  29,  4,   6,   0,  32,  0,   16,  0,   11,  6,   0,   32,
  0,   16,  1,   11,  6,   0,   32,  0,   18,  0,  11,  6,   0,   32,  0,   16,  3,   11
]);
const {exports} =
    new WebAssembly.Instance(new WebAssembly.Module(bytes, {builtins: ['js-string']}));
console.log(exports.viaCall('four'), exports.viaTailCall('three'));
for (const name of ['viaCall', 'viaTailCall']) {
  try {
    exports[name](null);
  } catch (e) {
    console.log(name, e instanceof WebAssembly.RuntimeError);
    console.log(e.stack.split('\n').filter((line) => line.includes('wasm://')).join('\n'));
  }
}
