// terminate() stops a worker wherever it is: in a JS loop, in WebAssembly, in Atomics.wait;
// the process then ends (nothing else runs).
const wasmLoop = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 108, 111, 111, 112,
  0, 0, 10, 9, 1, 7, 0, 3, 64, 12, 0, 11, 11,
]);  // (func (export "loop") (loop br 0))
const module = new WebAssembly.Module(wasmLoop);
const workers = new Map();
for (const kind of ['js', 'wasm', 'wait']) {
  const worker = new Worker('terminate_worker.js', {name: kind});
  worker.onmessage = ({data}) => {
    workers.set(kind, worker);
    if (workers.size < 3) return;
    // All three are now busy for good: stop them.
    setTimeout(() => {
      for (const [kind, worker] of [...workers].sort()) {
        worker.terminate();
        console.log(kind, 'worker terminated');
      }
    }, 20);
  };
  worker.postMessage(module);
}
