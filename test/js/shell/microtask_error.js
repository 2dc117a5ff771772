// An exception thrown by a queueMicrotask callback is uncaught: reported, exit code 1.
queueMicrotask(() => {
  throw new RangeError('from a microtask');
});
setTimeout(() => console.log('never runs'), 0);
console.log('script done');
