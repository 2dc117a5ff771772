// Cycles through externrefs are collected: a table or global (exported and wrapped, internal, or
// made by JS) holding an object that refers back to the instance, the table or the global goes
// once nothing else holds it, as FinalizationRegistry observes. V8 sees the store's reference to
// the object through embedder tracing (bindings/heap_tracer.h); reachable ones keep working and
// keep their identity.
//
// (module
//   (global (export "g") (mut externref) (ref.null extern))
//   (global $h (mut externref) (ref.null extern))
//   (table (export "t") 2 externref)
//   (func (export "store") (param externref) (global.set $h (local.get 0)))
//   (func (export "load") (result externref) (global.get $h)))
const module = new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 9, 2, 96, 1, 111, 0, 96, 0, 1, 111, 3, 3, 2, 0, 1, 4, 4, 1, 111,
  0, 2, 6, 11, 2, 111, 1, 208, 111, 11, 111, 1, 208, 111, 11, 7, 24, 4, 1, 103, 3, 0, 1, 116, 1, 0,
  5, 115, 116, 111, 114, 101, 0, 0, 4, 108, 111, 97, 100, 0, 1, 10, 13, 2, 6, 0, 32, 0, 36, 1, 11,
  4, 0, 35, 1, 11,
]));
const collected = [];
const registry = new FinalizationRegistry((held) => collected.push(held));

(() => {
  const instance = new WebAssembly.Instance(module);
  instance.exports.g.value = { instance };
  registry.register(instance, 'instance through an exported global');
})();
(() => {
  const instance = new WebAssembly.Instance(module);
  instance.exports.t.set(1, { instance });
  registry.register(instance, 'instance through an exported table');
})();
(() => {
  const instance = new WebAssembly.Instance(module);
  instance.exports.store({ exports: instance.exports });
  registry.register(instance, 'instance through an internal global');
})();
(() => {
  const global = new WebAssembly.Global({ value: 'externref', mutable: true });
  global.value = { global };
  registry.register(global, 'global through itself');
  const table = new WebAssembly.Table({ element: 'externref', initial: 1 });
  table.set(0, Object.freeze({ table }));
  registry.register(table, 'table through a frozen object');
  const proxied = new WebAssembly.Instance(module);
  proxied.exports.store(new Proxy({ proxied }, {}));
  registry.register(proxied, 'instance through a proxy');
})();

// Kept: reachable from a global variable, through the same kinds of cycle.
const kept = new WebAssembly.Instance(module);
const keptObject = { kept, name: 'kept object' };
kept.exports.store(keptObject);
kept.exports.t.set(0, keptObject);
registry.register(kept, 'kept (must not be collected)');
let transient = { name: 'transient' };
kept.exports.g.value = transient;
transient = null;

function report() {
  console.log('collected:', collected.sort().join('; '));
  console.log('kept load is the same object:', kept.exports.load() === keptObject);
  console.log('kept table holds it too:', kept.exports.t.get(0) === kept.exports.load());
  console.log('global value kept:', kept.exports.g.value.name);
  const frozen = Object.freeze({});
  kept.exports.store(frozen);
  console.log('frozen identity:', kept.exports.load() === frozen);
}

gc();
setTimeout(() => {
  gc();
  setTimeout(() => {
    gc();
    setTimeout(report, 10);
  }, 10);
}, 10);
