// Tail calls (WebAssembly 3.0): return_call and return_call_indirect run in constant stack
// space (10^8 tail calls where an ordinary recursion exhausts the call stack), reach JS
// functions, move arguments into a frame with fewer slots, and trap like call_indirect.
load('harness.js');

// (module
//   (type $pred (func (param i32) (result i32)))
//   (import "env" "host" (func $host (param i32) (result i32)))
//   (table 2 funcref)
//   (elem (i32.const 0) $even $odd)
//   ;; Counts $n down to 0 with an accumulator, one tail call per step.
//   (func $count (export "count") (param $n i64) (param $acc i64) (result i64)
//     (if (result i64) (i64.eqz (local.get $n))
//       (then (local.get $acc))
//       (else (return_call $count (i64.sub (local.get $n) (i64.const 1))
//                                 (i64.add (local.get $acc) (i64.const 2))))))
//   ;; Mutual recursion through the table.
//   (func $even (export "even") (param $n i32) (result i32)
//     (if (result i32) (i32.eqz (local.get $n))
//       (then (i32.const 1))
//       (else (return_call_indirect (type $pred) (i32.sub (local.get $n) (i32.const 1))
//                                                (i32.const 1)))))
//   (func $odd (param $n i32) (result i32)
//     (if (result i32) (i32.eqz (local.get $n))
//       (then (i32.const 0))
//       (else (return_call_indirect (type $pred) (i32.sub (local.get $n) (i32.const 1))
//                                                (i32.const 0)))))
//   ;; A tail call to a JS function.
//   (func (export "toHost") (param i32) (result i32)
//     (return_call $host (i32.add (local.get 0) (i32.const 1))))
//   ;; From a function without locals to one with six parameters.
//   (func $six (param i32 i32 i32 i32 i32 i32) (result i32)
//     (i32.sub (i32.add (i32.add (local.get 0) (local.get 1)) (i32.add (local.get 2) (local.get 3)))
//              (i32.mul (local.get 4) (local.get 5))))
//   (func (export "fewToMany") (result i32)
//     (return_call $six (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
//                       (i32.const 6)))
//   ;; The index operand is a parameter that the argument move overwrites.
//   (func (export "indexInParam") (param $index i32) (param $n i32) (result i32)
//     (return_call_indirect (type $pred) (local.get $index) (local.get $index)))
//   ;; Traps in return_call_indirect: out of range and wrong signature.
//   (func (export "badIndex") (result i32)
//     (return_call_indirect (type $pred) (i32.const 0) (i32.const 7)))
//   (func $wrongType (export "wrongType") (result i64)
//     (return_call_indirect (result i64) (i32.const 0)))
//   ;; The same count with an ordinary call: the call stack runs out.
//   (func $countCall (export "countCall") (param $n i64) (result i64)
//     (if (result i64) (i64.eqz (local.get $n))
//       (then (i64.const 0))
//       (else (call $countCall (i64.sub (local.get $n) (i64.const 1)))))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 41, 7, 96, 1, 127, 1, 127, 96, 2, 126, 126, 1, 126, 96, 6, 127,
  127, 127, 127, 127, 127, 1, 127, 96, 0, 1, 127, 96, 2, 127, 127, 1, 127, 96, 0, 1, 126, 96, 1,
  126, 1, 126, 2, 12, 1, 3, 101, 110, 118, 4, 104, 111, 115, 116, 0, 0, 3, 11, 10, 1, 0, 0, 0, 2,
  3, 4, 3, 5, 6, 4, 4, 1, 112, 0, 2, 7, 87, 8, 5, 99, 111, 117, 110, 116, 0, 1, 4, 101, 118, 101,
  110, 0, 2, 6, 116, 111, 72, 111, 115, 116, 0, 4, 9, 102, 101, 119, 84, 111, 77, 97, 110, 121, 0,
  6, 12, 105, 110, 100, 101, 120, 73, 110, 80, 97, 114, 97, 109, 0, 7, 8, 98, 97, 100, 73, 110,
  100, 101, 120, 0, 8, 9, 119, 114, 111, 110, 103, 84, 121, 112, 101, 0, 9, 9, 99, 111, 117, 110,
  116, 67, 97, 108, 108, 0, 10, 9, 8, 1, 0, 65, 0, 11, 2, 2, 3, 10, 163, 1, 10, 23, 0, 32, 0, 80,
  4, 126, 32, 1, 5, 32, 0, 66, 1, 125, 32, 1, 66, 2, 124, 18, 1, 11, 11, 21, 0, 32, 0, 69, 4, 127,
  65, 1, 5, 32, 0, 65, 1, 107, 65, 1, 19, 0, 0, 11, 11, 21, 0, 32, 0, 69, 4, 127, 65, 0, 5, 32, 0,
  65, 1, 107, 65, 0, 19, 0, 0, 11, 11, 9, 0, 32, 0, 65, 1, 106, 18, 0, 11, 19, 0, 32, 0, 32, 1,
  106, 32, 2, 32, 3, 106, 106, 32, 4, 32, 5, 108, 107, 11, 16, 0, 65, 1, 65, 2, 65, 3, 65, 4, 65,
  5, 65, 6, 18, 5, 11, 9, 0, 32, 0, 32, 0, 19, 0, 0, 11, 9, 0, 65, 0, 65, 7, 19, 0, 0, 11, 7, 0,
  65, 0, 19, 5, 0, 11, 18, 0, 32, 0, 80, 4, 126, 66, 0, 5, 32, 0, 66, 1, 125, 16, 10, 11, 11,
]);
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: { host: x => x * 10 },
});
// Errors show their class only: the messages are the engine's own (node says the same kinds).
function run(label, f) {
  try {
    log(label, '->', f());
  } catch (e) {
    log(label, '-> threw', e.constructor.name);
  }
}
run('count(10^8)', () => exports.count(100000000n, 0n));
run('countCall(10^6)', () => exports.countCall(1000000n));
run('even(1000001)', () => exports.even(1000001));
run('even(1000000)', () => exports.even(1000000));
run('toHost(4)', () => exports.toHost(4));
run('fewToMany()', () => exports.fewToMany());
run('indexInParam(0)', () => exports.indexInParam(0));
run('indexInParam(1)', () => exports.indexInParam(1));
run('badIndex()', () => exports.badIndex());
run('wrongType()', () => exports.wrongType());
