postMessage('ready');
setInterval(() => postMessage('tick'), 1);  // Would keep the process alive; the close ends it.
