// A JS-to-wasm call on the fast path when the value stack is (nearly) full: its arguments go
// to the slack past the stack's end and the entry's room test throws a RangeError, as the
// general path does; the recursion just short of the limit still returns normally.
// (linea's stack limits differ from node's, so this output is linea's.)
//   (import "js" "inner" (func $inner (result i32)))
//   (func $deep (export "deep") (param i32) (result i32) (local f64 f64 f64 f64 f64 f64)
//     (if (result i32) (i32.eqz (local.get 0)) (then (call $inner))
//       (else (call $deep (i32.sub (local.get 0) (i32.const 1))))))
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 16, 3, 96, 0, 1, 127, 96, 1, 127, 1, 127, 96, 2, 127, 127, 1,
  127, 2, 12, 1, 2, 106, 115, 5, 105, 110, 110, 101, 114, 0, 0, 3, 3, 2, 1, 2, 7, 14, 2, 4, 100,
  101, 101, 112, 0, 1, 3, 97, 100, 100, 0, 2, 10, 30, 2, 20, 1, 6, 124, 32, 0, 69, 4, 127, 16, 0,
  5, 32, 0, 65, 1, 107, 16, 1, 11, 11, 7, 0, 32, 0, 32, 1, 106, 11,
]);
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: { inner: () => { try { return exports.add(1, 2); } catch (e) { innerError = e; return -1; } } },
});
let innerError = null;
let lo = 0, hi = 1 << 24;
// Deepest recursion that itself fits (the outer call does not throw).
while (lo < hi) {
  const mid = (lo + hi + 1) >> 1;
  try { exports.deep(mid); lo = mid; } catch (e) { hi = mid - 1; }
}
const seen = new Set();
for (let d = Math.max(0, lo - 40); d <= lo; ++d) {
  innerError = null;
  const r = exports.deep(d);
  seen.add(r === 3 ? 'ok 3' : `${r} ${innerError && `${innerError.constructor.name}: ${innerError.message}`}`);
}
console.log([...seen].join(', '));
