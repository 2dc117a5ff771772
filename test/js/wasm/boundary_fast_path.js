// The boundary's fast path (i32/f32/f64 signatures, bindings/value_conversion.h): Numbers cross
// straight between V8 values and frame slots; any other argument or result takes the general
// conversions, with the same results as for any other signature.
load("harness.js");

// (module
//   (import "js" "i" (func $i (param i32 f64) (result i32)))
//   (import "js" "d" (func $d (param f32) (result f64)))
//   (import "js" "f" (func $f (param f64) (result f32)))
//   (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func (export "mul") (param f64 f64) (result f64) (f64.mul (local.get 0) (local.get 1)))
//   (func (export "half") (param f32) (result f32) (f32.div (local.get 0) (f32.const 2)))
//   (func (export "none") (param i32))
//   (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
//   (func (export "callI") (param i32 f64) (result i32) (call $i (local.get 0) (local.get 1)))
//   (func (export "callD") (param f32) (result f64) (call $d (local.get 0)))
//   (func (export "callF") (param f64) (result f32) (call $f (local.get 0)))
//   (func $rec (export "rec") (param i32) (result i32)
//     (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
//       (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1))))))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 43, 8, 96, 2, 127, 124, 1, 127, 96, 1, 125, 1, 124, 96, 1, 124,
  1, 125, 96, 2, 127, 127, 1, 127, 96, 2, 124, 124, 1, 124, 96, 1, 125, 1, 125, 96, 1, 127, 0, 96,
  1, 127, 1, 127, 2, 22, 3, 2, 106, 115, 1, 105, 0, 0, 2, 106, 115, 1, 100, 0, 1, 2, 106, 115, 1,
  102, 0, 2, 3, 10, 9, 3, 4, 5, 6, 3, 0, 1, 2, 7, 7, 63, 9, 3, 97, 100, 100, 0, 3, 3, 109, 117,
  108, 0, 4, 4, 104, 97, 108, 102, 0, 5, 4, 110, 111, 110, 101, 0, 6, 3, 100, 105, 118, 0, 7, 5,
  99, 97, 108, 108, 73, 0, 8, 5, 99, 97, 108, 108, 68, 0, 9, 5, 99, 97, 108, 108, 70, 0, 10, 3,
  114, 101, 99, 0, 11, 10, 84, 9, 7, 0, 32, 0, 32, 1, 106, 11, 7, 0, 32, 0, 32, 1, 162, 11, 10, 0,
  32, 0, 67, 0, 0, 0, 64, 149, 11, 2, 0, 11, 7, 0, 32, 0, 32, 1, 109, 11, 8, 0, 32, 0, 32, 1, 16,
  0, 11, 6, 0, 32, 0, 16, 1, 11, 6, 0, 32, 0, 16, 2, 11, 21, 0, 32, 0, 69, 4, 127, 65, 0, 5, 65,
  1, 32, 0, 65, 1, 107, 16, 11, 106, 11, 11
]);

let imported = {
  i: (a, b) => a + b,
  d: (x) => x * 4,
  f: (x) => x,
};
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: {
    i: (a, b) => imported.i(a, b),
    d: (x) => imported.d(x),
    f: (x) => imported.f(x),
  },
});

// Arguments: Int32s and other Numbers, then values the general conversions handle.
const valueOf = { valueOf() { log('valueOf called'); return 20; } };
for (const args of [[1, 2], [0x7fffffff, 1], [-0, 0], [1.9, 2.9], [2 ** 32 + 5, -1],
                    [NaN, Infinity], ['3', '4'], [valueOf, 1], [1], [], [1n, 2]]) {
  attempt(`add(${args.map(show).join(', ')})`, () => exports.add(...args));
}
for (const args of [[1.5, 2], [2, 1.5], [2, '3'], [-0, 1], [NaN, 1], [2 ** 53, 2], ['0.5', 4],
                    [valueOf, 0.5], [3]]) {
  attempt(`mul(${args.map(show).join(', ')})`, () => exports.mul(...args));
}
for (const x of [1, 0.1, 16777217, -0, 1e40, 'x', true]) {
  attempt(`half(${show(x)})`, () => exports.half(x));
}
attempt('none(1)', () => exports.none(1));
attempt('none(1, 2, 3)', () => exports.none(1, 2, 3));
attempt('div(7, 2)', () => exports.div(7, 2));
// Traps (their messages are the engine's own: only the class is compared).
const trapClass = (f) => { try { return f(); } catch (e) { return e.constructor.name; } };
attempt('div(7, 0)', () => trapClass(() => exports.div(7, 0)));
attempt('div(-2147483648, -1)', () => trapClass(() => exports.div(-2147483648, -1)));

// Results from JS imports: Numbers, values to convert, exceptions.
for (const [label, fn] of [
  ['a + b', (a, b) => a + b],
  ['fraction', (a, b) => b],
  ['string', () => '12'],
  ['object', () => valueOf],
  ['undefined', () => undefined],
  ['bigint', () => 1n],
  ['throws', () => { throw new RangeError('from JS'); }],
]) {
  imported.i = fn;
  attempt(`callI via ${label}`, () => exports.callI(5, 2.75));
}
imported.d = (x) => { log('d got', x); return x * 4; };
attempt('callD(0.1)', () => exports.callD(0.1));
imported.d = () => '2.5';
attempt('callD string', () => exports.callD(1));
imported.f = (x) => x;
attempt('callF(0.1)', () => exports.callF(0.1));
imported.f = (x) => { log('f got', x); return 'NaN'; };
attempt('callF string', () => exports.callF(1e300));

// Arguments seen by the import, and a JS -> wasm -> JS -> wasm chain.
imported.i = (a, b) => { log('i got', a, b); return exports.add(a, 100); };
attempt('callI(-1, -0)', () => exports.callI(-1, -0));
attempt('rec(1000)', () => exports.rec(1000));
attempt('rec(1e7)', () => trapClass(() => exports.rec(1e7)));

// Many calls: results stay exact.
let sum = 0;
for (let k = 0; k < 100000; k++) sum = exports.add(sum, k);
log('sum', sum);
