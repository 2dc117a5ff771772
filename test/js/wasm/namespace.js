// The WebAssembly namespace object (JS API spec 3) and WebAssembly.validate: property
// attributes of every member, the class string, and which BufferSources validate.
load('harness.js');

// (module (func (export "f") (result i32) (i32.const 1)))
const validBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 6,
  1, 4, 0, 65, 1, 11
]);

// The namespace object.
log('typeof WebAssembly:', typeof WebAssembly);
log('toString:', Object.prototype.toString.call(WebAssembly), String(WebAssembly));
log('prototype is Object.prototype:', Object.getPrototypeOf(WebAssembly) === Object.prototype);
log('extensible:', Object.isExtensible(WebAssembly));
log('globalThis.WebAssembly:', describe(globalThis, 'WebAssembly').replace(/\[object .*\]/, '(namespace)'));
attempt('WebAssembly()', () => WebAssembly());
attempt('new WebAssembly()', () => new WebAssembly());

// Every member, in sorted order.
const keys = Reflect.ownKeys(WebAssembly).map(String).sort();
log('keys:', keys.join(', '));
for (const key of keys) {
  const k = key === 'Symbol(Symbol.toStringTag)' ? Symbol.toStringTag : key;
  log(' ', key, describe(WebAssembly, k));
}
// Operations are not constructors.
for (const op of ['validate', 'compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
  attempt(`new WebAssembly.${op}()`, () => new WebAssembly[op]());
  log(`  WebAssembly.${op} own keys:`, Reflect.ownKeys(WebAssembly[op]).join(', '),
      '; prototype:', Object.getPrototypeOf(WebAssembly[op]) === Function.prototype ? 'Function.prototype' : 'other');
}

// validate(bytes): any BufferSource; the bytes are checked by the decoder and validator.
attempt('validate(module bytes)', () => WebAssembly.validate(validBytes));
attempt('validate(ArrayBuffer)', () => WebAssembly.validate(validBytes.buffer));
attempt('validate(DataView)', () => WebAssembly.validate(new DataView(validBytes.buffer)));
const padded = new Uint8Array(validBytes.length + 8);
padded.set(validBytes, 4);
attempt('validate(Uint8Array view at an offset)', () => WebAssembly.validate(new Uint8Array(padded.buffer, 4, validBytes.length)));
attempt('validate(whole padded buffer)', () => WebAssembly.validate(padded.buffer));
attempt('validate(Int32Array of the bytes)', () => WebAssembly.validate(new Int32Array(validBytes.slice(0, 8).buffer)));
attempt('validate(empty)', () => WebAssembly.validate(new Uint8Array(0)));
attempt('validate(wrong magic)', () => WebAssembly.validate(new Uint8Array([0, 97, 115, 110, 1, 0, 0, 0])));
attempt('validate(truncated)', () => WebAssembly.validate(validBytes.subarray(0, validBytes.length - 1)));
const invalid = validBytes.slice();
invalid[invalid.length - 3] = 0x42;  // i32.const 1 -> i64.const 1: type mismatch
attempt('validate(type error in body)', () => WebAssembly.validate(invalid));
attempt('validate()', () => WebAssembly.validate());
attempt('validate(array)', () => WebAssembly.validate([0, 97, 115, 109, 1, 0, 0, 0]));
attempt('validate(string)', () => WebAssembly.validate('\0asm\x01\0\0\0'));
// Shared buffers are accepted (AllowSharedBufferSource); eight zero bytes are not a module.
attempt('validate(SharedArrayBuffer)', () => WebAssembly.validate(new SharedArrayBuffer(8)));
attempt('validate(view on a SharedArrayBuffer)', () => WebAssembly.validate(new Uint8Array(new SharedArrayBuffer(8))));
log('validate ignores extra arguments:', WebAssembly.validate(validBytes, {}, 1));
