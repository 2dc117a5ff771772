// wasm's memory.atomic.wait blocks a worker until the main thread's memory.atomic.notify wakes
// it; on the main thread it traps, as Atomics.wait throws there (browsers' rule).
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 2, 96, 2, 127, 127, 1, 127, 96, 1, 127, 1, 127, 2, 16, 1, 3,
  101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 3, 1, 1, 3, 3, 2, 0, 1, 7, 17, 2, 4, 119, 97,
  105, 116, 0, 0, 6, 110, 111, 116, 105, 102, 121, 0, 1, 10, 25, 2, 12, 0, 32, 0, 32, 1, 66, 127,
  254, 1, 2, 0, 11, 10, 0, 32, 0, 65, 1, 254, 0, 2, 0, 11,
]);  // (memory (import "env" "memory") 1 1 shared)
     // (func (export "wait") (param i32 i32) (result i32) (memory.atomic.wait32 ... (i64.const -1)))
     // (func (export "notify") (param i32) (result i32) (memory.atomic.notify ... (i32.const 1)))
const module = new WebAssembly.Module(bytes);
const memory = new WebAssembly.Memory({initial: 1, maximum: 1, shared: true});
const {wait, notify} = new WebAssembly.Instance(module, {env: {memory}}).exports;
try {
  wait(0, 0);
} catch (e) {
  console.log('main thread:', e.constructor.name, e.message);
}
const worker = new Worker('wasm_wait_worker.js');
worker.postMessage({module, memory});
worker.onmessage = ({data}) => {
  if (data !== 'waiting') {
    console.log('worker:', data);
    return;
  }
  // The worker said so just before waiting: notify until the wait has begun and is woken.
  const poke = () => {
    if (notify(4) === 0) setTimeout(poke, 1);
  };
  poke();
};
