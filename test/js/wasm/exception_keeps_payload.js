// An exception kept in an exnref global keeps what it carries: the JS value of a JS exception
// (JSTag) survives the externref collections that run while it is stashed, and rethrowing
// it gives back the same object.
// (node 20 lacks exnref, so this output is linea's.)
load('harness.js');

// Built with the JS API suite's wasm-module-builder.js:
//   (import "env" "jsThrow" (func $jsThrow))
//   (global $g (mut exnref) (ref.null exn))
//   (func (export "stash")
//     (global.set $g (block (result exnref)
//       (try_table (catch_all_ref 0) (call $jsThrow)) (return))))
//   (func (export "rethrowStashed") (throw_ref (global.get $g)))
//   (func (export "id") (param externref) (result externref) (local.get 0))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 15, 4, 96, 0, 0, 96, 0, 0, 96, 0, 0, 96, 1, 111, 1, 111, 2, 15,
  1, 3, 101, 110, 118, 7, 106, 115, 84, 104, 114, 111, 119, 0, 0, 3, 4, 3, 1, 2, 3, 6, 6, 1, 105,
  1, 208, 105, 11, 7, 31, 3, 5, 115, 116, 97, 115, 104, 0, 1, 14, 114, 101, 116, 104, 114, 111,
  119, 83, 116, 97, 115, 104, 101, 100, 0, 2, 2, 105, 100, 0, 3, 10, 29, 3, 16, 0, 2, 105, 31, 64,
  1, 3, 0, 16, 0, 11, 15, 11, 36, 0, 11, 5, 0, 35, 0, 10, 11, 4, 0, 32, 0, 11, 0, 35, 4, 110, 97,
  109, 101, 1, 28, 3, 1, 5, 115, 116, 97, 115, 104, 2, 14, 114, 101, 116, 104, 114, 111, 119, 83,
  116, 97, 115, 104, 101, 100, 3, 2, 105, 100,
]);
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { jsThrow: () => { throw { marker: 'stashed' }; } },
});
exports.stash();
// Enough fresh externrefs for the externref table to collect several times.
for (let i = 0; i < 5000; ++i) exports.id({ i });
if (typeof gc === 'function') gc();
for (let i = 0; i < 5000; ++i) exports.id({ i });
try {
  exports.rethrowStashed();
} catch (e) {
  log('rethrown:', JSON.stringify(e));
}
