// The arithmetic-loop superinstructions (LINEA_SUPERINSTRUCTIONS in runtime/code.h): i64 and f64
// compare-and-branch, an i32.add fused into the compare-and-branch after it, a binary op fused
// into the binary op that reads it (f64 mul/sub with add/sub/mul, i32 mul with add, shifts and
// rotates with xor), an f64.load fused into the f64.add that reads it, f64.abs fused into f64.lt
// (and its branch), i64.rem_u + i32.wrap_i64 and i64.shr_u + f64.convert_i64_u, and
// i64.extend_i32_u (no code: i32s are zero-extended in their slots). Each must do what the
// unfused instructions do.
load("harness.js");

// Built with wat2wasm from:
// (module
//   (memory 1)
//   (data (i32.const 0) "\80")
//   (data (i32.const 16) "\00\00\00\00\00\00\f8\3f")
//   (func (export "cmp64") (param i64 i64) (result i32) (local i32)
//     (block (br_if 0 (i64.eq (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 1))))
//     (block (br_if 0 (i64.ne (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 2))))
//     (block (br_if 0 (i64.lt_s (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 4))))
//     (block (br_if 0 (i64.lt_u (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 8))))
//     (block (br_if 0 (i64.gt_s (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 16))))
//     (block (br_if 0 (i64.gt_u (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 32))))
//     (block (br_if 0 (i64.le_s (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 64))))
//     (block (br_if 0 (i64.le_u (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 128))))
//     (block (br_if 0 (i64.ge_s (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 256))))
//     (block (br_if 0 (i64.ge_u (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 512))))
//     (if (i64.lt_s (local.get 0) (local.get 1)) (then (local.set 2 (i32.or (local.get 2) (i32.const 1024)))))
//     (if (i64.ge_u (local.get 0) (local.get 1)) (then (local.set 2 (i32.or (local.get 2) (i32.const 2048)))))
//     (local.get 2))
//   (func (export "cmpf") (param f64 f64) (result i32) (local i32)
//     (block (br_if 0 (f64.eq (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 1))))
//     (block (br_if 0 (f64.ne (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 2))))
//     (block (br_if 0 (f64.lt (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 4))))
//     (block (br_if 0 (f64.gt (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 8))))
//     (block (br_if 0 (f64.le (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 16))))
//     (block (br_if 0 (f64.ge (local.get 0) (local.get 1))) (local.set 2 (i32.or (local.get 2) (i32.const 32))))
//     (if (f64.lt (local.get 0) (local.get 1)) (then (local.set 2 (i32.or (local.get 2) (i32.const 64)))))
//     (if (f64.ge (local.get 0) (local.get 1)) (then (local.set 2 (i32.or (local.get 2) (i32.const 128)))))
//     (local.get 2))
//   ;; i = i + step until i >= n (unsigned): the back-edge fuses the add.
//   (func (export "countU") (param i32 i32) (result i32) (local i32 i32)
//     (loop $l
//       (local.set 3 (i32.add (local.get 3) (i32.const 1)))
//       (br_if $l (i32.lt_u (local.tee 2 (i32.add (local.get 2) (local.get 1))) (local.get 0))))
//     (local.get 3))
//   (func (export "countS") (param i32 i32) (result i32) (local i32 i32)
//     (loop $l
//       (local.set 3 (i32.add (local.get 3) (i32.const 1)))
//       (local.set 2 (i32.add (local.get 2) (local.get 1)))
//       (br_if $l (i32.lt_s (local.get 2) (local.get 0))))
//     (local.get 3))
//   ;; The sum as a temporary (no local), and an `if` (branch when false).
//   (func (export "untilNe") (param i32) (result i32) (local i32)
//     (loop $l
//       (local.set 1 (i32.add (local.get 1) (i32.const 1)))
//       (if (i32.ne (i32.add (local.get 1) (i32.const 5)) (local.get 0)) (then (br $l))))
//     (local.get 1))
//   ;; The compare reads the sum twice: i == i after i = i + 1 is always true.
//   (func (export "selfCompare") (param i32) (result i32) (local i32)
//     (block $out
//       (loop $l
//         (br_if $out (i32.eq (local.tee 1 (i32.add (local.get 1) (i32.const 1))) (local.get 1)))
//         (br $l)))
//     (local.get 1))
//   ;; A label between the add and the compare: they must not fuse.
//   (func (export "labelBetween") (param i32) (result i32) (local i32)
//     (local.set 1 (i32.add (local.get 0) (i32.const 1)))
//     (block $out
//       (loop $l
//         (br_if $out (i32.ge_u (local.get 1) (i32.const 10)))
//         (local.set 1 (i32.add (local.get 1) (i32.const 3)))
//         (br $l)))
//     (local.get 1))
//   ;; A trap in a loop whose back-edge is fused: the trace names the division.
//   (func (export "divLoop") (param i32) (result i32) (local i32 i32)
//     (loop $l
//       (local.set 2 (i32.add (local.get 2) (i32.div_u (i32.const 100) (i32.sub (local.get 0) (local.get 1)))))
//       (br_if $l (i32.lt_u (local.tee 1 (i32.add (local.get 1) (i32.const 1))) (i32.const 10))))
//     (local.get 2))
//   (func (export "madd") (param f64 f64 f64) (result f64) (f64.add (f64.mul (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "cmadd") (param f64 f64 f64) (result f64) (f64.add (local.get 2) (f64.mul (local.get 0) (local.get 1))))
//   (func (export "msub") (param f64 f64 f64) (result f64) (f64.sub (f64.mul (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "rsub") (param f64 f64 f64) (result f64) (f64.sub (local.get 2) (f64.mul (local.get 0) (local.get 1))))
//   (func (export "dot2") (param f64 f64 f64 f64) (result f64)
//     (f64.add (f64.mul (local.get 0) (local.get 1)) (f64.mul (local.get 2) (local.get 3))))
//   (func (export "teeProduct") (param f64 f64 f64) (result f64) (local f64)
//     (f64.add (local.tee 3 (f64.mul (local.get 0) (local.get 1))) (local.get 2)) (local.get 3) (f64.add))
//   (func (export "extendParam") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
//   (func (export "extendConst") (result i64) (i64.extend_i32_u (i32.const -1)))
//   (func (export "extendLoad") (result i64) (i64.extend_i32_u (i32.load8_s (i32.const 0))))
//   (func (export "extendWrap") (param i64) (result i64) (i64.extend_i32_u (i32.wrap_i64 (local.get 0))))
//   (func (export "extendAdd") (param i32 i32) (result i64)
//     (i64.add (i64.extend_i32_u (i32.add (local.get 0) (local.get 1))) (i64.const 1)))
//   (func (export "subAdd") (param f64 f64 f64) (result f64)
//     (f64.add (f64.sub (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "addLoad") (param i32 f64) (result f64)
//     (f64.add (local.get 1) (f64.load offset=8 (local.get 0))))
//   (func (export "loadAdd") (param i32 f64) (result f64)
//     (f64.add (f64.load (local.get 0)) (local.get 1)))
//   (func (export "xorShift64") (param i64) (result i64)
//     (local.set 0 (i64.xor (local.get 0) (i64.shl (local.get 0) (i64.const 77))))
//     (local.set 0 (i64.xor (i64.shr_u (local.get 0) (i64.const 7)) (local.get 0)))
//     (local.set 0 (i64.xor (i64.rotl (local.get 0) (i64.const 17)) (local.get 0)))
//     (i64.xor (i64.rotr (local.get 0) (i64.const 5)) (local.get 0)))
//   (func (export "xorShift32") (param i32) (result i32)
//     (local.set 0 (i32.xor (local.get 0) (i32.shl (local.get 0) (i32.const 45))))
//     (local.set 0 (i32.xor (i32.shr_u (local.get 0) (i32.const 7)) (local.get 0)))
//     (local.set 0 (i32.xor (i32.rotl (local.get 0) (i32.const 17)) (local.get 0)))
//     (i32.xor (i32.rotr (local.get 0) (i32.const 5)) (local.get 0)))
//   (func (export "mulMul") (param f64 f64 f64) (result f64)
//     (f64.mul (f64.mul (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "mulMulRight") (param f64 f64 f64) (result f64)
//     (f64.mul (local.get 2) (f64.mul (local.get 0) (local.get 1))))
//   (func (export "absLt") (param f64 f64) (result i32) (f64.lt (f64.abs (local.get 0)) (local.get 1)))
//   ;; How emscripten casts a double to int.
//   (func (export "truncGuard") (param f64) (result i32)
//     (if (result i32) (f64.lt (f64.abs (local.get 0)) (f64.const 0x1p31))
//       (then (i32.trunc_f64_s (local.get 0))) (else (i32.const 0x80000000))))
//   (func (export "absBrIf") (param f64 f64) (result i32)
//     (block (br_if 0 (f64.lt (f64.abs (local.get 0)) (local.get 1))) (return (i32.const 0)))
//     (i32.const 1))
//   (func (export "absEqz") (param f64 f64) (result i32)
//     (block (br_if 0 (i32.eqz (f64.lt (f64.abs (local.get 0)) (local.get 1)))) (return (i32.const 1)))
//     (i32.const 0))
//   (func (export "mulAdd") (param i32 i32 i32) (result i32)
//     (i32.add (i32.mul (local.get 0) (local.get 1)) (local.get 2)))
//   (func (export "addMul") (param i32 i32 i32) (result i32)
//     (i32.add (local.get 2) (i32.mul (local.get 0) (local.get 1))))
//   (func (export "remWrap") (param i64 i64) (result i32)
//     (i32.wrap_i64 (i64.rem_u (local.get 0) (local.get 1))))
//   (func (export "shrConvert") (param i64 i64) (result f64)
//     (f64.convert_i64_u (i64.shr_u (local.get 0) (local.get 1)))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 83, 14, 96, 2, 126, 126, 1, 127, 96, 2, 124, 124, 1, 127, 96,
  2, 127, 127, 1, 127, 96, 1, 127, 1, 127, 96, 3, 124, 124, 124, 1, 124, 96, 4, 124, 124, 124,
  124, 1, 124, 96, 1, 127, 1, 126, 96, 0, 1, 126, 96, 1, 126, 1, 126, 96, 2, 127, 127, 1, 126,
  96, 2, 127, 124, 1, 124, 96, 1, 124, 1, 127, 96, 3, 127, 127, 127, 1, 127, 96, 2, 126, 126, 1,
  124, 3, 35, 34, 0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 4, 6, 7, 7, 8, 9, 4, 10, 10, 8, 3, 4,
  4, 1, 11, 1, 1, 12, 12, 0, 13, 5, 3, 1, 0, 1, 7, 229, 2, 34, 5, 99, 109, 112, 54, 52, 0, 0, 4,
  99, 109, 112, 102, 0, 1, 6, 99, 111, 117, 110, 116, 85, 0, 2, 6, 99, 111, 117, 110, 116, 83,
  0, 3, 7, 117, 110, 116, 105, 108, 78, 101, 0, 4, 11, 115, 101, 108, 102, 67, 111, 109, 112,
  97, 114, 101, 0, 5, 12, 108, 97, 98, 101, 108, 66, 101, 116, 119, 101, 101, 110, 0, 6, 7, 100,
  105, 118, 76, 111, 111, 112, 0, 7, 4, 109, 97, 100, 100, 0, 8, 5, 99, 109, 97, 100, 100, 0, 9,
  4, 109, 115, 117, 98, 0, 10, 4, 114, 115, 117, 98, 0, 11, 4, 100, 111, 116, 50, 0, 12, 10,
  116, 101, 101, 80, 114, 111, 100, 117, 99, 116, 0, 13, 11, 101, 120, 116, 101, 110, 100, 80,
  97, 114, 97, 109, 0, 14, 11, 101, 120, 116, 101, 110, 100, 67, 111, 110, 115, 116, 0, 15, 10,
  101, 120, 116, 101, 110, 100, 76, 111, 97, 100, 0, 16, 10, 101, 120, 116, 101, 110, 100, 87,
  114, 97, 112, 0, 17, 9, 101, 120, 116, 101, 110, 100, 65, 100, 100, 0, 18, 6, 115, 117, 98,
  65, 100, 100, 0, 19, 7, 97, 100, 100, 76, 111, 97, 100, 0, 20, 7, 108, 111, 97, 100, 65, 100,
  100, 0, 21, 10, 120, 111, 114, 83, 104, 105, 102, 116, 54, 52, 0, 22, 10, 120, 111, 114, 83,
  104, 105, 102, 116, 51, 50, 0, 23, 6, 109, 117, 108, 77, 117, 108, 0, 24, 11, 109, 117, 108,
  77, 117, 108, 82, 105, 103, 104, 116, 0, 25, 5, 97, 98, 115, 76, 116, 0, 26, 10, 116, 114,
  117, 110, 99, 71, 117, 97, 114, 100, 0, 27, 7, 97, 98, 115, 66, 114, 73, 102, 0, 28, 6, 97,
  98, 115, 69, 113, 122, 0, 29, 6, 109, 117, 108, 65, 100, 100, 0, 30, 6, 97, 100, 100, 77, 117,
  108, 0, 31, 7, 114, 101, 109, 87, 114, 97, 112, 0, 32, 10, 115, 104, 114, 67, 111, 110, 118,
  101, 114, 116, 0, 33, 10, 149, 7, 34, 212, 1, 1, 1, 127, 2, 64, 32, 0, 32, 1, 81, 13, 0, 32,
  2, 65, 1, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 82, 13, 0, 32, 2, 65, 2, 114, 33, 2, 11, 2, 64,
  32, 0, 32, 1, 83, 13, 0, 32, 2, 65, 4, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 84, 13, 0, 32, 2,
  65, 8, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 85, 13, 0, 32, 2, 65, 16, 114, 33, 2, 11, 2, 64,
  32, 0, 32, 1, 86, 13, 0, 32, 2, 65, 32, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 87, 13, 0, 32, 2,
  65, 192, 0, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 88, 13, 0, 32, 2, 65, 128, 1, 114, 33, 2, 11,
  2, 64, 32, 0, 32, 1, 89, 13, 0, 32, 2, 65, 128, 2, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 90,
  13, 0, 32, 2, 65, 128, 4, 114, 33, 2, 11, 32, 0, 32, 1, 83, 4, 64, 32, 2, 65, 128, 8, 114, 33,
  2, 11, 32, 0, 32, 1, 90, 4, 64, 32, 2, 65, 128, 16, 114, 33, 2, 11, 32, 2, 11, 140, 1, 1, 1,
  127, 2, 64, 32, 0, 32, 1, 97, 13, 0, 32, 2, 65, 1, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 98,
  13, 0, 32, 2, 65, 2, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 99, 13, 0, 32, 2, 65, 4, 114, 33, 2,
  11, 2, 64, 32, 0, 32, 1, 100, 13, 0, 32, 2, 65, 8, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 101,
  13, 0, 32, 2, 65, 16, 114, 33, 2, 11, 2, 64, 32, 0, 32, 1, 102, 13, 0, 32, 2, 65, 32, 114, 33,
  2, 11, 32, 0, 32, 1, 99, 4, 64, 32, 2, 65, 192, 0, 114, 33, 2, 11, 32, 0, 32, 1, 102, 4, 64,
  32, 2, 65, 128, 1, 114, 33, 2, 11, 32, 2, 11, 28, 1, 2, 127, 3, 64, 32, 3, 65, 1, 106, 33, 3,
  32, 2, 32, 1, 106, 34, 2, 32, 0, 73, 13, 0, 11, 32, 3, 11, 30, 1, 2, 127, 3, 64, 32, 3, 65, 1,
  106, 33, 3, 32, 2, 32, 1, 106, 33, 2, 32, 2, 32, 0, 72, 13, 0, 11, 32, 3, 11, 29, 1, 1, 127,
  3, 64, 32, 1, 65, 1, 106, 33, 1, 32, 1, 65, 5, 106, 32, 0, 71, 4, 64, 12, 1, 11, 11, 32, 1,
  11, 26, 1, 1, 127, 2, 64, 3, 64, 32, 1, 65, 1, 106, 34, 1, 32, 1, 70, 13, 1, 12, 0, 11, 11,
  32, 1, 11, 35, 1, 1, 127, 32, 0, 65, 1, 106, 33, 1, 2, 64, 3, 64, 32, 1, 65, 10, 79, 13, 1,
  32, 1, 65, 3, 106, 33, 1, 12, 0, 11, 11, 32, 1, 11, 35, 1, 2, 127, 3, 64, 32, 2, 65, 228, 0,
  32, 0, 32, 1, 107, 110, 106, 33, 2, 32, 1, 65, 1, 106, 34, 1, 65, 10, 73, 13, 0, 11, 32, 2,
  11, 10, 0, 32, 0, 32, 1, 162, 32, 2, 160, 11, 10, 0, 32, 2, 32, 0, 32, 1, 162, 160, 11, 10, 0,
  32, 0, 32, 1, 162, 32, 2, 161, 11, 10, 0, 32, 2, 32, 0, 32, 1, 162, 161, 11, 13, 0, 32, 0, 32,
  1, 162, 32, 2, 32, 3, 162, 160, 11, 17, 1, 1, 124, 32, 0, 32, 1, 162, 34, 3, 32, 2, 160, 32,
  3, 160, 11, 5, 0, 32, 0, 173, 11, 5, 0, 65, 127, 173, 11, 8, 0, 65, 0, 44, 0, 0, 173, 11, 6,
  0, 32, 0, 167, 173, 11, 11, 0, 32, 0, 32, 1, 106, 173, 66, 1, 124, 11, 10, 0, 32, 0, 32, 1,
  161, 32, 2, 160, 11, 10, 0, 32, 1, 32, 0, 43, 3, 8, 160, 11, 10, 0, 32, 0, 43, 3, 0, 32, 1,
  160, 11, 41, 0, 32, 0, 32, 0, 66, 205, 0, 134, 133, 33, 0, 32, 0, 66, 7, 136, 32, 0, 133, 33,
  0, 32, 0, 66, 17, 137, 32, 0, 133, 33, 0, 32, 0, 66, 5, 138, 32, 0, 133, 11, 40, 0, 32, 0, 32,
  0, 65, 45, 116, 115, 33, 0, 32, 0, 65, 7, 118, 32, 0, 115, 33, 0, 32, 0, 65, 17, 119, 32, 0,
  115, 33, 0, 32, 0, 65, 5, 120, 32, 0, 115, 11, 10, 0, 32, 0, 32, 1, 162, 32, 2, 162, 11, 10,
  0, 32, 2, 32, 0, 32, 1, 162, 162, 11, 8, 0, 32, 0, 153, 32, 1, 99, 11, 28, 0, 32, 0, 153, 68,
  0, 0, 0, 0, 0, 0, 224, 65, 99, 4, 127, 32, 0, 170, 5, 65, 128, 128, 128, 128, 120, 11, 11, 18,
  0, 2, 64, 32, 0, 153, 32, 1, 99, 13, 0, 65, 0, 15, 11, 65, 1, 11, 19, 0, 2, 64, 32, 0, 153,
  32, 1, 99, 69, 13, 0, 65, 1, 15, 11, 65, 0, 11, 10, 0, 32, 0, 32, 1, 108, 32, 2, 106, 11, 10,
  0, 32, 2, 32, 0, 32, 1, 108, 106, 11, 8, 0, 32, 0, 32, 1, 130, 167, 11, 8, 0, 32, 0, 32, 1,
  136, 186, 11, 11, 20, 2, 0, 65, 0, 11, 1, 128, 0, 65, 16, 11, 8, 0, 0, 0, 0, 0, 0, 248, 63
]);
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
const bits = (n) => n.toString(2).padStart(12, '0');

for (const [a, b] of [[1n, 2n], [2n, 1n], [5n, 5n], [-1n, 1n], [1n, -1n], [-(2n ** 63n), 2n ** 63n - 1n]]) {
  attempt(`cmp64(${a}, ${b})`, () => bits(e.cmp64(a, b)));
}
for (const [a, b] of [[1, 2], [2, 1], [3, 3], [0, -0], [NaN, 1], [1, NaN], [NaN, NaN], [-Infinity, Infinity]]) {
  attempt(`cmpf(${a}, ${b})`, () => bits(e.cmpf(a, b)));
}
attempt('countU(10, 1)', () => e.countU(10, 1));
attempt('countU(10, 3)', () => e.countU(10, 3));
attempt('countU(0, 1) runs once', () => e.countU(0, 1));
attempt('countU(-1, 0x55555555) unsigned', () => e.countU(-1, 0x55555555));
attempt('countS(10, 4)', () => e.countS(10, 4));
attempt('countS(-5, 1) runs once', () => e.countS(-5, 1));
attempt('countS(-10, 3) signed', () => e.countS(-10, 3));
attempt('untilNe(12)', () => e.untilNe(12));
attempt('selfCompare(0)', () => e.selfCompare(0));
attempt('labelBetween(0)', () => e.labelBetween(0));
attempt('labelBetween(9)', () => e.labelBetween(9));
attempt('divLoop(20)', () => e.divLoop(20));
try {
  e.divLoop(5);
} catch (err) {
  log('divLoop(5):', err.stack.split('\n').slice(0, 2).join('\n'));
}
// 1 + 2^-30 squared is 1 + 2^-29 + 2^-60: rounded to 1 + 2^-29 before the add, so a*b - (1 + 2^-29)
// is 0; a fused multiply-add (one rounding) would give 2^-60.
const a = 1 + 2 ** -30, c = 1 + 2 ** -29;
attempt('madd(a, a, -c)', () => e.madd(a, a, -c));
attempt('cmadd(a, a, -c)', () => e.cmadd(a, a, -c));
attempt('msub(a, a, c)', () => e.msub(a, a, c));
attempt('rsub(a, a, c)', () => e.rsub(a, a, c));
attempt('madd(2, 3, 4)', () => e.madd(2, 3, 4));
attempt('cmadd(2, 3, 4)', () => e.cmadd(2, 3, 4));
attempt('msub(2, 3, 4)', () => e.msub(2, 3, 4));
attempt('rsub(2, 3, 4)', () => e.rsub(2, 3, 4));
attempt('rsub(0, 1, 0) is +0', () => Object.is(e.rsub(0, 1, 0), 0));
attempt('msub(-0, 1, 0) is -0', () => Object.is(e.msub(-0, 1, 0), -0));
attempt('madd(Infinity, 0, 1)', () => e.madd(Infinity, 0, 1));
attempt('dot2(1, 2, 3, 4)', () => e.dot2(1, 2, 3, 4));
attempt('teeProduct(2, 3, 4)', () => e.teeProduct(2, 3, 4));
attempt('extendParam(-1)', () => e.extendParam(-1));
attempt('extendParam(0x80000000)', () => e.extendParam(0x80000000));
attempt('extendConst()', () => e.extendConst());
attempt('extendLoad() of load8_s 0x80', () => e.extendLoad());
attempt('extendWrap(-1n)', () => e.extendWrap(-1n));
attempt('extendWrap(0x123456789n)', () => e.extendWrap(0x123456789n));
attempt('extendAdd(-1, -1)', () => e.extendAdd(-1, -1));
attempt('subAdd(5, 3, 10)', () => e.subAdd(5, 3, 10));
attempt('subAdd(1e308, -1e308, -Infinity)', () => e.subAdd(1e308, -1e308, -Infinity));
attempt('addLoad(8, 1)', () => e.addLoad(8, 1));
attempt('loadAdd(16, 2)', () => e.loadAdd(16, 2));
attempt('addLoad(65520, 1)', () => e.addLoad(65520, 1));
attempt('addLoad(65521, 1)', () => e.addLoad(65521, 1));
attempt('addLoad(-8, 1) no wrap past the offset', () => e.addLoad(-8, 1));
attempt('loadAdd(65529, 0)', () => e.loadAdd(65529, 0));
// The trap is the load's: the trace names the f64.load's offset (0x499 and 0x4a2).
for (const f of [() => e.addLoad(65521, 1), () => e.loadAdd(-1, 0)]) {
  try {
    f();
  } catch (err) {
    log(err.stack.split('\n').slice(0, 2).join('\n'));
  }
}
attempt('xorShift64(88172645463325252n)', () => e.xorShift64(88172645463325252n));
attempt('xorShift64(-1n)', () => e.xorShift64(-1n));
attempt('xorShift32(0x12345678)', () => e.xorShift32(0x12345678));
attempt('xorShift32(-1)', () => e.xorShift32(-1));
// 3 * 0.1 rounds before the last product: (3 * 0.1) * 10 is 3.0000000000000004.
attempt('mulMul(3, 0.1, 10)', () => e.mulMul(3, 0.1, 10));
attempt('mulMulRight(3, 0.1, 10)', () => e.mulMulRight(3, 0.1, 10));
attempt('mulMul(1e200, 1e200, 0)', () => e.mulMul(1e200, 1e200, 0));
for (const [x, y] of [[-3, 4], [3, 3], [-5, 4], [-0, 0], [0, 1e-300], [NaN, 1], [-Infinity, Infinity], [1, NaN]]) {
  attempt(`absLt(${x}, ${y}) absBrIf absEqz`, () => [e.absLt(x, y), e.absBrIf(x, y), e.absEqz(x, y)]);
}
for (const x of [-2.5, 2147483647.9, 2147483648, -2147483648.5, -2147483649, NaN, Infinity]) {
  attempt(`truncGuard(${x})`, () => e.truncGuard(x));
}
attempt('mulAdd(200, 7, 3)', () => e.mulAdd(200, 7, 3));
attempt('addMul(200, 7, 3)', () => e.addMul(200, 7, 3));
attempt('mulAdd(0x10000, 0x10000, 5) wraps', () => e.mulAdd(0x10000, 0x10000, 5));
attempt('addMul(-3, 0x7fffffff, -1) wraps', () => e.addMul(-3, 0x7fffffff, -1));
attempt('remWrap(2n ** 40n + 7n, 2n ** 33n)', () => e.remWrap(2n ** 40n + 7n, 2n ** 33n));
attempt('remWrap(-1n, 0x100000001n)', () => e.remWrap(-1n, 0x100000001n));
attempt('remWrap(-1n, 3n)', () => e.remWrap(-1n, 3n));
// The trap is the remainder's: the trace names the i64.rem_u (0x57b).
try {
  e.remWrap(5n, 0n);
} catch (err) {
  log(err.stack.split('\n').slice(0, 2).join('\n'));
}
attempt('shrConvert(-1n, 11n)', () => e.shrConvert(-1n, 11n));
attempt('shrConvert(-1n, 0n) rounds', () => e.shrConvert(-1n, 0n));
attempt('shrConvert(-1n, 75n) shifts by 11', () => e.shrConvert(-1n, 75n));
attempt('shrConvert(0x8000000000000400n, 1n)', () => e.shrConvert(0x8000000000000400n, 1n));
