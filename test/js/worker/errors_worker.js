self.onerror = (message, filename, lineno, colno, error) => {
  postMessage(`worker onerror: ${message} at line ${lineno} (${error.message})`);
  return error.message === 'handled';  // true cancels: the parent hears nothing.
};
onmessage = ({data}) => {
  if (data === 'throw') {
    throw new TypeError('boom');
  }
  if (data === 'throw handled') throw new Error('handled');
  postMessage('still alive');
};
