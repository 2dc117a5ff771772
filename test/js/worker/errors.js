// A worker's uncaught error: first the worker's own 'error' event (which may cancel it), then
// an ErrorEvent at its Worker object (message, filename, lineno, colno; error null), which the
// page cancels here; the worker goes on running after it (HTML).
const worker = new Worker('errors_worker.js');
worker.addEventListener('error', (event) => {
  console.log('main error event:', event.constructor.name, event.message,
      event.filename.endsWith('/errors_worker.js'), event.lineno, event.colno, event.error,
      event.cancelable);
  event.preventDefault();
});
worker.onmessage = ({data}) => {
  console.log('main got', data);
  if (data === 'still alive') worker.terminate();
};
worker.postMessage('throw');
worker.postMessage('throw handled');
worker.postMessage('ping');
