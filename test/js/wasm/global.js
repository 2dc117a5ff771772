// WebAssembly.Global: every value type, the descriptor, value/valueOf, mutability, and globals
// shared with modules.
load('harness.js');

// (module
//   (import "js" "i64" (global $i64 (mut i64)))
//   (import "js" "ref" (global $ref externref))
//   (global $counter (export "counter") (mut i32) (i32.const 10))
//   (global (export "pi") f64 (f64.const 3.14159))
//   (global (export "fref") funcref (ref.func $get))
//   (global (export "importedAgain") (mut i64) (i64.const 0))
//   (export "i64" (global $i64))
//   (func $get (export "getCounter") (result i32) (global.get $counter))
//   (func (export "incI64") (global.set $i64 (i64.add (global.get $i64) (i64.const 1))))
//   (func (export "getI64") (result i64) (global.get $i64))
//   (func (export "getRef") (result externref) (global.get $ref))
// )
const globalBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 16, 4, 96, 0, 1, 127, 96, 0, 0, 96, 0, 1, 126, 96, 0, 1, 111,
  2, 21, 2, 2, 106, 115, 3, 105, 54, 52, 3, 126, 1, 2, 106, 115, 3, 114, 101, 102, 3, 111, 0, 3,
  5, 4, 0, 1, 2, 3, 6, 28, 4, 127, 1, 65, 10, 11, 124, 0, 68, 110, 134, 27, 240, 249, 33, 9, 64,
  11, 112, 0, 210, 0, 11, 126, 1, 66, 0, 11, 7, 85, 9, 7, 99, 111, 117, 110, 116, 101, 114, 3, 2,
  2, 112, 105, 3, 3, 4, 102, 114, 101, 102, 3, 4, 13, 105, 109, 112, 111, 114, 116, 101, 100, 65,
  103, 97, 105, 110, 3, 5, 3, 105, 54, 52, 3, 0, 10, 103, 101, 116, 67, 111, 117, 110, 116, 101,
  114, 0, 0, 6, 105, 110, 99, 73, 54, 52, 0, 1, 6, 103, 101, 116, 73, 54, 52, 0, 2, 6, 103, 101,
  116, 82, 101, 102, 0, 3, 10, 26, 4, 4, 0, 35, 2, 11, 9, 0, 35, 0, 66, 1, 124, 36, 0, 11, 4, 0,
  35, 0, 11, 4, 0, 35, 1, 11
]);

// The constructor: GlobalDescriptor {mutable, value}, then the initial value.
function make(descriptor, ...value) {
  const g = new WebAssembly.Global(descriptor, ...value);
  return `value ${show(g.value)}, valueOf ${show(g.valueOf())}`;
}
const {exports: {getCounter}} = new WebAssembly.Instance(new WebAssembly.Module(globalBytes), {js: {i64: new WebAssembly.Global({value: 'i64', mutable: true}), ref: null}});
const cases = [
  ['i32', []], ['i32', [42]], ['i32', [2 ** 32 + 3]], ['i32', [-1.9]], ['i32', ['12']], ['i32', [{valueOf() { return 8; }}]],
  ['i32', [undefined]], ['i32', [null]], ['i32', [1n]],
  ['i64', []], ['i64', [5n]], ['i64', [2n ** 64n - 1n]], ['i64', [-(2n ** 63n)]], ['i64', [true]], ['i64', ['0x10']],
  ['i64', [5]], ['i64', [undefined]], ['i64', ['five']],
  ['f32', []], ['f32', [0.1]], ['f32', [1e40]], ['f32', [-0]], ['f32', [NaN]], ['f32', ['1.5']],
  ['f64', []], ['f64', [0.1]], ['f64', [-0]], ['f64', [Infinity]], ['f64', [1n]],
  ['externref', []], ['externref', [null]], ['externref', ['text']], ['externref', [undefined]],
  ['anyfunc', []], ['anyfunc', [null]], ['anyfunc', [getCounter]], ['anyfunc', [() => 1]], ['anyfunc', [undefined]],
  ['funcref', [getCounter]],
  ['v128', []], ['i8', []], ['I32', []],
];
for (const [type, value] of cases) {
  attempt(`Global({value: ${show(type)}}${value.length ? ', ' + show(value[0]) : ''})`, () => make({value: type}, ...value));
}
attempt('Global({})', () => make({}));
attempt('Global({mutable: true})', () => make({mutable: true}));
attempt('Global(undefined)', () => make(undefined));
attempt('Global("i32")', () => make('i32'));
const order = [];
new WebAssembly.Global({
  get value() { order.push('value'); return {toString() { order.push('value toString'); return 'i32'; }}; },
  get mutable() { order.push('mutable'); return true; },
}, {valueOf() { order.push('v valueOf'); return 1; }});
log('descriptor read order:', order.join(', '));
attempt('mutable is converted with ToBoolean ("yes")', () => {
  const g = new WebAssembly.Global({value: 'i32', mutable: 'yes'});
  g.value = 3;
  return g.value;
});

// value and valueOf; setting an immutable global is a TypeError.
const constant = new WebAssembly.Global({value: 'i32'}, 7);
attempt('constant.value = 8', () => { constant.value = 8; });
log('constant.value still', constant.value, '; +constant (valueOf)', +constant, '; `${constant}`', `${constant}`);
const variable = new WebAssembly.Global({value: 'f32', mutable: true}, 1);
variable.value = 0.1;
log('variable f32 set to 0.1:', variable.value);
attempt('variable.value = Symbol()', () => { variable.value = Symbol(); });
const big = new WebAssembly.Global({value: 'i64', mutable: true});
attempt('big.value = 1 (a Number for i64)', () => { big.value = 1; });
big.value = 2n ** 63n;
log('big.value = 2n ** 63n wraps to', big.value);

// Globals exported by and imported into modules.
const i64 = new WebAssembly.Global({value: 'i64', mutable: true}, 41n);
const ref = {};
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(globalBytes), {js: {i64, ref}});
log('exported globals:', e.counter, e.pi, e.fref, '; values', e.counter.value, e.pi.value, e.fref.value === e.getCounter);
e.counter.value = 99;
log('JS sets counter = 99; wasm reads', e.getCounter());
attempt('pi.value = 3 (immutable)', () => { e.pi.value = 3; });
e.incI64();
log('wasm increments the imported mutable i64 global:', i64.value, '; exported again as the same object:', e.i64 === i64);
i64.value = -1n;
log('JS sets it to -1n; wasm reads', e.getI64());
log('an externref global imported from a plain value:', e.getRef() === ref);
const imported = new WebAssembly.Instance(new WebAssembly.Module(globalBytes), {js: {i64, ref: 'plain string'}});
log('and from a string:', imported.exports.getRef());
attempt('a mutable import given a plain BigInt', () => new WebAssembly.Instance(new WebAssembly.Module(globalBytes), {js: {i64: 5n, ref: null}}));
attempt('a mutable import given an immutable Global', () => new WebAssembly.Instance(new WebAssembly.Module(globalBytes), {js: {i64: new WebAssembly.Global({value: 'i64'}), ref: null}}));
