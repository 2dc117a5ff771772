// An error nobody handles, neither in the worker nor at its Worker object, is reported as the
// main script's would be, and the process ends with exit code 1.
new Worker('uncaught_worker.js');
setTimeout(() => console.log('never printed'), 5000);
