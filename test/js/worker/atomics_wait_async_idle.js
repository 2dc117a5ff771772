// An Atomics.waitAsync timeout settles its promise even when nothing else is left to run: the
// pending wait keeps the event loop alive until then, as a timer does (and as a browser tab
// stays open). node differs here: it exits without settling it (V8's timeout task is no libuv
// handle). A notify settles a wait at once, with no timer left behind.
const i32 = new Int32Array(new SharedArrayBuffer(8));
const started = performance.now();
Atomics.waitAsync(i32, 0, 0, 50).value.then((value) => {
  console.log('timed out:', value, performance.now() - started >= 49);
});
const notified = Atomics.waitAsync(i32, 1, 0, 60 * 60 * 1000);
notified.value.then((value) => console.log('notified:', value));
console.log('woken:', Atomics.notify(i32, 1));
