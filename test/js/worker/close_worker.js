onmessage = ({data}) => {
  if (data === 'start') {
    const nested = new Worker('close_nested.js', {name: 'nested'});
    nested.onmessage = ({data}) => {
      postMessage(`nested said ${data}`);
      if (data === 'ready') {
        close();
        postMessage('closing');  // Still delivered: it is sent by the running task.
        setTimeout(() => postMessage('timer ran'), 0);  // Never runs.
      }
    };
  }
};
