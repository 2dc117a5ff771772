// SIMD modules through the JS API: WebAssembly.validate accepts them, they run, v128 values
// never cross into JS (TypeError: exported functions with v128 in their signature, JS imports
// called from wasm with a v128, v128 globals read or written from JS), and a validation error
// names the expected v128.
load('harness.js');

// As attempt(), but shows only the error's class: the messages are the engine's own.
function attemptType(label, f) {
  try {
    log(label, '->', f());
  } catch (e) {
    log(label, '-> threw', e.constructor.name);
  }
}

// (module
//   (import "js" "takes" (func $takes (param v128)))
//   (global $g (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
//   (func (export "callTakes") (call $takes (v128.const i32x4 0 0 0 0)))
//   (func (export "sum") (param i32 i32 i32 i32) (result i32)
//     (local $v v128)
//     (local.set $v (i32x4.add (global.get $g) (i32x4.replace_lane 3 (i32x4.replace_lane 2
//       (i32x4.replace_lane 1 (i32x4.splat (local.get 0)) (local.get 1)) (local.get 2))
//       (local.get 3))))
//     (global.set $g (local.get $v))
//     (i32.add (i32.add (i32x4.extract_lane 0 (local.get $v)) (i32x4.extract_lane 1 (local.get $v)))
//              (i32.add (i32x4.extract_lane 2 (local.get $v)) (i32x4.extract_lane 3 (local.get $v)))))
//   (func (export "interleave") (result i64)
//     (i64x2.extract_lane 0 (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
//       (v128.const i8x16 0x10 0x11 0x12 0x13 0x14 0x15 0x16 0x17 0 0 0 0 0 0 0 0)
//       (v128.const i8x16 0xa0 0xa1 0xa2 0xa3 0xa4 0xa5 0xa6 0xa7 0 0 0 0 0 0 0 0)))))
const simdBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 20, 4, 96, 1, 123, 0, 96, 0, 0, 96, 4, 127, 127, 127, 127, 1,
  127, 96, 0, 1, 126, 2, 12, 1, 2, 106, 115, 5, 116, 97, 107, 101, 115, 0, 0, 3, 4, 3, 1, 2, 3, 6,
  22, 1, 123, 1, 253, 12, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 11, 7, 36, 4, 1, 103, 3,
  0, 9, 99, 97, 108, 108, 84, 97, 107, 101, 115, 0, 1, 3, 115, 117, 109, 0, 2, 10, 105, 110, 116,
  101, 114, 108, 101, 97, 118, 101, 0, 3, 10, 142, 1, 3, 22, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 16, 0, 11, 57, 1, 1, 123, 35, 0, 32, 0, 253, 17, 32, 1, 253, 28, 1, 32, 2,
  253, 28, 2, 32, 3, 253, 28, 3, 253, 174, 1, 33, 4, 32, 4, 36, 0, 32, 4, 253, 27, 0, 32, 4, 253,
  27, 1, 106, 32, 4, 253, 27, 2, 32, 4, 253, 27, 3, 106, 106, 11, 59, 0, 253, 12, 16, 17, 18, 19,
  20, 21, 22, 23, 0, 0, 0, 0, 0, 0, 0, 0, 253, 12, 160, 161, 162, 163, 164, 165, 166, 167, 0, 0, 0,
  0, 0, 0, 0, 0, 253, 13, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23, 253, 29, 0, 11
]);
// (module (func (result v128) (i32.const 0)))
const badBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 6, 1, 4, 0, 65, 0, 11
]);

log('validate(simd):', WebAssembly.validate(simdBytes), '; validate(bad):', WebAssembly.validate(badBytes));
try {
  new WebAssembly.Module(badBytes);
} catch (e) {
  log(e.constructor.name, 'names the types:', e.message.includes('expected v128, got i32'));
}

let called = false;
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(simdBytes), {js: {takes() { called = true; }}});
log('sum(10, 20, 30, 40):', e.sum(10, 20, 30, 40), '; again (the global accumulates):', e.sum(0, 0, 0, 0));
log('interleave:', '0x' + BigInt.asUintN(64, e.interleave()).toString(16));
attemptType('a JS import called from wasm with a v128', () => e.callTakes());
log('  the import ran:', called);
log('g is a', e.g instanceof WebAssembly.Global ? 'WebAssembly.Global' : typeof e.g);
attemptType('g.value', () => e.g.value);
attemptType('g.valueOf()', () => e.g.valueOf());
attemptType('g.value = 1', () => { e.g.value = 1; });
