// Functions with v128 parameters or results cannot be called from JS (TypeError at each call),
// and v128 globals cannot be made from JS.
load('harness.js');

// (module
//   (import "js" "takes" (func $takes (param v128)))
//   (func (export "param") (param v128))
//   (func (export "result") (result v128) unreachable)
//   (export "takes" (func $takes))
// )
const v128Bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 9, 2, 96, 1, 123, 0, 96, 0, 1, 123, 2, 12, 1, 2, 106, 115, 5,
  116, 97, 107, 101, 115, 0, 0, 3, 3, 2, 0, 1, 7, 26, 3, 5, 112, 97, 114, 97, 109, 0, 1, 6, 114,
  101, 115, 117, 108, 116, 0, 2, 5, 116, 97, 107, 101, 115, 0, 0, 10, 8, 2, 2, 0, 11, 3, 0, 0,
  11
]);

// v128 values cannot cross into or out of JS: calling a function with a v128 parameter or
// result from JS is a TypeError each time, before any argument is converted. (simd.js calls a
// JS import with a v128 from wasm.)
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(v128Bytes), {js: {takes() { log('JS called!'); }}});
log('exports:', Object.keys(e).join(', '), '; lengths', e.param.length, e.result.length, '; the JS import re-exported:', show(e.takes.name));
let converted = false;
attempt('param(v128) called from JS', () => e.param({valueOf() { converted = true; return 0; }}));
log('  the argument was converted:', converted);
attempt('result() -> v128 called from JS', () => e.result());
attempt('the re-exported JS import, called from JS', () => e.takes());
attempt('WebAssembly.Global({value: "v128"})', () => new WebAssembly.Global({value: 'v128'}));
