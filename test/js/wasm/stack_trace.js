// Wasm frames in JS stack traces, in V8's format and true call order: errors made or thrown in a
// JS import called from wasm, nested activations, Error.stackTraceLimit, a user's
// Error.prepareStackTrace (given the JS call sites), console.trace.
// The expected output is node 20's for the same module (paths and node's own frames aside), but for
// two limits (bindings/stack_trace.h): an error first read after its wasm frames returned shows
// the JS frames only, and Error.prepareStackTrace gets no call sites for wasm frames.

// (module $stk
//   (import "js" "callback" (func $callback))
//   (import "js" "reenter" (func $reenter))
//   (func $run (export "run") (call $callback))
//   (func $outer (export "outer") (call $run))
//   (func $again (export "again") (call $reenter))
//   (func (export "anonymous") (call $callback)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 28, 2, 2, 106, 115, 8, 99, 97, 108, 108,
  98, 97, 99, 107, 0, 0, 2, 106, 115, 7, 114, 101, 101, 110, 116, 101, 114, 0, 0, 3, 5, 4, 0, 0,
  0, 0, 7, 35, 4, 3, 114, 117, 110, 0, 2, 5, 111, 117, 116, 101, 114, 0, 3, 5, 97, 103, 97, 105,
  110, 0, 4, 9, 97, 110, 111, 110, 121, 109, 111, 117, 115, 0, 5, 10, 21, 4, 4, 0, 16, 0, 11, 4,
  0, 16, 2, 11, 4, 0, 16, 1, 11, 4, 0, 16, 0, 11, 0, 67, 4, 110, 97, 109, 101, 0, 4, 3, 115,
  116, 107, 1, 39, 5, 0, 8, 99, 97, 108, 108, 98, 97, 99, 107, 1, 7, 114, 101, 101, 110, 116,
  101, 114, 2, 3, 114, 117, 110, 3, 5, 111, 117, 116, 101, 114, 4, 5, 97, 103, 97, 105, 110, 2,
  13, 6, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0
]);

// Script paths differ between machines: keep the file name only.
const clean = (stack) => stack.replace(/(\(|at )[^ ()]*\/(stack_trace\.js)/g, '$1$2');
const show = (label, stack) => console.log(`${label}:\n${clean(stack)}`);

let callback = () => {};
const imports = { js: { callback: () => callback(), reenter: () => instance.exports.outer() } };
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);

function viaJs() { instance.exports.outer(); }

callback = () => show('new Error().stack in an import', new Error('made').stack);
viaJs();

callback = () => { throw new TypeError('thrown'); };
try { viaJs(); } catch (e) { show('an error thrown through wasm', e.stack); }

callback = () => show('nested activations', new Error('deep').stack);
instance.exports.again();

callback = () => show('a function without a name', new Error('anon').stack);
instance.exports.anonymous();

let kept;
callback = () => { kept = new Error('kept'); };
viaJs();
show('first read after the wasm frames returned (JS frames only)', kept.stack);

Error.stackTraceLimit = 3;
callback = () => show('Error.stackTraceLimit = 3', new Error('limited').stack);
viaJs();
Error.stackTraceLimit = 10;

Error.prepareStackTrace = (error, sites) =>
  `${error.message}: ${sites.map((s) => s.getFunctionName()).join(' < ')}`;
callback = () => console.log('Error.prepareStackTrace gets the JS call sites:', new Error('user').stack);
viaJs();
delete Error.prepareStackTrace;

callback = () => console.trace('traced');
viaJs();
