// A promise rejected without a handler by the end of the microtask checkpoint is reported with
// its location, and the exit code is 1. One handled in time is not reported.
const handled = Promise.reject(new Error('handled later in the same task'));
handled.catch(() => console.log('caught'));
async function work() {
  await null;
  throw new TypeError('nobody catches this');
}
work();
setTimeout(() => console.log('never runs'), 0);
