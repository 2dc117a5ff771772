// memory64 and multiple memories through the JS API: a module with an i64-addressed memory
// (maximum past 4 GiB, reserved only as far as the host limit) beside a 32-bit one, BigInt
// addresses and sizes, bounds checks that cannot wrap, memory.copy between the two memories;
// then WebAssembly.Memory and WebAssembly.Table with `address: "i64"` descriptors.
// (node 20 predates the `address` descriptor: this output is linea's, checked by hand
// against the JS API and core spec.)
load('harness.js');

// (module
//   (memory $m (export "mem") i64 1 100000)
//   (memory $small 1)
//   (data (memory $m) (i64.const 0x10) "wasm64")
//   (func (export "load8") (param $a i64) (result i32) (i32.load8_u (local.get $a)))
//   ;; A large offset: address + offset must not wrap around 2^64.
//   (func (export "loadFar") (param $a i64) (result i64)
//     (i64.load offset=0xffffffff (local.get $a)))
//   (func (export "store") (param $a i64) (param $v i64) (i64.store (local.get $a) (local.get $v)))
//   (func (export "size") (result i64) (memory.size))
//   (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
//   ;; Copies n bytes from the 64-bit memory to the small 32-bit one, returns its byte at dst.
//   (func (export "copyToSmall") (param $dst i32) (param $src i64) (param $n i32) (result i32)
//     (memory.copy $small $m (local.get $dst) (local.get $src) (local.get $n))
//     (i32.load8_u $small (local.get $dst)))
//   (func (export "size0") (result i32) (memory.size $small)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 31, 6, 96, 1, 126, 1, 127, 96, 1, 126, 1, 126, 96, 2, 126, 126,
  0, 96, 0, 1, 126, 96, 3, 127, 126, 127, 1, 127, 96, 0, 1, 127, 3, 8, 7, 0, 1, 2, 3, 1, 4, 5, 5,
  8, 2, 5, 1, 160, 141, 6, 0, 1, 7, 69, 8, 3, 109, 101, 109, 2, 0, 5, 108, 111, 97, 100, 56, 0, 0,
  7, 108, 111, 97, 100, 70, 97, 114, 0, 1, 5, 115, 116, 111, 114, 101, 0, 2, 4, 115, 105, 122,
  101, 0, 3, 4, 103, 114, 111, 119, 0, 4, 11, 99, 111, 112, 121, 84, 111, 83, 109, 97, 108, 108,
  0, 5, 5, 115, 105, 122, 101, 48, 0, 6, 10, 67, 7, 7, 0, 32, 0, 45, 0, 0, 11, 11, 0, 32, 0, 41,
  3, 255, 255, 255, 255, 15, 11, 9, 0, 32, 0, 32, 1, 55, 3, 0, 11, 4, 0, 63, 0, 11, 6, 0, 32, 0,
  64, 0, 11, 18, 0, 32, 0, 32, 1, 32, 2, 252, 10, 1, 0, 32, 0, 45, 64, 1, 0, 11, 4, 0, 63, 1, 11,
  11, 12, 1, 0, 66, 16, 11, 6, 119, 97, 115, 109, 54, 52,
]);
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
attempt('load8(0x10n)', () => exports.load8(0x10n));
attempt('load8(65535n)', () => exports.load8(65535n));
attempt('load8(65536n)', () => exports.load8(65536n));
attempt('load8(2n ** 63n)', () => exports.load8(2n ** 63n));
attempt('loadFar(0n)', () => exports.loadFar(0n));
attempt('loadFar(-1n)', () => exports.loadFar(-1n));
attempt('store(65528n, -2n)', () => exports.store(65528n, -2n));
attempt('store(65529n, 1n)', () => exports.store(65529n, 1n));
attempt('size()', () => exports.size());
attempt('grow(2n)', () => exports.grow(2n));
attempt('grow(2n ** 40n)', () => exports.grow(2n ** 40n));
attempt('mem.buffer.byteLength', () => exports.mem.buffer.byteLength);
attempt('copyToSmall(100, 0x11n, 3)', () => exports.copyToSmall(100, 0x11n, 3));
attempt('copyToSmall(65535, 0x10n, 2)', () => exports.copyToSmall(65535, 0x10n, 2));
attempt('size0()', () => exports.size0());

const memory = new WebAssembly.Memory({ address: 'i64', initial: 1n, maximum: 0x10000_0000n });
attempt('Memory i64 grow(1n)', () => memory.grow(1n));
attempt('Memory i64 byteLength', () => memory.buffer.byteLength);
attempt('Memory i64 grow(1)', () => memory.grow(1));
attempt('Memory i64 grow(-1n)', () => memory.grow(-1n));
attempt('Memory i64 initial 2^48+1', () =>
  new WebAssembly.Memory({ address: 'i64', initial: 2n ** 48n + 1n }));
attempt('Memory i32 initial 1n', () => new WebAssembly.Memory({ address: 'i32', initial: 1n }));
attempt('Memory address "i16"', () => new WebAssembly.Memory({ address: 'i16', initial: 1 }));
const table = new WebAssembly.Table({ element: 'anyfunc', address: 'i64', initial: 2n });
attempt('Table i64 length', () => table.length);
attempt('Table i64 grow(3n)', () => table.grow(3n));
attempt('Table i64 get(4n)', () => table.get(4n));
attempt('Table i64 get(5n)', () => table.get(5n));
attempt('Table i64 get(4)', () => table.get(4));
attempt('Table i64 grow(2n ** 33n)', () => table.grow(2n ** 33n));
