// close() in a worker: the running task finishes (its messages are delivered), no later task
// runs. A worker may start workers of its own; closing it ends them too.
const worker = new Worker('close_worker.js');
worker.onmessage = ({data}) => console.log('main got:', data);
worker.postMessage('start');
