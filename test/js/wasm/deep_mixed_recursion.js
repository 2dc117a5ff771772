// JS -> wasm -> JS recursion reaches node's depth (over 4,000 round trips) before a RangeError,
// and runaway mixed recursion ends in a catchable RangeError, never a crash. (node 20 itself
// stops at 4,000-4,100 round trips, depending on the frames below the first call.)
//
// (module
//   (import "js" "f" (func $f (param i32) (result i32)))
//   (func (export "g") (param i32) (result i32)
//     (if (result i32) (i32.eqz (local.get 0))
//       (then (i32.const 0))
//       (else (i32.add (call $f (i32.sub (local.get 0) (i32.const 1))) (i32.const 1))))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 8, 1, 2, 106, 115, 1, 102, 0, 0,
  3, 2, 1, 0, 7, 5, 1, 1, 103, 0, 1, 10, 23, 1, 21, 0, 32, 0, 69, 4, 127, 65, 0, 5, 32, 0, 65, 1,
  107, 16, 0, 65, 1, 106, 11, 11,
]);
const module = new WebAssembly.Module(bytes);
let g;
g = new WebAssembly.Instance(module, { js: { f: (n) => g(n) } }).exports.g;

console.log('4,000 round trips:', g(4000));

// Without a base case the recursion runs until the stack limit.
let runaway;
runaway = new WebAssembly.Instance(module, { js: { f: (n) => runaway(n + 2) } }).exports.g;
for (let i = 0; i < 3; i++) {
  try {
    runaway(1);
    console.log('no error');
  } catch (e) {
    console.log('runaway:', e instanceof RangeError, e.message);
  }
}
console.log('afterwards:', g(100));
