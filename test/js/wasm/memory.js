// WebAssembly.Memory: the descriptor, the buffer over the engine's memory (same object until
// a grow by JS or by wasm detaches it), grow, and shared memories.
load('harness.js');

// (module
//   (memory (export "memory") 1 4)
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
//   (func (export "size") (result i32) (memory.size))
//   (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
//   (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
// )
const memBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 15, 3, 96, 1, 127, 1, 127, 96, 0, 1, 127, 96, 2, 127, 127, 0,
  3, 5, 4, 0, 1, 0, 2, 5, 4, 1, 1, 1, 4, 7, 39, 5, 6, 109, 101, 109, 111, 114, 121, 2, 0, 4, 103,
  114, 111, 119, 0, 0, 4, 115, 105, 122, 101, 0, 1, 4, 108, 111, 97, 100, 0, 2, 5, 115, 116, 111,
  114, 101, 0, 3, 10, 31, 4, 6, 0, 32, 0, 64, 0, 11, 4, 0, 63, 0, 11, 7, 0, 32, 0, 45, 0, 0, 11,
  9, 0, 32, 0, 32, 1, 58, 0, 0, 11
]);
// (module
//   (import "js" "memory" (memory 1))
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
//   (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
// )
const memImportBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 14, 1, 2, 106, 115, 6, 109, 101,
  109, 111, 114, 121, 2, 0, 1, 3, 3, 2, 0, 0, 7, 15, 2, 4, 103, 114, 111, 119, 0, 0, 4, 108, 111,
  97, 100, 0, 1, 10, 16, 2, 6, 0, 32, 0, 64, 0, 11, 7, 0, 32, 0, 45, 0, 0, 11
]);

// The constructor: MemoryDescriptor {initial, maximum, shared}, [EnforceRange] unsigned long.
function make(descriptor) {
  const m = new WebAssembly.Memory(descriptor);
  return `${m.buffer.byteLength / 65536} pages`;
}
attempt('{initial: 0}', () => make({initial: 0}));
attempt('{initial: 2, maximum: 3}', () => make({initial: 2, maximum: 3}));
attempt('{initial: 1.9} (truncated)', () => make({initial: 1.9}));
attempt('{initial: "2"}', () => make({initial: '2'}));
attempt('{initial: {valueOf}}', () => make({initial: {valueOf() { return 1; }}}));
attempt('{initial: 0, maximum: 65536}', () => make({initial: 0, maximum: 65536}));
attempt('{initial: 65537}', () => make({initial: 65537}));
attempt('{initial: 0, maximum: 65537}', () => make({initial: 0, maximum: 65537}));
attempt('{initial: 2, maximum: 1}', () => make({initial: 2, maximum: 1}));
attempt('{initial: -1}', () => make({initial: -1}));
attempt('{initial: 2 ** 32}', () => make({initial: 2 ** 32}));
attempt('{initial: NaN}', () => make({initial: NaN}));
attempt('{initial: Infinity}', () => make({initial: Infinity}));
attempt('{initial: 1n}', () => make({initial: 1n}));
attempt('{initial: undefined}', () => make({initial: undefined}));
attempt('{}', () => make({}));
attempt('undefined', () => make(undefined));
attempt('1', () => make(1));
attempt('{initial: 1, maximum: -1}', () => make({initial: 1, maximum: -1}));
attempt('{initial: 1, shared: true} (no maximum)', () => make({initial: 1, shared: true}));
const order = [];
new WebAssembly.Memory({
  get maximum() { order.push('maximum'); return {valueOf() { order.push('maximum valueOf'); return 1; }}; },
  get initial() { order.push('initial'); return {valueOf() { order.push('initial valueOf'); return 1; }}; },
  get shared() { order.push('shared'); return false; },
});
log('descriptor read order:', order.join(', '));

// buffer: an ArrayBuffer over the memory itself, zeroed, the same object until the memory grows.
const memory = new WebAssembly.Memory({initial: 1, maximum: 3});
const buffer = memory.buffer;
log('buffer:', buffer, '; byteLength', buffer.byteLength, '; same object', memory.buffer === buffer,
    '; all zero', new Uint8Array(buffer).every(b => b === 0));
log('buffer is frozen?', Object.isFrozen(buffer), '; extensible', Object.isExtensible(buffer));
log('grow(1) returns the old size:', memory.grow(1), '; old buffer detached (byteLength)', buffer.byteLength,
    '; new buffer', memory.buffer.byteLength, memory.buffer !== buffer);
const afterGrow = memory.buffer;
log('grow(0):', memory.grow(0), '; detaches too:', afterGrow.byteLength, '; new one', memory.buffer.byteLength);
attempt('grow(2) past the maximum', () => memory.grow(2));
log('after a failed grow the buffer is kept:', memory.buffer.byteLength);
attempt('grow(-1)', () => memory.grow(-1));
attempt('grow(2 ** 32)', () => memory.grow(2 ** 32));
attempt('grow("1")', () => memory.grow('1'));
attempt('grow(1) without a maximum', () => new WebAssembly.Memory({initial: 0}).grow(1));

// The memory is shared between wasm and JS, with no copy; wasm's memory.grow detaches as well.
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(memBytes));
const view = new Uint8Array(e.memory.buffer);
view[10] = 200;
e.store(11, 201);
log('wasm sees JS writes:', e.load(10), '; JS sees wasm writes:', view[11]);
const wasmBuffer = e.memory.buffer;
log('memory.grow(1) in wasm:', e.grow(1), '; old buffer', wasmBuffer.byteLength, '; view length', view.length,
    '; new buffer', e.memory.buffer.byteLength, '; memory.size', e.size());
const kept = e.memory.buffer;
log('memory.grow(0) in wasm:', e.grow(0), '; detaches:', kept.byteLength);
const unchanged = e.memory.buffer;
log('failed memory.grow in wasm:', e.grow(10), '; buffer kept:', e.memory.buffer === unchanged, unchanged.byteLength);
log('contents survive growing:', new Uint8Array(e.memory.buffer)[10], new Uint8Array(e.memory.buffer)[11]);
log('the exported memory is the same object:', e.memory === e.memory, e.memory instanceof WebAssembly.Memory);

// An imported memory grown by wasm detaches the importer's buffer.
const imported = new WebAssembly.Memory({initial: 1});
const importedBuffer = imported.buffer;
const importer = new WebAssembly.Instance(new WebAssembly.Module(memImportBytes), {js: {memory: imported}}).exports;
new Uint8Array(imported.buffer)[5] = 55;
log('imported: wasm reads', importer.load(5), '; grow', importer.grow(2), '; old buffer', importedBuffer.byteLength,
    '; new', imported.buffer.byteLength);

// A buffer kept alive alone still gets detached when the memory grows.
let buffers = [];
(() => {
  const inner = new WebAssembly.Instance(new WebAssembly.Module(memBytes)).exports;
  buffers = [inner.memory.buffer, inner.grow];
})();
log('kept buffer before grow:', buffers[0].byteLength, '; grow', buffers[1](1), '; after', buffers[0].byteLength);

// User code cannot detach or transfer a memory's buffer.
log('ArrayBuffer.prototype.transfer exists:', typeof ArrayBuffer.prototype.transfer === 'function');
let canTransfer = false;
if (typeof structuredClone === 'function') {
  try {
    structuredClone(memory.buffer, {transfer: [memory.buffer]});
    canTransfer = true;
  } catch (err) {
    // Refused, as it must be.
  }
}
log('structuredClone can transfer it:', canTransfer, '; buffer intact:', memory.buffer.byteLength);

// Shared memory: a frozen SharedArrayBuffer, never detached; growing gives a new, longer one.
const shared = new WebAssembly.Memory({initial: 1, maximum: 4, shared: true});
const sab = shared.buffer;
log('shared buffer:', sab, '; frozen', Object.isFrozen(sab), '; same object', shared.buffer === sab, '; byteLength', sab.byteLength);
log('grow(1):', shared.grow(1), '; old SharedArrayBuffer kept its length', sab.byteLength,
    '; new one', shared.buffer.byteLength, shared.buffer !== sab);
// The runtime implements WebAssembly 2.0, where modules cannot declare shared memories (the
// threads proposal), so a shared memory made in JS links to no module.
attempt('a shared memory for an unshared import', () => new WebAssembly.Instance(new WebAssembly.Module(memImportBytes), {js: {memory: shared}}));
