// The blocking cases of atomics_wait_rules.js, in a worker, where Atomics.wait may block.
const check = (label, f) => {
  try {
    postMessage(`${label} ${f()}`);
  } catch (e) {
    postMessage(`${label} ${e.constructor.name}`);
  }
};
const i32 = new Int32Array(new SharedArrayBuffer(32));
const bigints = new BigInt64Array(i32.buffer);
check('wait not-equal:', () => Atomics.wait(i32, 0, 1));
check('wait timeout 0:', () => Atomics.wait(i32, 0, 0, 0));
check('wait timeout 5 ms:', () => Atomics.wait(i32, 1, 0, 5));
check('wait timeout -5:', () => Atomics.wait(i32, 1, 0, -5));
check('wait index "2":', () => Atomics.wait(i32, '2', 1, 0));
check('wait index 8:', () => Atomics.wait(i32, 8, 0, 0));
check('wait index -1:', () => Atomics.wait(i32, -1, 0, 0));
check('wait on a non-shared array:', () => Atomics.wait(new Int32Array(4), 0, 0, 0));
check('wait on a non-shared array out of range:', () => Atomics.wait(new Int32Array(4), 9, 0, 0));
check('wait on a Uint32Array:', () => Atomics.wait(new Uint32Array(i32.buffer), 0, 0, 0));
check('wait with a BigInt on an Int32Array:', () => Atomics.wait(i32, 0, 0n, 0));
check('wait64 not-equal:', () => Atomics.wait(bigints, 0, 5n));
check('wait64 timeout 1 ms:', () => Atomics.wait(bigints, 1, 0n, 1));
check('wait64 with a Number:', () => Atomics.wait(bigints, 0, 0, 0));
const order = [];
const logged = (what, value) => ({valueOf() { order.push(what); return value; }});
check('wait, index out of range before the value:', () => Atomics.wait(i32, 9, logged('value', 0), 0));
check('wait, value then timeout:', () => Atomics.wait(i32, 0, logged('value', 7), logged('timeout', 0)));
postMessage(`converted: ${order.join(' ')}`);
postMessage('done');
