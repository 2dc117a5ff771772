// Exception handling across JS and wasm (JS API): WebAssembly.Tag, WebAssembly.Exception
// (getArg, is, traceStack), WebAssembly.JSTag; a wasm throw caught in JS, a JS Error caught by
// a wasm try_table (catch_all) and, uncaught or rethrown by throw_ref, reaching JS unchanged.
// (node 20 lacks exnref and try_table, so this output is linea's, checked against the JS API.)
load('harness.js');

// Built with the JS API suite's wasm-module-builder.js:
//   (import "env" "jsThrow" (func $jsThrow))
//   (tag $t (export "tag") (param i32 f64))
//   (func $throwPair (export "throwPair") (param i32 f64) (throw $t (local.get 0) (local.get 1)))
//   (func (export "catchAllJs") (result i32)
//     (block (try_table (catch_all 0) (call $jsThrow)) (return (i32.const 0)))
//     (i32.const 1))
//   (func (export "callJs") (call $jsThrow))
//   (func (export "rethrowJs")
//     (throw_ref (block (result exnref)
//       (try_table (catch_all_ref 0) (call $jsThrow)) (unreachable))))
//   (func (export "catchOwn") (result f64) (local $f f64)
//     (block (result i32 f64)
//       (try_table (catch $t 0) (call $throwPair (i32.const 7) (f64.const 2.5))) (unreachable))
//     (local.set $f) (f64.add (f64.convert_i32_s) (local.get $f)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 28, 7, 96, 0, 0, 96, 2, 127, 124, 0, 96, 0, 2, 127, 124, 96, 0,
  1, 127, 96, 0, 0, 96, 0, 0, 96, 0, 1, 124, 2, 15, 1, 3, 101, 110, 118, 7, 106, 115, 84, 104,
  114, 111, 119, 0, 0, 3, 6, 5, 1, 3, 4, 5, 6, 13, 3, 1, 0, 1, 7, 64, 6, 3, 116, 97, 103, 4, 0, 9,
  116, 104, 114, 111, 119, 80, 97, 105, 114, 0, 1, 10, 99, 97, 116, 99, 104, 65, 108, 108, 74,
  115, 0, 2, 6, 99, 97, 108, 108, 74, 115, 0, 3, 9, 114, 101, 116, 104, 114, 111, 119, 74, 115, 0,
  4, 8, 99, 97, 116, 99, 104, 79, 119, 110, 0, 5, 10, 85, 5, 8, 0, 32, 0, 32, 1, 8, 0, 11, 18, 0,
  2, 64, 31, 64, 1, 2, 0, 16, 0, 11, 65, 0, 15, 11, 65, 1, 11, 4, 0, 16, 0, 11, 15, 0, 2, 105, 31,
  64, 1, 3, 0, 16, 0, 11, 0, 11, 10, 11, 34, 1, 1, 124, 2, 2, 31, 64, 1, 0, 0, 0, 65, 7, 68, 0, 0,
  0, 0, 0, 0, 4, 64, 16, 1, 11, 0, 11, 33, 0, 183, 32, 0, 160, 11, 0, 60, 4, 110, 97, 109, 101, 1,
  53, 5, 1, 9, 116, 104, 114, 111, 119, 80, 97, 105, 114, 2, 10, 99, 97, 116, 99, 104, 65, 108,
  108, 74, 115, 3, 6, 99, 97, 108, 108, 74, 115, 4, 9, 114, 101, 116, 104, 114, 111, 119, 74, 115,
  5, 8, 99, 97, 116, 99, 104, 79, 119, 110,
]);
const error = new Error('from JS');
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { jsThrow: () => { throw error; } },
});
const { tag } = exports;
log('tag is a Tag:', tag instanceof WebAssembly.Tag);

// A wasm throw of a tag with an i32 and an f64, caught in JS.
try {
  exports.throwPair(42, 0.5);
} catch (e) {
  log('caught WebAssembly.Exception:', e instanceof WebAssembly.Exception, 'is(tag):', e.is(tag));
  log('getArg(tag, 0):', e.getArg(tag, 0), 'getArg(tag, 1):', e.getArg(tag, 1));
  attempt('getArg(tag, 2)', () => e.getArg(tag, 2));
  attempt('getArg(other tag, 0)', () => e.getArg(new WebAssembly.Tag({ parameters: [] }), 0));
}

// A JS Error through a wasm try_table (catch_all) is caught there...
log('catchAllJs():', exports.catchAllJs());
// ...and, uncaught or rethrown with throw_ref, reaches JS as the same object.
for (const name of ['callJs', 'rethrowJs']) {
  try {
    exports[name]();
    log(name, 'returned');
  } catch (e) {
    log(name, 'threw the same Error:', e === error);
  }
}
// Caught by its tag in wasm, two frames down.
log('catchOwn():', exports.catchOwn());

// A WebAssembly.Exception made in JS and thrown through wasm keeps its identity.
const made = new WebAssembly.Exception(tag, [1, 2.25], { traceStack: true });
log('made.getArg(tag, 1):', made.getArg(tag, 1), 'has stack:', typeof made.stack === 'string');
const throughWasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { jsThrow: () => { throw made; } },
}).exports;
try {
  throughWasm.callJs();
} catch (e) {
  log('same WebAssembly.Exception back:', e === made);
}
attempt('new Exception(JSTag, [{}])', () => new WebAssembly.Exception(WebAssembly.JSTag, [{}]));
attempt('new Exception(tag, [1])', () => new WebAssembly.Exception(tag, [1]));
log('JSTag is a Tag:', WebAssembly.JSTag instanceof WebAssembly.Tag);
