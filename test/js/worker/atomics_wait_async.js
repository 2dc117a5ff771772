// Atomics.waitAsync on the main thread (where Atomics.wait may not block): the promise settles
// as soon as a worker notifies, even though nothing else keeps the main loop awake.
const cells = new Int32Array(new SharedArrayBuffer(8));
const result = Atomics.waitAsync(cells, 0, 0);
console.log('async:', result.async);
const start = Date.now();
result.value.then((value) => {
  console.log('woken:', value, 'value now', Atomics.load(cells, 0),
      Date.now() - start < 2000 ? 'at once' : 'late');
});
const worker = new Worker('atomics_wait_async_worker.js');
worker.postMessage(cells);
console.log('already changed:', Atomics.waitAsync(cells, 0, 1).value);
