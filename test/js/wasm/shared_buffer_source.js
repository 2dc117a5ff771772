// Module bytes in shared memory. The JS API declares the bytes argument of validate, compile,
// instantiate and the Module constructor as [AllowResizable] AllowSharedBufferSource, so a
// SharedArrayBuffer, or any view on one, is accepted like an ArrayBuffer; "get a copy of the
// bytes held by the buffer source" copies them at the call, so later writes change nothing.
load('harness.js');

// (module (func (export "answer") (result i32) (i32.const 42)))
const answerBytes = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 10, 1, 6, 97, 110, 115,
  119, 101, 114, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11
];

// A SharedArrayBuffer holding the module at byte `offset`, followed by `tail` zero bytes.
function sharedModule(offset, tail) {
  const sab = new SharedArrayBuffer(offset + answerBytes.length + tail);
  new Uint8Array(sab).set(answerBytes, offset);
  return sab;
}

const exact = sharedModule(0, 0);
const padded = sharedModule(5, 3);
const sources = [
  ['SharedArrayBuffer', () => exact],
  ['Uint8Array on a SharedArrayBuffer', () => new Uint8Array(exact)],
  ['Uint8Array at an offset in a SharedArrayBuffer', () => new Uint8Array(padded, 5, answerBytes.length)],
  ['DataView at an offset in a SharedArrayBuffer', () => new DataView(padded, 5, answerBytes.length)],
  ['whole padded SharedArrayBuffer (leading junk)', () => padded],
  ['empty SharedArrayBuffer', () => new SharedArrayBuffer(0)],
];

function answerOf(module) {
  return new WebAssembly.Instance(module).exports.answer();
}

for (const [name, source] of sources) {
  attempt(`validate(${name})`, () => WebAssembly.validate(source()));
  attempt(`new Module(${name}) answer()`, () => answerOf(new WebAssembly.Module(source())));
}

// The bytes are copied when the call is made: zeroing the shared buffer right after compile()
// and instantiate() return does not change what they compile.
const asyncSources = [
  ['SharedArrayBuffer', sab => sab],
  ['Uint8Array on a SharedArrayBuffer', sab => new Uint8Array(sab)],
  ['DataView on a SharedArrayBuffer', sab => new DataView(sab)],
];
async function asyncCases() {
  for (const [name, makeSource] of asyncSources) {
    const sab = sharedModule(0, 0);
    const compiled = WebAssembly.compile(makeSource(sab));
    const instantiated = WebAssembly.instantiate(makeSource(sab));
    new Uint8Array(sab).fill(0);
    log(`compile(${name}), then zeroed -> answer`, answerOf(await compiled));
    log(`instantiate(${name}), then zeroed -> answer`, (await instantiated).instance.exports.answer());
  }
  try {
    await WebAssembly.compile(new SharedArrayBuffer(8));
  } catch (e) {
    log(`compile(8 zero bytes in a SharedArrayBuffer) -> rejected ${e.constructor.name}`);
  }
  // A shared WebAssembly.Memory's buffer is a SharedArrayBuffer like any other.
  const memory = new WebAssembly.Memory({initial: 1, maximum: 1, shared: true});
  new Uint8Array(memory.buffer).set(answerBytes);
  const fromMemory = new Uint8Array(memory.buffer, 0, answerBytes.length);
  log('Module(view on a shared memory) answer:', answerOf(new WebAssembly.Module(fromMemory)));
  log('compile(view on a shared memory) answer:', answerOf(await WebAssembly.compile(fromMemory)));
  // Still not a buffer source: plain arrays and strings.
  attempt('validate(array)', () => WebAssembly.validate(answerBytes));
  try {
    await WebAssembly.instantiate('\0asm');
  } catch (e) {
    log(`instantiate(string) -> rejected ${e.constructor.name}: ${e.message}`);
  }
}
asyncCases();
