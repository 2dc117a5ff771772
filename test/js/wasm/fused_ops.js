// The superinstructions chosen by CoreMark's profile (runtime/compile/superinstructions.h):
// chains of two i32 ops, an add/and fused into the compare-and-branch after it, loads and stores with a
// scaled index (base + (i << k)), and two local copies in one. Each must do exactly what its
// instructions did separately: wrap-around, shift counts mod 32, traps with the access's offset,
// operands in either order, and pairs that must not fuse (a local.tee between, a shift by a
// non-constant, a non-commutative op with the value as its second operand).
load("harness.js");

// (module
//   (memory (export "memory") 1)
//   (func (export "shrAnd") (param i32 i32 i32) (result i32) (i32.and (i32.shr_u (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "mulAddSwapped") (param i32 i32 i32) (result i32) (i32.add (local.get 2) (i32.mul (local.get 0) (local.get 1))))
//   (func (export "xorShr") (param i32 i32 i32) (result i32) (i32.shr_u (i32.xor (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "shrNotSwapped") (param i32 i32 i32) (result i32) (i32.shr_u (local.get 2) (i32.xor (local.get 0) (local.get 1))))
//   (func (export "addAdd") (param i32 i32 i32) (result i32) (i32.add (i32.add (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "teeBetween") (param i32 i32 i32) (result i32) (local i32)
//     (i32.and (local.tee 3 (i32.shr_u (local.get 0) (local.get 1))) (local.get 2)) (local.get 3) (i32.add))
//   (func (export "crcStep") (param i32 i32) (result i32) (local i32)
//     (select (i32.xor (local.tee 2 (i32.and (i32.shr_u (local.get 1) (i32.const 1)) (i32.const 32767))) (i32.const -24575))
//             (local.get 2)
//             (i32.and (i32.xor (local.get 0) (local.get 1)) (i32.const 1))))
//   (func (export "andXor") (param i32 i32 i32) (result i32) (i32.xor (i32.and (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "shrXorSwapped") (param i32 i32 i32) (result i32) (i32.xor (local.get 2) (i32.shr_u (local.get 0) (local.get 1))))
//   (func (export "addAnd") (param i32 i32 i32) (result i32) (i32.and (i32.add (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "andShr") (param i32 i32 i32) (result i32) (i32.shr_u (i32.and (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "andMul") (param i32 i32 i32) (result i32) (i32.mul (i32.and (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "mulShr") (param i32 i32 i32) (result i32) (i32.shr_u (i32.mul (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "maskBranch") (param i32 i32 i32) (result i32)
//     (block $b (br_if $b (i32.eq (i32.and (local.get 0) (local.get 1)) (local.get 2))) (return (i32.const 0)))
//     (i32.const 1))
//   (func (export "listLength") (param i32) (result i32) (local i32)
//     (block $done
//       (br_if $done (i32.eqz (local.get 0)))
//       (loop $l
//         (local.set 1 (i32.add (local.get 1) (i32.const 1)))
//         (br_if $l (local.tee 0 (i32.load offset=4 (local.get 0))))))
//     (local.get 1))
//   (func (export "strlen") (param i32) (result i32) (local i32)
//     (local.set 1 (local.get 0))
//     (block $done
//       (loop $l
//         (br_if $done (i32.eqz (i32.load8_u (local.get 1))))
//         (local.set 1 (i32.add (local.get 1) (i32.const 1)))
//         (br $l)))
//     (i32.sub (local.get 1) (local.get 0)))
//   (func (export "ifLoaded") (param i32) (result i32)
//     (if (result i32) (i32.load8_u (local.get 0)) (then (i32.const 1)) (else (i32.const 0))))
//   (func (export "copyThenBranch") (param i32 i32) (result i32) (local i32)
//     (loop $l
//       (local.set 2 (local.get 0))
//       (local.set 0 (i32.add (local.get 0) (i32.const 3)))
//       (local.set 1 (i32.sub (local.get 1) (i32.const 1)))
//       (local.set 2 (local.get 0))
//       (br_if $l (local.get 1)))
//     (local.get 2))
//   (func (export "copyThenIf") (param i32 i32) (result i32) (local i32)
//     (local.set 2 (local.get 0))
//     (if (result i32) (local.get 1) (then (local.get 2)) (else (i32.const -1))))
//   (func (export "countTo") (param i32) (result i32) (local i32)
//     (loop $l (br_if $l (i32.ne (local.tee 1 (i32.add (local.get 1) (i32.const 1))) (local.get 0))))
//     (local.get 1))
//   (func (export "countToSwapped") (param i32) (result i32) (local i32)
//     (loop $l (local.set 1 (i32.add (local.get 1) (i32.const 1))) (br_if $l (i32.ne (local.get 0) (local.get 1))))
//     (local.get 1))
//   (func (export "maskIs") (param i32 i32 i32) (result i32)
//     (if (result i32) (i32.eq (i32.and (local.get 0) (local.get 1)) (local.get 2)) (then (i32.const 1)) (else (i32.const 0))))
//   (func (export "maskIsNot") (param i32 i32 i32) (result i32)
//     (block $b (br_if $b (i32.ne (i32.and (local.get 0) (local.get 1)) (local.get 2))) (return (i32.const 1)))
//     (i32.const 0))
//   (func (export "addSelfCompare") (param i32) (result i32) (local i32)
//     (local.set 1 (local.get 0))
//     (block $b (br_if $b (i32.eq (local.tee 1 (i32.add (local.get 1) (i32.const 1))) (local.get 1))) (return (i32.const 0)))
//     (local.get 1))
//   (func (export "load32") (param i32 i32) (result i32) (i32.load offset=4 (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 2)))))
//   (func (export "load16s") (param i32 i32) (result i32) (i32.load16_s (i32.add (i32.shl (local.get 1) (i32.const 1)) (local.get 0))))
//   (func (export "load16u") (param i32 i32) (result i32) (i32.load16_u (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 33)))))
//   (func (export "load64") (param i32 i32) (result i64) (i64.load (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 3)))))
//   (func (export "store32") (param i32 i32 i32) (i32.store offset=8 (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 2))) (local.get 2)))
//   (func (export "store8") (param i32 i32 i32) (i32.store8 (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 4))) (local.get 2)))
//   (func (export "shiftByLocal") (param i32 i32 i32) (result i32) (i32.load (i32.add (local.get 0) (i32.shl (local.get 1) (local.get 2)))))
//   (func (export "sumScaled") (param i32 i32) (result i32) (local i32 i32)
//     (loop $l
//       (local.set 2 (i32.add (local.get 2) (i32.load (i32.add (local.get 0) (i32.shl (local.get 3) (i32.const 2))))))
//       (br_if $l (i32.ne (local.tee 3 (i32.add (local.get 3) (i32.const 1))) (local.get 1))))
//     (local.get 2))
//   (func (export "fib") (param i32) (result i32) (local i32 i32 i32)
//     (local.set 2 (i32.const 1))
//     (block $done
//       (loop $l
//         (br_if $done (i32.eqz (local.get 0)))
//         (local.get 2)
//         (i32.add (local.get 1) (local.get 2))
//         (local.set 2)
//         (local.set 1)
//         (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
//         (br $l)))
//     (local.get 1))
//   (func (export "swapLoop") (param i32 i32 i32) (result i32) (local i32)
//     (block $done
//       (loop $l
//         (br_if $done (i32.eqz (local.get 2)))
//         (local.set 3 (local.get 0))
//         (local.set 0 (local.get 1))
//         (local.set 1 (local.get 3))
//         (local.set 2 (i32.sub (local.get 2) (i32.const 1)))
//         (br $l)))
//     (i32.sub (local.get 0) (local.get 1)))
//   (func $deep (export "deep") (param i32) (result i32)
//     (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
//       (else (i32.add (call $deep (i32.sub (local.get 0) (i32.const 1))) (i32.load (i32.add (i32.const 0) (i32.shl (local.get 0) (i32.const 20))))))))
// )
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 31, 5, 96, 3, 127, 127, 127, 1, 127, 96, 2, 127, 127, 1, 127,
  96, 1, 127, 1, 127, 96, 2, 127, 127, 1, 126, 96, 3, 127, 127, 127, 0, 3, 36, 35, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 1, 1, 2, 2, 0, 0, 2, 1, 1, 1, 3, 4, 4, 0, 1, 2, 0, 2, 5, 3,
  1, 0, 1, 7, 146, 3, 36, 6, 109, 101, 109, 111, 114, 121, 2, 0, 6, 115, 104, 114, 65, 110, 100,
  0, 0, 13, 109, 117, 108, 65, 100, 100, 83, 119, 97, 112, 112, 101, 100, 0, 1, 6, 120, 111, 114,
  83, 104, 114, 0, 2, 13, 115, 104, 114, 78, 111, 116, 83, 119, 97, 112, 112, 101, 100, 0, 3, 6,
  97, 100, 100, 65, 100, 100, 0, 4, 10, 116, 101, 101, 66, 101, 116, 119, 101, 101, 110, 0, 5, 7,
  99, 114, 99, 83, 116, 101, 112, 0, 6, 6, 97, 110, 100, 88, 111, 114, 0, 7, 13, 115, 104, 114,
  88, 111, 114, 83, 119, 97, 112, 112, 101, 100, 0, 8, 6, 97, 100, 100, 65, 110, 100, 0, 9, 6, 97,
  110, 100, 83, 104, 114, 0, 10, 6, 97, 110, 100, 77, 117, 108, 0, 11, 6, 109, 117, 108, 83, 104,
  114, 0, 12, 10, 109, 97, 115, 107, 66, 114, 97, 110, 99, 104, 0, 13, 10, 108, 105, 115, 116, 76,
  101, 110, 103, 116, 104, 0, 14, 6, 115, 116, 114, 108, 101, 110, 0, 15, 8, 105, 102, 76, 111,
  97, 100, 101, 100, 0, 16, 14, 99, 111, 112, 121, 84, 104, 101, 110, 66, 114, 97, 110, 99, 104,
  0, 17, 10, 99, 111, 112, 121, 84, 104, 101, 110, 73, 102, 0, 18, 7, 99, 111, 117, 110, 116, 84,
  111, 0, 19, 14, 99, 111, 117, 110, 116, 84, 111, 83, 119, 97, 112, 112, 101, 100, 0, 20, 6, 109,
  97, 115, 107, 73, 115, 0, 21, 9, 109, 97, 115, 107, 73, 115, 78, 111, 116, 0, 22, 14, 97, 100,
  100, 83, 101, 108, 102, 67, 111, 109, 112, 97, 114, 101, 0, 23, 6, 108, 111, 97, 100, 51, 50, 0,
  24, 7, 108, 111, 97, 100, 49, 54, 115, 0, 25, 7, 108, 111, 97, 100, 49, 54, 117, 0, 26, 6, 108,
  111, 97, 100, 54, 52, 0, 27, 7, 115, 116, 111, 114, 101, 51, 50, 0, 28, 6, 115, 116, 111, 114,
  101, 56, 0, 29, 12, 115, 104, 105, 102, 116, 66, 121, 76, 111, 99, 97, 108, 0, 30, 9, 115, 117,
  109, 83, 99, 97, 108, 101, 100, 0, 31, 3, 102, 105, 98, 0, 32, 8, 115, 119, 97, 112, 76, 111,
  111, 112, 0, 33, 4, 100, 101, 101, 112, 0, 34, 10, 194, 5, 35, 10, 0, 32, 0, 32, 1, 118, 32, 2,
  113, 11, 10, 0, 32, 2, 32, 0, 32, 1, 108, 106, 11, 10, 0, 32, 0, 32, 1, 115, 32, 2, 118, 11, 10,
  0, 32, 2, 32, 0, 32, 1, 115, 118, 11, 10, 0, 32, 0, 32, 1, 106, 32, 2, 106, 11, 17, 1, 1, 127,
  32, 0, 32, 1, 118, 34, 3, 32, 2, 113, 32, 3, 106, 11, 32, 1, 1, 127, 32, 1, 65, 1, 118, 65, 255,
  255, 1, 113, 34, 2, 65, 129, 192, 126, 115, 32, 2, 32, 0, 32, 1, 115, 65, 1, 113, 27, 11, 10, 0,
  32, 0, 32, 1, 113, 32, 2, 115, 11, 10, 0, 32, 2, 32, 0, 32, 1, 118, 115, 11, 10, 0, 32, 0, 32,
  1, 106, 32, 2, 113, 11, 10, 0, 32, 0, 32, 1, 113, 32, 2, 118, 11, 10, 0, 32, 0, 32, 1, 113, 32,
  2, 108, 11, 10, 0, 32, 0, 32, 1, 108, 32, 2, 118, 11, 20, 0, 2, 64, 32, 0, 32, 1, 113, 32, 2,
  70, 13, 0, 65, 0, 15, 11, 65, 1, 11, 33, 1, 1, 127, 2, 64, 32, 0, 69, 13, 0, 3, 64, 32, 1, 65,
  1, 106, 33, 1, 32, 0, 40, 2, 4, 34, 0, 13, 0, 11, 11, 32, 1, 11, 36, 1, 1, 127, 32, 0, 33, 1, 2,
  64, 3, 64, 32, 1, 45, 0, 0, 69, 13, 1, 32, 1, 65, 1, 106, 33, 1, 12, 0, 11, 11, 32, 1, 32, 0,
  107, 11, 15, 0, 32, 0, 45, 0, 0, 4, 127, 65, 1, 5, 65, 0, 11, 11, 35, 1, 1, 127, 3, 64, 32, 0,
  33, 2, 32, 0, 65, 3, 106, 33, 0, 32, 1, 65, 1, 107, 33, 1, 32, 0, 33, 2, 32, 1, 13, 0, 11, 32,
  2, 11, 18, 1, 1, 127, 32, 0, 33, 2, 32, 1, 4, 127, 32, 2, 5, 65, 127, 11, 11, 21, 1, 1, 127, 3,
  64, 32, 1, 65, 1, 106, 34, 1, 32, 0, 71, 13, 0, 11, 32, 1, 11, 23, 1, 1, 127, 3, 64, 32, 1, 65,
  1, 106, 33, 1, 32, 0, 32, 1, 71, 13, 0, 11, 32, 1, 11, 18, 0, 32, 0, 32, 1, 113, 32, 2, 70, 4,
  127, 65, 1, 5, 65, 0, 11, 11, 20, 0, 2, 64, 32, 0, 32, 1, 113, 32, 2, 71, 13, 0, 65, 1, 15, 11,
  65, 0, 11, 28, 1, 1, 127, 32, 0, 33, 1, 2, 64, 32, 1, 65, 1, 106, 34, 1, 32, 1, 70, 13, 0, 65,
  0, 15, 11, 32, 1, 11, 13, 0, 32, 0, 32, 1, 65, 2, 116, 106, 40, 2, 4, 11, 13, 0, 32, 1, 65, 1,
  116, 32, 0, 106, 46, 1, 0, 11, 13, 0, 32, 0, 32, 1, 65, 33, 116, 106, 47, 1, 0, 11, 13, 0, 32,
  0, 32, 1, 65, 3, 116, 106, 41, 3, 0, 11, 15, 0, 32, 0, 32, 1, 65, 2, 116, 106, 32, 2, 54, 2, 8,
  11, 15, 0, 32, 0, 32, 1, 65, 4, 116, 106, 32, 2, 58, 0, 0, 11, 13, 0, 32, 0, 32, 1, 32, 2, 116,
  106, 40, 2, 0, 11, 37, 1, 2, 127, 3, 64, 32, 2, 32, 0, 32, 3, 65, 2, 116, 106, 40, 2, 0, 106,
  33, 2, 32, 3, 65, 1, 106, 34, 3, 32, 1, 71, 13, 0, 11, 32, 2, 11, 41, 1, 3, 127, 65, 1, 33, 2,
  2, 64, 3, 64, 32, 0, 69, 13, 1, 32, 2, 32, 1, 32, 2, 106, 33, 2, 33, 1, 32, 0, 65, 1, 107, 33,
  0, 12, 0, 11, 11, 32, 1, 11, 41, 1, 1, 127, 2, 64, 3, 64, 32, 2, 69, 13, 1, 32, 0, 33, 3, 32, 1,
  33, 0, 32, 3, 33, 1, 32, 2, 65, 1, 107, 33, 2, 12, 0, 11, 11, 32, 0, 32, 1, 107, 11, 30, 0, 32,
  0, 69, 4, 127, 65, 0, 5, 32, 0, 65, 1, 107, 16, 34, 65, 0, 32, 0, 65, 20, 116, 106, 40, 2, 0,
  106, 11, 11
]);
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
const mem = new DataView(e.memory.buffer);
// The first line of the trap's stack names the function and the access's module offset.
const trap = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.constructor.name}: ${err.message} ${err.stack.split("\n")[1].trim()}`;
  }
};

attempt("shrAnd(0xf0f0, 4, 0xff)", () => e.shrAnd(0xf0f0, 4, 0xff));
attempt("shrAnd(-1, 36, -1) (count mod 32)", () => e.shrAnd(-1, 36, -1));
attempt("mulAddSwapped(65536, 65537, 5) wraps", () => e.mulAddSwapped(65536, 65537, 5));
attempt("xorShr(-1, 0xff, 8)", () => e.xorShr(-1, 0xff, 8));
attempt("shrNotSwapped(1, 2, 0x100)", () => e.shrNotSwapped(1, 2, 0x100));
attempt("addAdd(0x7fffffff, 1, 1) wraps", () => e.addAdd(0x7fffffff, 1, 1));
attempt("teeBetween(0xff00, 8, 0x0f)", () => e.teeBetween(0xff00, 8, 0x0f));
attempt("crcStep(0, 0x1234)", () => e.crcStep(0, 0x1234));
attempt("crcStep(1, 0x1234)", () => e.crcStep(1, 0x1234));
attempt("andXor(0xff0, 0x0ff, 0xfff)", () => e.andXor(0xff0, 0x0ff, 0xfff));
attempt("shrXorSwapped(-16, 4, 1)", () => e.shrXorSwapped(-16, 4, 1));
attempt("addAnd(-1, 2, 0xf)", () => e.addAnd(-1, 2, 0xf));
attempt("andShr(-1, 0xf0000000, 28)", () => e.andShr(-1, 0xf0000000, 28));
attempt("andMul(0x1ff, 0xff, -3)", () => e.andMul(0x1ff, 0xff, -3));
attempt("mulShr(0x10000, 0x10001, 1) wraps", () => e.mulShr(0x10000, 0x10001, 1));
attempt("maskBranch(0xf5, 0x0f, 5)", () => e.maskBranch(0xf5, 0x0f, 5));
attempt("maskBranch(0xf5, 0x0f, 4)", () => e.maskBranch(0xf5, 0x0f, 4));
attempt("countTo(10)", () => e.countTo(10));
attempt("countToSwapped(7)", () => e.countToSwapped(7));
attempt("maskIs(0xf5, 0x0f, 5)", () => e.maskIs(0xf5, 0x0f, 5));
attempt("maskIs(0xf5, 0x0f, 6)", () => e.maskIs(0xf5, 0x0f, 6));
attempt("maskIsNot(0xf5, 0xf0, 0xf0)", () => e.maskIsNot(0xf5, 0xf0, 0xf0));
attempt("maskIsNot(0xf5, 0xf0, 0)", () => e.maskIsNot(0xf5, 0xf0, 0));
attempt("addSelfCompare(41)", () => e.addSelfCompare(41));

for (let i = 0; i < 16; ++i) mem.setInt32(256 + 4 * i, (i + 1) * 0x1001 * (i % 2 ? -1 : 1), true);
attempt("load32(256, 3)", () => e.load32(256, 3));
attempt("load32(260, -2) wraps", () => e.load32(260, -2));
attempt("load32(0, 0x40000000) wraps to 0 + 4", () => e.load32(0, 0x40000000));
attempt("load16s(256, 2)", () => e.load16s(256, 2));
attempt("load16s(256, 6)", () => e.load16s(256, 6));
attempt("load16u(256, 6) (shift 33 is 1)", () => e.load16u(256, 6));
attempt("load64(256, 1)", () => e.load64(256, 1));
attempt("store32(256, 10, 77)", () => (e.store32(256, 10, 77), mem.getInt32(256 + 40 + 8, true)));
attempt("store8(256, 1, 0x1ff)", () => (e.store8(256, 1, 0x1ff), mem.getUint8(256 + 16)));
attempt("shiftByLocal(256, 1, 2)", () => e.shiftByLocal(256, 1, 2));
attempt("sumScaled(256, 4)", () => e.sumScaled(256, 4));
attempt("load32(65532, 0)", () => trap(() => e.load32(65532, 0)));
attempt("load32(0, 16383)", () => trap(() => e.load32(0, 16383)));
attempt("load16s(65535, 0)", () => trap(() => e.load16s(65535, 0)));
attempt("load64(65528, 1)", () => trap(() => e.load64(65528, 1)));
attempt("store32(0, 16382, 1)", () => trap(() => e.store32(0, 16382, 1)));
attempt("store8(0, 4096, 1)", () => trap(() => e.store8(0, 4096, 1)));
// A list at 1024: nodes of { value, next } 16 bytes apart, the last one's next 0; a string.
for (let i = 0; i < 5; ++i) mem.setInt32(1024 + 16 * i + 4, i < 4 ? 1024 + 16 * (i + 1) : 0, true);
new Uint8Array(e.memory.buffer, 2048, 6).set([104, 101, 108, 108, 111, 0]);
attempt("listLength(1024)", () => e.listLength(1024));
attempt("listLength(0)", () => e.listLength(0));
attempt("listLength(65532)", () => trap(() => e.listLength(65532)));
attempt("strlen(2048)", () => e.strlen(2048));
attempt("strlen(65535)", () => trap(() => e.strlen(65535)));
attempt("ifLoaded(2048)", () => e.ifLoaded(2048));
attempt("ifLoaded(2053)", () => e.ifLoaded(2053));
attempt("ifLoaded(65536)", () => trap(() => e.ifLoaded(65536)));
attempt("copyThenBranch(1, 4)", () => e.copyThenBranch(1, 4));
attempt("copyThenIf(7, 1)", () => e.copyThenIf(7, 1));
attempt("copyThenIf(7, 0)", () => e.copyThenIf(7, 0));
attempt("fib(30)", () => e.fib(30));
attempt("swapLoop(5, 2, 3)", () => e.swapLoop(5, 2, 3));
attempt("swapLoop(5, 2, 4)", () => e.swapLoop(5, 2, 4));
// Recursion through a scaled-index load: (i << 20) leaves memory for i >= 1, so the innermost
// call traps first; a deep recursion runs out of stack as a RangeError.
attempt("deep(0)", () => e.deep(0));
attempt("deep(1)", () => trap(() => e.deep(1)));
attempt("deep(1e6)", () => trap(() => e.deep(1e6)).split(" at ")[0]);
