// WebAssembly.compile and instantiate: results, rejections in the spec's order, the bytes copied
// at the call, settling from a later task, when the imports are read.
load('harness.js');

// (module (import "m" "f" (func (param i32))))
const needsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 127, 0, 2, 7, 1, 1, 109, 1, 102, 0, 0
]);
// (module
//   (import "js" "log" (func $log (param i32)))
//   (func $start (call $log (i32.const 7)))
//   (start $start)
//   (func (export "answer") (result i32) (i32.const 42))
// )
const startBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 3, 96, 1, 127, 0, 96, 0, 0, 96, 0, 1, 127, 2, 10, 1, 2,
  106, 115, 3, 108, 111, 103, 0, 0, 3, 3, 2, 1, 2, 7, 10, 1, 6, 97, 110, 115, 119, 101, 114, 0,
  2, 8, 1, 1, 10, 13, 2, 6, 0, 65, 7, 16, 0, 11, 4, 0, 65, 42, 11
]);
// (module
//   (import "js" "log" (func $log (param i32)))
//   (func $start (call $log (i32.const 2)) (unreachable))
//   (start $start)
// )
const startTrapBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 1, 127, 0, 96, 0, 0, 2, 10, 1, 2, 106, 115, 3, 108,
  111, 103, 0, 0, 3, 2, 1, 1, 8, 1, 1, 10, 9, 1, 7, 0, 65, 2, 16, 0, 0, 11
]);

const emptyBytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
const badBytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0]);

// Settles a promise and describes the outcome.
async function outcome(promise) {
  try {
    const value = await promise;
    if (value instanceof WebAssembly.Module || value instanceof WebAssembly.Instance) return `fulfilled ${show(value)}`;
    return `fulfilled {${Object.keys(value).map(k => `${k}: ${show(value[k])}`).join(', ')}}`;
  } catch (err) {
    return `rejected ${err instanceof Error ? `${err.constructor.name}: ${err.message}` : show(err)}`;
  }
}
// Calls f, which must not throw, and describes the promise it returns.
async function check(label, f) {
  let promise;
  try {
    promise = f();
  } catch (err) {
    log(label, '-> threw synchronously', err.constructor.name);
    return;
  }
  log(label, '->', promise instanceof Promise ? await outcome(promise) : `not a promise: ${show(promise)}`);
}

async function main() {
  // compile
  await check('compile(empty module)', () => WebAssembly.compile(emptyBytes));
  await check('compile(ArrayBuffer)', () => WebAssembly.compile(emptyBytes.buffer));
  await check('compile(bad bytes)', () => WebAssembly.compile(badBytes));
  await check('compile(1)', () => WebAssembly.compile(1));
  await check('compile()', () => WebAssembly.compile());
  // instantiate(bytes, importObject): {instance, module}
  await check('instantiate(empty module)', () => WebAssembly.instantiate(emptyBytes));
  await check('instantiate(start module)', () => WebAssembly.instantiate(startBytes, {js: {log() {}}}));
  // instantiate(module, importObject): the Instance
  await check('instantiate(Module)', () => WebAssembly.instantiate(new WebAssembly.Module(emptyBytes)));
  await check('instantiate(Module, {})', () => WebAssembly.instantiate(new WebAssembly.Module(emptyBytes), {}));
  await check('instantiate()', () => WebAssembly.instantiate());
  await check('instantiate({})', () => WebAssembly.instantiate({}));
  await check('instantiate("bytes")', () => WebAssembly.instantiate('bytes'));

  // The order of rejections: argument conversion (TypeError) first, then compilation
  // (CompileError), then reading the imports (TypeError, LinkError), then instantiation
  // (LinkError, RuntimeError or the start function's exception).
  await check('bad bytes, import object 1', () => WebAssembly.instantiate(badBytes, 1));
  await check('bad bytes, import object null', () => WebAssembly.instantiate(badBytes, null));
  await check('bad bytes, no import object', () => WebAssembly.instantiate(badBytes));
  await check('imports needed, none given', () => WebAssembly.instantiate(needsBytes));
  await check('imports needed, module entry missing', () => WebAssembly.instantiate(needsBytes, {}));
  await check('imports needed, not callable', () => WebAssembly.instantiate(needsBytes, {m: {f: 1}}));
  await check('imports needed, wrong signature', () => WebAssembly.instantiate(needsBytes, {m: {f: new WebAssembly.Instance(new WebAssembly.Module(startBytes), {js: {log() {}}}).exports.answer}}));
  await check('start function traps', () => WebAssembly.instantiate(startTrapBytes, {js: {log() {}}}));
  const thrown = new SyntaxError('from the start function');
  const startThrows = WebAssembly.instantiate(startBytes, {js: {log() { throw thrown; }}});
  log('start function throws: rejected with that very value:', await startThrows.then(() => false, err => err === thrown));
  await check('Module, import object 1', () => WebAssembly.instantiate(new WebAssembly.Module(needsBytes), 1));
  await check('Module, imports needed, none given', () => WebAssembly.instantiate(new WebAssembly.Module(needsBytes)));

  // The bytes are copied when the call is made.
  const bytes = emptyBytes.slice();
  const copied = WebAssembly.compile(bytes);
  bytes.fill(0);
  await check('compile, bytes zeroed right after the call', () => copied);

  // compile and instantiate settle from a later task, after the microtasks queued meanwhile.
  const order = [];
  const compiled = WebAssembly.compile(emptyBytes).then(() => order.push('compiled'));
  Promise.resolve().then(() => order.push('microtask 1')).then(() => order.push('microtask 2'));
  await compiled;
  log('settling order:', order.join(', '));

  // With a Module, the imports are read at once; the instantiation (and the start function)
  // happens in a later task.
  const events = [];
  const importObject = {get js() { events.push('imports read'); return {log: x => events.push(`start(${x})`)}; }};
  const pending = WebAssembly.instantiate(new WebAssembly.Module(startBytes), importObject);
  events.push('instantiate returned');
  const instance = await pending;
  log('instantiate(Module):', events.join(', '), '; answer', instance.exports.answer());
  // With bytes, the imports are read once compiled.
  events.length = 0;
  const fromBytes = WebAssembly.instantiate(startBytes, importObject);
  events.push('instantiate returned');
  await fromBytes;
  log('instantiate(bytes):', events.join(', '));
  // A throwing getter rejects the promise.
  await check('import object getter throws', () => WebAssembly.instantiate(new WebAssembly.Module(startBytes), {get js() { throw new RangeError('getter'); }}));

  // The WebAssemblyInstantiatedSource result: a plain object, members in dictionary order.
  const source = await WebAssembly.instantiate(startBytes, {js: {log() {}}});
  log('result: prototype is Object.prototype', Object.getPrototypeOf(source) === Object.prototype,
      '; keys', Object.keys(source).join(', '),
      '; module descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(source, 'module'), (k, v) => (k === 'value' ? show(v) : v)));
  log('its module and instance:', WebAssembly.Module.exports(source.module).map(d => d.name).join(), source.instance.exports.answer());
  // The result resolves the promise like any value: with Object.prototype.then defined, it is a
  // thenable, and that then decides.
  Object.prototype.then = function (resolve) { delete Object.prototype.then; resolve('hijacked'); };
  log('with Object.prototype.then defined:', await WebAssembly.instantiate(emptyBytes));
}
main();
