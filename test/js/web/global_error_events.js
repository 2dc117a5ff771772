// The global object is an EventTarget, as a browser's window: an uncaught exception fires an
// ErrorEvent and an unhandled rejection a PromiseRejectionEvent at it first, and a listener's
// preventDefault() suppresses the shell's report (the program goes on, exit 0). reportError()
// and exceptions thrown by event listeners are reported the same way.
console.log(globalThis instanceof EventTarget, typeof addEventListener);
addEventListener('error', (event) => {
  console.log('error event:', event.constructor.name, event.message, event.filename.split('/').pop(),
      event.lineno, event.colno, event.error instanceof Error, event.cancelable, event.isTrusted);
  event.preventDefault();
});
addEventListener('unhandledrejection', (event) => {
  console.log('unhandledrejection:', event.constructor.name, event.reason,
      event.promise instanceof Promise, event.cancelable);
  event.preventDefault();
});
setTimeout(() => {
  throw new Error('from a timer');
});
Promise.reject('nobody handles this');
reportError(new TypeError('reported'));
queueMicrotask(() => {
  throw new RangeError('from a microtask');
});
const target = new EventTarget();
target.addEventListener('go', () => {
  throw new SyntaxError('from a listener');
});
console.log('dispatch returns', target.dispatchEvent(new Event('go')));
setTimeout(() => console.log('still running'), 20);
