// A function declaring more locals than the compiler keeps zeros for in its code (64): entry
// zeroes them with memset instead. Every call must still see zeros, even when the frame's
// slots were dirtied by an earlier call to the same function.
//
// (module
//   (func $dirty (export "dirty") (param $x i64) (result i64)
//     (local i64 ... 100 times ...)
//     (local.get 99)                     ;; what local 99 held on entry: must be 0
//     (local.set 99 (local.get $x))      ;; leave $x behind in the frame
//     (local.set 50 (local.get $x)))
//   (func (export "twice") (result i64)
//     (drop (call $dirty (i64.const 7)))
//     (call $dirty (i64.const 9))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 10, 2, 96, 1, 126, 1, 126, 96, 0, 1, 126, 3, 3, 2, 0, 1, 7, 17,
  2, 5, 100, 105, 114, 116, 121, 0, 0, 5, 116, 119, 105, 99, 101, 0, 1, 10, 28, 2, 14, 1, 100,
  126, 32, 99, 32, 0, 33, 99, 32, 0, 33, 50, 11, 11, 0, 66, 7, 16, 0, 26, 66, 9, 16, 0, 11,
]);
const { dirty, twice } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
console.log(dirty(5n), dirty(6n), twice(), twice());
