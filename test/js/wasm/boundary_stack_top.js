// An activation's stack top (where the next call from JS puts its frame) is back at its entry
// after every way a wasm function's host call can end: the host returns, throws a wasm
// exception caught in wasm, is tail-called, or suspends (JSPI) and is resumed. Each caller
// below has a frame of 49,000 slots (the JS API allows 50,000 locals), so a top left where a
// host call put it would exhaust the 4M-slot value stack within 100 calls (a RangeError)
// instead of these 1,000 calls each. (The sums are the closed forms: node 20 has no JSPI.)
//   (import "js" "plain" (func $plain (param i32) (result i32)))
//   (import "js" "throws" (func $throws))
//   (import "js" "suspends" (func $suspends (param i32) (result i32)))
//   (tag $e (export "e"))
//   (func $big_tail (param i32) (result i32) (local i64 x 49000)
//     (return_call $plain (local.get 0)))
//   (func (export "plain") (param i32) (result i32) (local i64 x 49000)
//     (call $plain (local.get 0)))
//   (func (export "caught") (result i32) (local i64 x 49000)
//     (try (do (call $throws)) (catch $e)) (i32.const 7))
//   (func (export "tail") (param i32) (result i32) (call $big_tail (local.get 0)))
//   (func (export "suspending") (param i32) (result i32) (local i64 x 49000)
//     (call $suspends (local.get 0)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 13, 3, 96, 1, 127, 1, 127, 96, 0, 0, 96, 0, 1, 127, 2, 38, 3, 2,
  106, 115, 5, 112, 108, 97, 105, 110, 0, 0, 2, 106, 115, 6, 116, 104, 114, 111, 119, 115, 0, 1,
  2, 106, 115, 8, 115, 117, 115, 112, 101, 110, 100, 115, 0, 0, 3, 6, 5, 0, 0, 2, 0, 0, 13, 3, 1,
  0, 1, 7, 42, 5, 1, 101, 4, 0, 5, 112, 108, 97, 105, 110, 0, 4, 6, 99, 97, 117, 103, 104, 116, 0,
  5, 4, 116, 97, 105, 108, 0, 6, 10, 115, 117, 115, 112, 101, 110, 100, 105, 110, 103, 0, 7, 10,
  57, 5, 10, 1, 232, 254, 2, 126, 32, 0, 18, 0, 11, 10, 1, 232, 254, 2, 126, 32, 0, 16, 0, 11, 15,
  1, 232, 254, 2, 126, 6, 64, 16, 1, 7, 0, 11, 65, 7, 11, 6, 0, 32, 0, 16, 3, 11, 10, 1, 232, 254,
  2, 126, 32, 0, 16, 2, 11,
]);
let tag;
const imports = {
  js: {
    plain: (x) => x + 1,
    throws: () => { throw new WebAssembly.Exception(tag, []); },
    suspends: new WebAssembly.Suspending(async (x) => x * 2),
  },
};
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
tag = e.e;
const N = 1000;
let sum = 0;
for (let i = 0; i < N; i++) sum += e.plain(i);
console.log('plain', sum);
sum = 0;
for (let i = 0; i < N; i++) sum += e.caught();
console.log('caught', sum);
sum = 0;
for (let i = 0; i < N; i++) sum += e.tail(i);
console.log('tail', sum);
const suspending = WebAssembly.promising(e.suspending);
(async () => {
  let total = 0;
  for (let i = 0; i < N; i++) total += await suspending(i);
  console.log('suspending', total);
  // And the stack is still whole for a deep call after all of them.
  console.log('plain after', e.plain(41));
})();
