// Two workers increment one shared counter with Atomics.add, 10^6 times each, then wait at a
// barrier made of Atomics.wait/notify; the sum is exactly 2,000,000.
const shared = new SharedArrayBuffer(16);
const cells = new Int32Array(shared);  // [counter, finished workers]
let reports = 0;
for (let i = 0; i < 2; i++) {
  const worker = new Worker('atomics_counter_worker.js');
  worker.postMessage({shared, times: 1e6});
  worker.onmessage = ({data}) => {
    console.log(data);
    if (++reports === 2) console.log('counter:', Atomics.load(cells, 0));
  };
}
try {
  Atomics.wait(cells, 3, 0, 0);
} catch (e) {
  console.log('main thread:', e.constructor.name, e.message);
}
