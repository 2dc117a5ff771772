// Edge cases of the JS<->wasm boundary's fast paths (bindings/exported_function.cc: Smis read
// inline, Numbers straight into frame slots; host_function.cc: results straight back): every
// call must behave as the JS API's general conversions do. Expected output recorded from node 20.
load("harness.js");

// (module
//   (import "js" "f" (func $f (param i32) (result i32)))
//   (tag $e (param i32))
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func (export "f64id") (param f64) (result f64) (local.get 0))
//   (func (export "f32id") (param f32) (result f32) (local.get 0))
//   (func (export "addI64") (param i64 i64) (result i64) (i64.add (local.get 0) (local.get 1)))
//   (func (export "div") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
//   (func (export "callF") (param i32) (result i32) (call $f (local.get 0)))
//   ;; Throws and catches n wasm exceptions (the store keeps each until it collects them).
//   (func (export "throwCatch") (param $n i32) (result i32) (local $sum i32)
//     (block $done
//       (loop $next
//         (br_if $done (i32.eqz (local.get $n)))
//         (try
//           (do (throw $e (local.get $n)))
//           (catch $e (local.set $sum (i32.add (local.get $sum)))))
//         (local.set $n (i32.sub (local.get $n) (i32.const 1)))
//         (br $next)))
//     (local.get $sum)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 32, 6, 96, 1, 127, 1, 127, 96, 1, 127, 0, 96, 2, 127, 127, 1,
  127, 96, 1, 124, 1, 124, 96, 1, 125, 1, 125, 96, 2, 126, 126, 1, 126, 2, 8, 1, 2, 106, 115, 1,
  102, 0, 0, 3, 8, 7, 2, 3, 4, 5, 2, 0, 0, 13, 3, 1, 0, 1, 7, 59, 7, 3, 97, 100, 100, 0, 1, 5,
  102, 54, 52, 105, 100, 0, 2, 5, 102, 51, 50, 105, 100, 0, 3, 6, 97, 100, 100, 73, 54, 52, 0, 4,
  3, 100, 105, 118, 0, 5, 5, 99, 97, 108, 108, 70, 0, 6, 10, 116, 104, 114, 111, 119, 67, 97, 116,
  99, 104, 0, 7, 10, 83, 7, 7, 0, 32, 0, 32, 1, 106, 11, 4, 0, 32, 0, 11, 4, 0, 32, 0, 11, 7, 0,
  32, 0, 32, 1, 124, 11, 7, 0, 32, 0, 32, 1, 110, 11, 6, 0, 32, 0, 16, 0, 11, 40, 1, 1, 127, 2,
  64, 3, 64, 32, 0, 69, 13, 1, 6, 64, 32, 0, 8, 0, 7, 0, 32, 1, 106, 33, 1, 11, 32, 0, 65, 1, 107,
  33, 0, 12, 0, 11, 11, 32, 1, 11
]);

let importBody = (x) => x + 1;
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: { f: (x) => importBody(x) },
});
const { add, f64id, f32id, addI64, div, callF, throwCatch } = exports;

// Smis at their limits, heap numbers with and without an int32 value, -0.
const big = 2 ** 31;
for (const args of [[big - 1, 0], [-big, 0], [big, 0], [-big - 1, 0], [big * 2 + 3, 0],
                    [0.5 * 4, 1], [-0, -0], [1e21, 1], [-1.5, 0], [Number.MIN_VALUE, 0]]) {
  attempt(`add(${args.map(show).join(', ')})`, () => add(...args));
}
for (const x of [0, -0, 7, -big, big - 1, 0.1, 2 ** 53 + 1, -Infinity, NaN]) {
  attempt(`f64id(${show(x)})`, () => f64id(x));
}
for (const x of [16777217, -16777217, big - 1, 0.1, 3.4028235677973366e38, 1e-46, -0]) {
  attempt(`f32id(${show(x)})`, () => f32id(x));
}

// Coercion with side effects: each valueOf runs once, in argument order, also when the
// arguments before it were Numbers; one may call wasm again.
const noisy = (name, value) => ({ valueOf() { log(`valueOf ${name}`); return value; } });
attempt('add(noisy a, noisy b)', () => add(noisy('a', 1), noisy('b', 2)));
attempt('add(1, noisy b)', () => add(1, noisy('b', 2)));
attempt('add(noisy a, 2) too many', () => add(noisy('a', 1), 2, noisy('unused', 3)));
const reentrant = { valueOf() { log('valueOf calls add(10, 20)'); return add(10, 20); } };
attempt('add(reentrant, 5)', () => add(reentrant, 5));
const throwing = { valueOf() { throw new RangeError('from valueOf'); } };
attempt('add(1, throwing)', () => add(1, throwing));
attempt('add(Symbol())', () => add(Symbol(), 1));

// Too few and too many arguments.
attempt('add()', () => add());
attempt('add(3)', () => add(3));
attempt('add(3, 4, 5)', () => add(3, 4, 5));
attempt('f64id()', () => f64id());

// BigInt for i64 (no fast path), BigInt where a Number is expected.
attempt('addI64(1n, 2n)', () => addI64(1n, 2n));
attempt('addI64(2n ** 63n, 2n ** 63n)', () => addI64(2n ** 63n, 2n ** 63n));
attempt('addI64(-1n, 0n)', () => addI64(-1n, 0n));
attempt('addI64(1, 2)', () => addI64(1, 2));
attempt('addI64("5", true)', () => addI64('5', true));
attempt('add(1n, 2)', () => add(1n, 2));
attempt('f64id(1n)', () => f64id(1n));

// Traps inside: a RuntimeError whose stack names the wasm function; the call after works.
try {
  div(1, 0);
} catch (e) {
  log('div(1, 0) threw', e.constructor.name, e instanceof WebAssembly.RuntimeError,
      /wasm-function\[5\]/.test(e.stack));
}
attempt('div(7, 2) after the trap', () => div(7, 2));

// An import's exception crosses the fast path unchanged (the same object).
const thrown = new TypeError('from the import');
importBody = () => { throw thrown; };
try {
  callF(1);
} catch (e) {
  log('callF threw the same object', e === thrown);
}
importBody = () => { throw 42; };
attempt('callF throwing 42', () => callF(1));
importBody = (x) => ({ valueOf() { log('result valueOf'); return x * 2; } });
attempt('callF result with valueOf', () => callF(21));

// Re-entrant: wasm -> JS -> wasm -> JS ..., each level through the fast paths.
importBody = (x) => (x <= 0 ? 0 : 1 + callF(x - 1));
attempt('callF(50) recursing through JS', () => callF(50));
importBody = (x) => (x <= 0 ? div(1, 0) : callF(x - 1));
attempt('trap 10 levels deep', () => { try { return callF(10); } catch (e) { return e.constructor.name; } });

// Wasm exceptions thrown and caught inside wasm, thousands of them across fast-path calls (the
// store collects them between calls): the results stay exact.
let total = 0;
for (let k = 0; k < 2000; k++) total += throwCatch(3);
log('throwCatch total', total);
attempt('throwCatch(1000)', () => throwCatch(1000));

// Many calls: the exact sum.
let sum = 0;
for (let k = 0; k < 100000; k++) sum = add(sum, k);
log('sum', sum);
