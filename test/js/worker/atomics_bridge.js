// JS Atomics and wasm's memory.atomic.wait/notify share one wait list per location (ECMAScript's
// WaiterList, which the threads proposal makes wasm use too): a worker waits four ways on a
// shared WebAssembly.Memory, and the main thread wakes it the other way each time. The expected
// output is node's (its Atomics and wasm atomics share V8's list), run with a Worker shim.
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 14, 2, 96, 3, 127, 127, 126, 1, 127, 96, 2, 127, 127, 1, 127,
  2, 16, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 3, 1, 1, 3, 3, 2, 0, 1, 7, 19,
  2, 6, 119, 97, 105, 116, 51, 50, 0, 0, 6, 110, 111, 116, 105, 102, 121, 0, 1, 10, 25, 2, 12,
  0, 32, 0, 32, 1, 32, 2, 254, 1, 2, 0, 11, 10, 0, 32, 0, 32, 1, 254, 0, 2, 0, 11,
]);  // (memory (import "env" "memory") 1 1 shared)
     // (func (export "wait32") (param i32 i32 i64) (result i32) (memory.atomic.wait32 ...))
     // (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify ...))
const module = new WebAssembly.Module(bytes);
const memory = new WebAssembly.Memory({initial: 1, maximum: 1, shared: true});
const {notify} = new WebAssembly.Instance(module, {env: {memory}}).exports;
const i32 = new Int32Array(memory.buffer);

// Wakes the worker with `wake` (which returns how many it woke) as soon as it waits: it says
// "waiting" just before it does.
function wakeWhenWaiting(how, wake) {
  const woken = wake();
  if (woken === 0) {
    setTimeout(() => wakeWhenWaiting(how, wake), 1);
    return;
  }
  console.log(`main: ${how} woke ${woken}`);
}

const worker = new Worker('atomics_bridge_worker.js');
worker.onmessage = ({data}) => {
  if (data.waiting === 'js') {
    wakeWhenWaiting('memory.atomic.notify', () => notify(data.byte, 1));
  } else if (data.waiting === 'wasm') {
    wakeWhenWaiting('Atomics.notify', () => Atomics.notify(i32, data.byte / 4, 1));
  } else if (data.waiting === 'async') {
    wakeWhenWaiting('memory.atomic.notify', () => notify(data.byte, 1));
  } else {
    console.log(`worker: ${data.result}`);
    if (data.last) worker.terminate();
  }
};
worker.postMessage({module, memory});
