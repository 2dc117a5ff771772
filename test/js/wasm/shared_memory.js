// Shared memories (threads proposal) from JS: the buffer is a frozen SharedArrayBuffer over the
// memory itself, a grow makes a new one of the new length while the old one keeps its length,
// and atomic instructions see what JS wrote (and JS what they wrote).
//
// (module
//   (import "js" "mem" (memory 1 3 shared))
//   (func (export "add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
//   (func (export "cmpxchg8") (param i32 i32 i32) (result i32)
//     (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "load64") (param i32) (result i64) (i64.atomic.load (local.get 0)))
//   (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
//   (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
//   (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
//   (func (export "sum") (param $p i32) (param $n i32) (result i32) (local $s i32)
//     (block $done (loop $l
//       (br_if $done (i32.eqz (local.get $n)))
//       (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $p))))
//       (local.set $p (i32.add (local.get $p) (i32.const 1)))
//       (local.set $n (i32.sub (local.get $n) (i32.const 1)))
//       (br $l)))
//     (local.get $s)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 30, 5, 96, 2, 127, 127, 1, 127, 96, 3, 127, 127, 127, 1, 127, 96,
  1, 127, 1, 126, 96, 1, 127, 1, 127, 96, 3, 127, 127, 127, 0, 2, 12, 1, 2, 106, 115, 3, 109, 101,
  109, 2, 3, 1, 3, 3, 8, 7, 0, 1, 2, 0, 3, 4, 0, 7, 56, 7, 3, 97, 100, 100, 0, 0, 8, 99, 109, 112,
  120, 99, 104, 103, 56, 0, 1, 6, 108, 111, 97, 100, 54, 52, 0, 2, 6, 110, 111, 116, 105, 102, 121,
  0, 3, 4, 103, 114, 111, 119, 0, 4, 4, 102, 105, 108, 108, 0, 5, 3, 115, 117, 109, 0, 6, 10, 108,
  7, 10, 0, 32, 0, 32, 1, 254, 30, 2, 0, 11, 12, 0, 32, 0, 32, 1, 32, 2, 254, 74, 0, 0, 11, 8, 0,
  32, 0, 254, 17, 3, 0, 11, 10, 0, 32, 0, 32, 1, 254, 0, 2, 0, 11, 6, 0, 32, 0, 64, 0, 11, 11, 0,
  32, 0, 32, 1, 32, 2, 252, 11, 0, 11, 43, 1, 1, 127, 2, 64, 3, 64, 32, 1, 69, 13, 1, 32, 2, 32, 0,
  45, 0, 0, 106, 33, 2, 32, 0, 65, 1, 106, 33, 0, 32, 1, 65, 1, 107, 33, 1, 12, 0, 11, 11, 32, 2,
  11,
]);
const memory = new WebAssembly.Memory({ initial: 1, maximum: 3, shared: true });
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { js: { mem: memory } });

const buffer = memory.buffer;
console.log(buffer instanceof SharedArrayBuffer, buffer.byteLength, Object.isFrozen(buffer));
console.log('same buffer until a grow:', memory.buffer === buffer);

const i32 = new Int32Array(buffer);
Atomics.store(i32, 1, 40);
console.log('add:', exports.add(4, 2), Atomics.load(i32, 1));
console.log('cmpxchg8 (expected wrapped to 8 bits):', exports.cmpxchg8(4, 0x12a, 7), i32[1]);
new BigInt64Array(buffer)[2] = -5n;
console.log('load64:', exports.load64(16));
console.log('notify with no waiter:', exports.notify(0, 1));
for (const address of [2, 65536]) {
  try {
    exports.add(address, 1);
  } catch (e) {
    console.log(address, e.constructor.name);  // (Messages: V8's and the spec's differ.)
  }
}

console.log('grow:', exports.grow(1), memory.buffer.byteLength, buffer.byteLength);
console.log('new buffer:', memory.buffer !== buffer, memory.buffer === memory.buffer);
exports.fill(65536 + 10, 3, 5);
console.log('sum of the new page:', exports.sum(65536, 100), new Uint8Array(memory.buffer)[65546]);
console.log('grow from JS:', memory.grow(1), memory.buffer.byteLength);
try {
  memory.grow(1);
} catch (e) {
  console.log(e.constructor.name);
}
try {
  new WebAssembly.Memory({ initial: 1, shared: true });
} catch (e) {
  console.log(e.constructor.name);
}
