// SIMD loads and stores on any memory: a second memory (multi-memory) and an i64-addressed one
// (memory64), with the bounds checked without overflow.
//
// (module
//   (memory $m0 1) (memory $m1 1) (memory $m64 i64 1)
//   (func (export "copy01") (param i32 i32)
//     (v128.store $m1 (local.get 1) (v128.load $m0 (local.get 0))))
//   (func (export "lane1") (param i32) (result i32)
//     (i32x4.extract_lane 2 (v128.load32_lane $m1 2 (local.get 0) (v128.const i32x4 0 0 0 0))))
//   (func (export "store_lane1") (param i32 i32)
//     (v128.store8_lane $m1 5 (local.get 0) (i8x16.splat (local.get 1))))
//   (func (export "get1") (param i32) (result i32) (i32.load8_u $m1 (local.get 0)))
//   (func (export "splat64") (param i64) (result i32)
//     (i32x4.extract_lane 3 (v128.load32_splat $m64 offset=4 (local.get 0))))
//   (func (export "put64") (param i64 i32) (i32.store $m64 (local.get 0) (local.get 1)))
//   (func (export "init0") (param i32 i32) (i32.store $m0 (local.get 0) (local.get 1))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 21, 4, 96, 2, 127, 127, 0, 96, 1, 127, 1, 127, 96, 1, 126, 1,
  127, 96, 2, 126, 127, 0, 3, 8, 7, 0, 1, 0, 1, 2, 3, 0, 5, 7, 3, 0, 1, 0, 1, 4, 1, 7, 65, 7, 6,
  99, 111, 112, 121, 48, 49, 0, 0, 5, 108, 97, 110, 101, 49, 0, 1, 11, 115, 116, 111, 114, 101,
  95, 108, 97, 110, 101, 49, 0, 2, 4, 103, 101, 116, 49, 0, 3, 7, 115, 112, 108, 97, 116, 54, 52,
  0, 4, 5, 112, 117, 116, 54, 52, 0, 5, 5, 105, 110, 105, 116, 48, 0, 6, 10, 107, 7, 15, 0, 32, 1,
  32, 0, 253, 0, 4, 0, 253, 11, 68, 1, 0, 11, 31, 0, 32, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 253, 86, 66, 1, 0, 2, 253, 27, 2, 11, 14, 0, 32, 0, 32, 1, 253, 15, 253, 88,
  64, 1, 0, 5, 11, 8, 0, 32, 0, 45, 64, 1, 0, 11, 12, 0, 32, 0, 253, 9, 66, 2, 4, 253, 27, 3, 11,
  10, 0, 32, 0, 32, 1, 54, 66, 2, 0, 11, 9, 0, 32, 0, 32, 1, 54, 2, 0, 11,
]);
const e = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, `${error.constructor.name}: ${error.message}`);
  }
};

e.init0(16, 0x11223344);
e.init0(20, 0x55667788);
e.copy01(16, 32);  // memory 0 -> memory 1
console.log('v128 copied to memory 1:', e.get1(32), e.get1(36), e.get1(31));
console.log('lane load from memory 1:', e.lane1(32));
e.store_lane1(100, 0xab);
console.log('lane store to memory 1:', e.get1(100), e.get1(101));
attempt('v128.store past memory 1:', () => e.copy01(0, 65536 - 8));
attempt('lane load past memory 1:', () => e.lane1(65533));
e.put64(8n, 0x01020304);
console.log('splat load from the i64 memory:', e.splat64(4n));
attempt('address + offset overflowing 64 bits:', () => e.splat64(-4n));
attempt('past the i64 memory:', () => e.splat64(65532n));
