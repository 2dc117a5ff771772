// WebAssembly objects in messages: a Module (its compiled code shared, instantiated in the
// worker) and a shared Memory (the same memory on both sides, growing included). A Memory that
// is not shared, an Instance, a Table cannot be cloned.
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97,
  100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
]);  // (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
const module = new WebAssembly.Module(bytes);
const memory = new WebAssembly.Memory({initial: 1, maximum: 4, shared: true});

const copy = structuredClone(module);
console.log('cloned module:', copy instanceof WebAssembly.Module, copy !== module,
    WebAssembly.Module.exports(copy)[0].name);
for (const [what, value] of [
  ['memory', new WebAssembly.Memory({initial: 1})],
  ['instance', new WebAssembly.Instance(module)],
  ['table', new WebAssembly.Table({initial: 1, element: 'anyfunc'})],
]) {
  try {
    structuredClone(value);
  } catch (e) {
    console.log(what + ':', e.name, e.message);
  }
}

const worker = new Worker('wasm_objects_worker.js');
worker.postMessage({module, memory});
worker.onmessage = ({data}) => {
  console.log('worker:', data);
  const view = new Int32Array(memory.buffer);
  console.log('main reads', Atomics.load(view, 2), 'and a buffer of', memory.buffer.byteLength);
  worker.terminate();
};
