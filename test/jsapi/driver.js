// Runs one JS API test the way WPT's dedicated-worker scope (`.any.worker.html`) does: a worker
// loads testharness.js, our report shim, the test's `// META: script=` files and the test, each
// as a classic script (importScripts), then calls done(). Not WPT's window scope: linea's main
// thread is a window whose document has no element tree, which testharness.js's window
// environment needs. The files are the command line's, passed to the worker as its name.
new Worker('driver_worker.js', { name: JSON.stringify(scriptArgs) });
