// Loads and stores whose address is an i32.add (the superinstructions of
// runtime/compile/superinstructions.h): the add wraps at 32 bits before the offset is added, and
// bounds are checked on the sum.
load("harness.js");

// (module
//   (memory 1)
//   (func (export "load") (param i32 i32) (result i32) (i32.load offset=4 (i32.add (local.get 0) (local.get 1))))
//   (func (export "load8") (param i32) (result i32) (i32.load8_s (i32.add (local.get 0) (i32.const 65535))))
//   (func (export "load64") (param i32 i32) (result i64) (i64.load offset=65528 (i32.add (local.get 0) (local.get 1))))
//   (func (export "store") (param i32 i32 i32) (i32.store offset=8 (i32.add (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "storef") (param i32 f64) (f64.store (i32.add (local.get 0) (i32.const 16)) (local.get 1)))
//   (func (export "loadf") (param i32) (result f64) (f64.load (i32.add (i32.const 16) (local.get 0))))
//   (func (export "tee") (param i32 i32) (result i32) (local i32)
//     (i32.load (local.tee 2 (i32.add (local.get 0) (local.get 1)))) (local.get 2) (i32.add))
//   (func (export "sum") (param i32) (result i32) (local i32 i32)
//     (loop $l
//       (local.set 1 (i32.add (local.get 1) (i32.load8_u (i32.add (local.get 0) (local.get 2)))))
//       (br_if $l (i32.lt_u (local.tee 2 (i32.add (local.get 2) (i32.const 1))) (i32.const 10))))
//     (local.get 1)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 34, 6, 96, 2, 127, 127, 1, 127, 96, 1, 127, 1, 127, 96, 2, 127,
  127, 1, 126, 96, 3, 127, 127, 127, 0, 96, 2, 127, 124, 0, 96, 1, 127, 1, 124, 3, 9, 8, 0, 1, 2,
  3, 4, 5, 0, 1, 5, 3, 1, 0, 1, 7, 62, 8, 4, 108, 111, 97, 100, 0, 0, 5, 108, 111, 97, 100, 56, 0,
  1, 6, 108, 111, 97, 100, 54, 52, 0, 2, 5, 115, 116, 111, 114, 101, 0, 3, 6, 115, 116, 111, 114,
  101, 102, 0, 4, 5, 108, 111, 97, 100, 102, 0, 5, 3, 116, 101, 101, 0, 6, 3, 115, 117, 109, 0, 7,
  10, 128, 1, 8, 10, 0, 32, 0, 32, 1, 106, 40, 2, 4, 11, 12, 0, 32, 0, 65, 255, 255, 3, 106, 44,
  0, 0, 11, 12, 0, 32, 0, 32, 1, 106, 41, 3, 248, 255, 3, 11, 12, 0, 32, 0, 32, 1, 106, 32, 2, 54,
  2, 8, 11, 12, 0, 32, 0, 65, 16, 106, 32, 1, 57, 3, 0, 11, 10, 0, 65, 16, 32, 0, 106, 43, 3, 0,
  11, 17, 1, 1, 127, 32, 0, 32, 1, 106, 34, 2, 40, 2, 0, 32, 2, 106, 11, 34, 1, 2, 127, 3, 64, 32,
  1, 32, 0, 32, 2, 106, 45, 0, 0, 106, 33, 1, 32, 2, 65, 1, 106, 34, 2, 65, 10, 73, 13, 0, 11, 32,
  1, 11
]);
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
const trap = (f) => { try { return f(); } catch (err) { return err.constructor.name; } };

attempt('store(0, 100, 0x01020304)', () => e.store(0, 100, 0x01020304));
attempt('load(54, 50)', () => e.load(54, 50));
attempt('load(112, -8) wraps', () => e.load(112, -8));
attempt('load(-1, 105) wraps', () => e.load(-1, 105));
attempt('load(65532, 0)', () => trap(() => e.load(65532, 0)));
attempt('load(65528, 0)', () => e.load(65528, 0));
attempt('load(-4, 0) no wrap past the offset', () => trap(() => e.load(-4, 0)));
attempt('store(-8, 0, 1) no wrap past the offset', () => trap(() => e.store(-8, 0, 1)));
attempt('store(65528, 0, 7)', () => trap(() => e.store(65528, 0, 7)));
attempt('load8(0)', () => e.load8(0));
attempt('load8(1)', () => trap(() => e.load8(1)));
attempt('load8(-65535)', () => e.load8(-65535));
attempt('load64(0, 0)', () => e.load64(0, 0));
attempt('load64(1, 0)', () => trap(() => e.load64(1, 0)));
attempt('storef(8, 1.5)', () => e.storef(8, 1.5));
attempt('loadf(8)', () => e.loadf(8));
attempt('loadf(-16) wraps to 0', () => e.loadf(-16));
attempt('tee(100, 4)', () => e.tee(100, 4));
attempt('sum(100)', () => e.sum(100));
attempt('sum(65530)', () => trap(() => e.sum(65530)));
