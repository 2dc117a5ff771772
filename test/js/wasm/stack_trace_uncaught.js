// An uncaught error thrown by a JS import called from wasm: the shell's report shows the wasm
// frames between the JS ones, as node does.

// (module (import "js" "fail" (func $fail)) (func $run (export "run") (call $fail)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 11, 1, 2, 106, 115, 4, 102, 97, 105, 108, 0,
  0, 3, 2, 1, 0, 7, 7, 1, 3, 114, 117, 110, 0, 1, 10, 6, 1, 4, 0, 16, 0, 11, 0, 26, 4, 110, 97,
  109, 101, 1, 12, 2, 0, 4, 102, 97, 105, 108, 1, 3, 114, 117, 110, 2, 5, 2, 0, 0, 1, 0
]);
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: { fail() { throw new Error('from the import'); } },
});
instance.exports.run();
