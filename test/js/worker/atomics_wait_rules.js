// ECMAScript's Atomics.wait, Atomics.notify and Atomics.waitAsync, as linea implements them over
// its parking lot (bindings/atomics_wait.h): results, validation order, count semantics. The
// blocking cases run in a worker (where [[CanBlock]] is true). The expected output is node's,
// run with a Worker shim.
const check = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name);
  }
};
const show = (r) => `async: ${r.async}, value: ${typeof r.value === 'string' ? r.value : r.value.constructor.name}`;
const i32 = new Int32Array(new SharedArrayBuffer(32));

console.log(Atomics.wait.length, Atomics.notify.length, Atomics.waitAsync.length,
            Atomics.wait.name, Atomics.waitAsync.name,
            Object.getOwnPropertyDescriptor(Atomics, 'notify').enumerable);
check('notify, nobody waits:', () => Atomics.notify(i32, 0));
check('notify a non-shared array:', () => Atomics.notify(new Int32Array(4), 0, 1));
check('notify a non-shared array out of range:', () => Atomics.notify(new Int32Array(4), 9));
check('notify a Uint8Array:', () => Atomics.notify(new Uint8Array(new SharedArrayBuffer(4)), 0));
check('notify a plain array:', () => Atomics.notify([0], 0));
check('notify count -3:', () => Atomics.notify(i32, 0, -3));
let order = [];
check('notify index before count:', () => Atomics.notify(i32, 99, {valueOf() { order.push('count'); return 1; }}));
console.log('count converted:', order.length);

check('waitAsync not-equal:', () => show(Atomics.waitAsync(i32, 0, 1)));
check('waitAsync timeout 0:', () => show(Atomics.waitAsync(i32, 0, 0, 0)));
check('waitAsync timeout -1:', () => show(Atomics.waitAsync(i32, 0, 0, -1)));
check('waitAsync on a non-shared array:', () => Atomics.waitAsync(new Int32Array(4), 0, 0));
check('waitAsync on a Float64Array:', () => Atomics.waitAsync(new Float64Array(new SharedArrayBuffer(8)), 0, 0));
check('waitAsync result keys:', () => Object.keys(Atomics.waitAsync(i32, 0, 1)).join());
const bigints = new BigInt64Array(i32.buffer);
check('waitAsync BigInt64Array not-equal:', () => show(Atomics.waitAsync(bigints, 3, 5n)));
check('waitAsync BigInt64Array with a Number:', () => Atomics.waitAsync(bigints, 3, 0));

// Count semantics, with waiters of this thread: oldest first, `count` at most.
const first = Atomics.waitAsync(i32, 2, 0);
const second = Atomics.waitAsync(i32, 2, 0);
const third = Atomics.waitAsync(i32, 2, 0);
console.log('three waiting:', show(first), '|', show(second));
first.value.then((v) => console.log('first:', v));
second.value.then((v) => console.log('second:', v));
third.value.then((v) => console.log('third:', v));
console.log('notify 2 of 3:', Atomics.notify(i32, 2, 2));
console.log('notify the rest:', Atomics.notify(i32, 2));
console.log('notify again:', Atomics.notify(i32, 2));

setTimeout(() => {
  const worker = new Worker('atomics_wait_rules_worker.js');
  worker.onmessage = ({data}) => {
    if (data === 'done') {
      worker.terminate();
      return;
    }
    console.log(data);
  };
}, 10);
