// WebAssembly.CompileError, LinkError and RuntimeError: the NativeError object structure, and
// the API throwing them.
load('harness.js');

// (module (func (export "trap") unreachable))
const trapBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 116, 114, 97, 112, 0,
  0, 10, 5, 1, 3, 0, 0, 11
]);

// CompileError, LinkError, RuntimeError: the NativeError object structure.
for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
  const E = WebAssembly[name];
  log(`--- WebAssembly.${name}`);
  log('[[Prototype]] is Error:', Object.getPrototypeOf(E) === Error,
      '; prototype\'s [[Prototype]] is Error.prototype:', Object.getPrototypeOf(E.prototype) === Error.prototype);
  for (const key of Reflect.ownKeys(E)) log(' ', String(key), describe(E, key).replace(/\[object .*\]/, '(prototype object)'));
  for (const key of Reflect.ownKeys(E.prototype)) log('  prototype.' + String(key), describe(E.prototype, key));
  const called = E('called');
  const constructed = new E('constructed');
  for (const [how, e] of [['called', called], ['constructed', constructed]]) {
    log(how + ':', String(e), '; instanceof', e instanceof E, e instanceof Error,
        '; class', Object.prototype.toString.call(e), '; own keys', Reflect.ownKeys(e).filter(k => k !== 'stack').map(String).join(', '),
        '; message', describe(e, 'message'));
    log('  stack starts with', show(e.stack.split('\n')[0]), '; has frames:', /\n    at /.test(e.stack));
  }
  const bare = new E();
  log('no message: has own message', Object.prototype.hasOwnProperty.call(bare, 'message'), '; String', show(String(bare)));
  const withCause = new E('m', {cause: 'why'});
  log('cause:', describe(withCause, 'cause'), '; without cause option:', describe(new E('m', {}), 'cause'));
  log('message converted with ToString:', show(new E(42).message), show(new E({toString() { return 'obj'; }}).message));
  attempt('message is a Symbol', () => new E(Symbol('s')));
  class Sub extends E {}
  const sub = new Sub('sub');
  log('subclass:', sub instanceof Sub, sub instanceof E, show(sub.name), Object.getPrototypeOf(sub) === Sub.prototype);
}
log('distinct classes:', new WebAssembly.CompileError() instanceof WebAssembly.LinkError,
    new WebAssembly.LinkError() instanceof WebAssembly.RuntimeError);

// The errors the API throws are these classes.
function errorOf(f) {
  try { f(); } catch (e) { return e; }
  return undefined;
}
const compileError = errorOf(() => new WebAssembly.Module(new Uint8Array([1, 2, 3, 4])));
log('Module(bad bytes):', compileError.constructor === WebAssembly.CompileError, compileError.name, show(compileError.message));
const linkError = errorOf(() => new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 2, 8, 1, 1, 109, 1, 109, 2, 0, 1])), {m: {m: 1}}));
log('Instance(bad import):', linkError.constructor === WebAssembly.LinkError, linkError.name, show(linkError.message));
const runtimeError = errorOf(() => new WebAssembly.Instance(new WebAssembly.Module(trapBytes)).exports.trap());
log('trap:', runtimeError.constructor === WebAssembly.RuntimeError, runtimeError.name, show(runtimeError.message));
log('thrown errors are Errors:', [compileError, linkError, runtimeError].every(e => e instanceof Error),
    [compileError, linkError, runtimeError].map(e => Object.prototype.toString.call(e)).join(', '));
// Replacing the namespace's properties does not change what the API throws.
const saved = WebAssembly.CompileError;
WebAssembly.CompileError = function Fake() {};
const again = errorOf(() => new WebAssembly.Module(new Uint8Array(0)));
WebAssembly.CompileError = saved;
log('after replacing WebAssembly.CompileError, still the real one:', again instanceof saved);
