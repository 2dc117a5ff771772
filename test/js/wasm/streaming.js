// WebAssembly.compileStreaming and instantiateStreaming over the shell's Response: results and
// rejections.
load('harness.js');

// (module
//   (import "js" "base" (global $base i32))
//   (func (export "add") (param i32) (result i32) (i32.add (global.get $base) (local.get 0)))
// )
const streamBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 12, 1, 2, 106, 115, 4, 98, 97,
  115, 101, 3, 127, 0, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 35, 0, 32, 0,
  106, 11
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

const wasm = bytes => new Response(bytes, {headers: {'Content-Type': 'application/wasm'}});

async function outcome(promise) {
  try {
    const value = await promise;
    if (value instanceof WebAssembly.Module) return `fulfilled ${show(value)}`;
    return `fulfilled {${Object.keys(value).map(k => `${k}: ${show(value[k])}`).join(', ')}}`;
  } catch (err) {
    return `rejected ${err instanceof Error ? err.constructor.name : show(err)}`;
  }
}
async function check(label, f) {
  let promise;
  try {
    promise = f();
  } catch (err) {
    log(label, '-> threw synchronously', err.constructor.name);
    return;
  }
  log(label, '->', await outcome(promise));
}

async function main() {
  log('compileStreaming/instantiateStreaming lengths:', WebAssembly.compileStreaming.length, WebAssembly.instantiateStreaming.length);
  await check('compileStreaming(Response)', () => WebAssembly.compileStreaming(wasm(streamBytes)));
  await check('compileStreaming(promise of a Response)', () => WebAssembly.compileStreaming(Promise.resolve(wasm(streamBytes))));
  await check('instantiateStreaming(Response, imports)', () => WebAssembly.instantiateStreaming(wasm(streamBytes), {js: {base: 40}}));
  const {instance, module} = await WebAssembly.instantiateStreaming(wasm(streamBytes), {js: {base: 40}});
  log('the instance works:', instance.exports.add(2), '; the module is a Module:', module instanceof WebAssembly.Module);

  // Rejections, in the order the arguments and steps are processed.
  await check('compileStreaming()', () => WebAssembly.compileStreaming());
  await check('compileStreaming(42)', () => WebAssembly.compileStreaming(42));
  await check('compileStreaming(bytes, not a Response)', () => WebAssembly.compileStreaming(streamBytes));
  await check('compileStreaming(rejected promise)', () => WebAssembly.compileStreaming(Promise.reject(new EvalError('no source'))));
  await check('compileStreaming(truncated module)', () => WebAssembly.compileStreaming(wasm(streamBytes.subarray(0, 20))));
  await check('compileStreaming(empty body)', () => WebAssembly.compileStreaming(wasm(new Uint8Array(0))));
  const untouched = wasm(streamBytes);
  await check('instantiateStreaming(Response, 1)', () => WebAssembly.instantiateStreaming(untouched, 1));
  log('  the import object is checked before the body is read: bodyUsed', untouched.bodyUsed);
  await check('instantiateStreaming(bad MIME type)', () => WebAssembly.instantiateStreaming(new Response(streamBytes), {js: {base: 1}}));
  await check('instantiateStreaming(Response) without imports', () => WebAssembly.instantiateStreaming(wasm(streamBytes)));
  await check('instantiateStreaming(Response) with a BigInt base', () => WebAssembly.instantiateStreaming(wasm(streamBytes), {js: {base: 1n}}));
  await check('instantiateStreaming(Response) with a trapping start', () => WebAssembly.instantiateStreaming(wasm(startTrapBytes), {js: {log() {}}}));

  // The compiled module is the same as the one compiled from the bytes at once.
  const streamed = await WebAssembly.compileStreaming(wasm(streamBytes));
  log('imports:', JSON.stringify(WebAssembly.Module.imports(streamed)), '; exports:', JSON.stringify(WebAssembly.Module.exports(streamed)));
}
main();
