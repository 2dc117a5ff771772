// A cycle through JS is collected: an instance whose import is a closure that refers back to the
// instance (or to its exports) goes once nothing else holds it, as FinalizationRegistry observes;
// a like instance still reachable keeps working. V8 sees the store's reference from the host
// function to the closure through embedder tracing (bindings/heap_tracer.h).
//
// (module
//   (import "env" "cb" (func $cb (result i32)))
//   (func (export "g") (result i32) (i32.const 42))
//   (func (export "viaImport") (result i32) (call $cb)))
const module = new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 2, 10, 1, 3, 101, 110, 118, 2, 99, 98, 0,
  0, 3, 3, 2, 0, 0, 7, 17, 2, 1, 103, 0, 1, 9, 118, 105, 97, 73, 109, 112, 111, 114, 116, 0, 2,
  10, 11, 2, 4, 0, 65, 42, 11, 4, 0, 16, 0, 11,
]));
const registry = new FinalizationRegistry((held) => console.log('collected:', held));
function makeCycle(name) {
  let instance;
  instance = new WebAssembly.Instance(module, { env: { cb: () => instance.exports.g() } });
  registry.register(instance, name);
  return instance.exports.viaImport();
}
console.log('through the cycle:', makeCycle('instance cycle'));
// A cycle through an exported function only.
(() => {
  let exportsOf;
  const inst = new WebAssembly.Instance(module, { env: { cb: () => exportsOf.g() } });
  exportsOf = inst.exports;
  registry.register(exportsOf.viaImport, 'function cycle');
  console.log('through the function cycle:', exportsOf.viaImport());
})();
// Kept: reachable from a global.
let kept;
kept = new WebAssembly.Instance(module, { env: { cb: () => kept.exports.g() + 1 } });
registry.register(kept, 'kept (must not be collected)');
gc();
setTimeout(() => {
  gc();
  setTimeout(() => {
    console.log('kept still works:', kept.exports.viaImport());
  }, 10);
}, 10);
