// The global's onerror and onunhandledrejection event handler attributes (HTML): onerror gets
// (message, source, lineno, colno, error) and returning true cancels the report;
// onunhandledrejection gets the event. Setting null removes the handler.
onerror = (message, source, lineno, colno, error) => {
  console.log('onerror:', message, source.split('/').pop(), lineno, colno, error.message);
  return true;
};
onunhandledrejection = (event) => {
  console.log('onunhandledrejection:', event.reason);
  event.preventDefault();
};
console.log(typeof onerror, onunhandledrejection !== null, Object.getOwnPropertyDescriptor(globalThis, 'onerror').enumerable);
setTimeout(() => { throw new Error('caught by onerror'); });
Promise.reject('caught by onunhandledrejection');
setTimeout(() => {
  onerror = null;
  console.log('handler removed', onerror);
}, 10);
setTimeout(() => console.log('still running'), 20);
