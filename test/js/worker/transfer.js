// Transfer lists move ArrayBuffers (the sender's are detached); SharedArrayBuffers are shared,
// not copied; what cannot be cloned or transferred throws a DataCloneError at the sender.
const worker = new Worker('transfer_worker.js');
const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const shared = new Int32Array(new SharedArrayBuffer(8));
worker.postMessage({buffer, shared}, [buffer]);
console.log('after transfer:', buffer.byteLength);
for (const [what, value, transfer] of [
  ['a function', () => 1, undefined],
  ['a symbol', Symbol('s'), undefined],
  ['a detached buffer', 0, [buffer]],
  ['a duplicate', 0, [new ArrayBuffer(1), ...Array(2).fill(new ArrayBuffer(2))]],
  ['a non-buffer', 0, [{}]],
]) {
  try {
    worker.postMessage(value, transfer);
    console.log(what, 'was posted');
  } catch (e) {
    console.log(what + ':', e.name, e.constructor.name, e.message);
  }
}
worker.postMessage('second', {transfer: []});
worker.onmessage = ({data}) => {
  if (data === 'second') {
    console.log('worker wrote', Atomics.load(shared, 1), 'to the shared buffer');
    worker.terminate();
    return;
  }
  console.log('worker saw', data);
};
