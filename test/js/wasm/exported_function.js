// Exported Functions and host functions: name, length, identity, argument conversion
// (ToWebAssemblyValue), results (one value, several as an Array, several from an iterable).
load('harness.js');

// (module
//   (import "js" "show" (func $show (param i32 i64 f32 f64 externref funcref) (result i32)))
//   (import "js" "pair" (func $pair (result i32 i64)))
//   (import "js" "wasmAdd" (func $wasmAdd (param i32 i32) (result i32)))
//   (func $callShow (export "callShow") (param i32 i64 f32 f64 externref funcref) (result i32)
//     (call $show (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5)))
//   (func (export "callPair") (result i32 i64) (call $pair))
//   (func (export "addViaImport") (param i32 i32) (result i32) (call $wasmAdd (local.get 0) (local.get 1)))
//   (func (export "i32") (param i32) (result i32) (local.get 0))
//   (func (export "i64") (param i64) (result i64) (local.get 0))
//   (func (export "f32") (param f32) (result f32) (local.get 0))
//   (func (export "f64") (param f64) (result f64) (local.get 0))
//   (func (export "externref") (param externref) (result externref) (local.get 0))
//   (func (export "funcref") (param funcref) (result funcref) (local.get 0))
//   (func (export "none"))
//   (func (export "three") (result i32 i64 f64) (i32.const -1) (i64.const -2) (f64.const 0.5))
//   (func (export "f32bits") (param i32) (result f32) (f32.reinterpret_i32 (local.get 0)))
//   (func (export "sum") (param i32 i32 i32) (result i32) (i32.add (i32.add (local.get 0) (local.get 1)) (local.get 2)))
//   (export "show" (func $show))
//   (export "wasmAdd" (func $wasmAdd))
// )
const funcsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 73, 13, 96, 6, 127, 126, 125, 124, 111, 112, 1, 127, 96, 0, 2,
  127, 126, 96, 2, 127, 127, 1, 127, 96, 1, 127, 1, 127, 96, 1, 126, 1, 126, 96, 1, 125, 1, 125,
  96, 1, 124, 1, 124, 96, 1, 111, 1, 111, 96, 1, 112, 1, 112, 96, 0, 0, 96, 0, 3, 127, 126, 124,
  96, 1, 127, 1, 125, 96, 3, 127, 127, 127, 1, 127, 2, 34, 3, 2, 106, 115, 4, 115, 104, 111, 119,
  0, 0, 2, 106, 115, 4, 112, 97, 105, 114, 0, 1, 2, 106, 115, 7, 119, 97, 115, 109, 65, 100, 100,
  0, 2, 3, 14, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 7, 132, 1, 15, 8, 99, 97, 108, 108,
  83, 104, 111, 119, 0, 3, 8, 99, 97, 108, 108, 80, 97, 105, 114, 0, 4, 12, 97, 100, 100, 86,
  105, 97, 73, 109, 112, 111, 114, 116, 0, 5, 3, 105, 51, 50, 0, 6, 3, 105, 54, 52, 0, 7, 3, 102,
  51, 50, 0, 8, 3, 102, 54, 52, 0, 9, 9, 101, 120, 116, 101, 114, 110, 114, 101, 102, 0, 10, 7,
  102, 117, 110, 99, 114, 101, 102, 0, 11, 4, 110, 111, 110, 101, 0, 12, 5, 116, 104, 114, 101,
  101, 0, 13, 7, 102, 51, 50, 98, 105, 116, 115, 0, 14, 3, 115, 117, 109, 0, 15, 4, 115, 104,
  111, 119, 0, 0, 7, 119, 97, 115, 109, 65, 100, 100, 0, 2, 10, 98, 13, 16, 0, 32, 0, 32, 1, 32,
  2, 32, 3, 32, 4, 32, 5, 16, 0, 11, 4, 0, 16, 1, 11, 8, 0, 32, 0, 32, 1, 16, 2, 11, 4, 0, 32, 0,
  11, 4, 0, 32, 0, 11, 4, 0, 32, 0, 11, 4, 0, 32, 0, 11, 4, 0, 32, 0, 11, 4, 0, 32, 0, 11, 2, 0,
  11, 15, 0, 65, 127, 66, 126, 68, 0, 0, 0, 0, 0, 0, 224, 63, 11, 5, 0, 32, 0, 190, 11, 10, 0,
  32, 0, 32, 1, 106, 32, 2, 106, 11
]);
// (module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
const adderBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100,
  100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11
]);

const {exports: {add}} = new WebAssembly.Instance(new WebAssembly.Module(adderBytes));
const seen = [];
const jsShow = (...args) => { seen.push(args.map(show).join(', ')); return 12.7; };
const imports = {js: {show: jsShow, pair: () => [1, 2n], wasmAdd: add}};
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(funcsBytes), imports);

// Exported Functions: built-in functions named after the function index, length = parameter
// count, not constructors, one object per function.
for (const name of ['callShow', 'i32', 'none', 'three', 'sum', 'show', 'wasmAdd']) {
  const f = e[name];
  log(`${name}: typeof ${typeof f}, name ${show(f.name)}, length ${f.length}, own keys ${Reflect.ownKeys(f).join('/')},`,
      // Type reflection: every Exported Function is a WebAssembly.Function.
      `prototype ${Object.getPrototypeOf(f) === WebAssembly.Function.prototype ? 'WebAssembly.Function.prototype' : 'other'}`);
}
log('name descriptor:', JSON.stringify(Object.getOwnPropertyDescriptor(e.i32, 'name')));
log('length descriptor:', JSON.stringify(Object.getOwnPropertyDescriptor(e.i32, 'length')));
attempt('new e.i32(1)', () => new e.i32(1));
log('called with a receiver:', e.i32.call({}, 5), '; through apply:', e.sum.apply(null, [1, 2, 3]));
log('the export of a JS import is a new function, of a wasm import the same:', e.show !== jsShow, e.wasmAdd === add);
log('e.show.name is its index among the imported functions:', show(e.show.name), '; e.wasmAdd.name its index in its module:', show(e.wasmAdd.name));
log('wasm calls the imported wasm function directly:', e.addViaImport(2, 3));

// Arguments: ToWebAssemblyValue per parameter; missing ones are undefined; extra ones ignored.
log('i32:', [1.9, -1.9, 2 ** 31, 2 ** 32 + 1, '7', true, null, undefined, NaN, -0, {valueOf() { return 3; }}].map(x => e.i32(x)));
attempt('i32(1n)', () => e.i32(1n));
attempt('i32(Symbol())', () => e.i32(Symbol()));
log('i64:', [0n, -1n, 2n ** 63n, 2n ** 64n + 3n, true, false, '10', '-16', '0x10', ' 7 '].map(x => e.i64(x)));
attempt('i64(1)', () => e.i64(1));
attempt('i64()', () => e.i64());
attempt('i64(null)', () => e.i64(null));
attempt('i64("1.5")', () => e.i64('1.5'));
log('f32:', [0.1, 1e40, -1e40, 1.5, -0, 3.4028235677973366e38, 2 ** -149, 2 ** -150].map(x => e.f32(x)));
log('f32 ties to even: 1 + 2^-24 ->', e.f32(1 + 2 ** -24) === 1, '; 1 + 3 * 2^-24 ->', e.f32(1 + 3 * 2 ** -24) === 1 + 2 ** -22);
log('f32 NaN:', e.f32(NaN), '; a NaN payload from wasm', e.f32bits(0x7fa00000));
log('f64:', [0.1, -0, Infinity, '2.5', undefined, null].map(x => e.f64(x)));
attempt('f64(1n)', () => e.f64(1n));
const object = {};
log('externref:', e.externref(object) === object, e.externref(null), e.externref(undefined), e.externref(-0), e.externref('s'));
log('funcref:', e.funcref(add) === add, e.funcref(null));
attempt('funcref(undefined)', () => e.funcref(undefined));
attempt('funcref(a JS function)', () => e.funcref(() => 1));
attempt('funcref({})', () => e.funcref({}));
log('missing arguments:', e.sum(1), e.sum(), '; extra arguments:', e.sum(1, 2, 3, 4, 5));
const conversions = [];
const tracked = (label, value) => ({valueOf() { conversions.push(label); return value; }});
e.sum(tracked('a', 1), tracked('b', 2), tracked('c', 3), tracked('extra', 4));
log('arguments converted in order, extra ones not at all:', conversions.join(' '));
attempt('a throwing conversion stops the call', () => e.sum(1, {valueOf() { throw new EvalError('no'); }}, 3));

// Results: none -> undefined, one -> the value, several -> a new Array.
log('none():', e.none(), '; three():', e.three(), Array.isArray(e.three()), e.three() !== e.three());

// Host functions: arguments converted to JS, the result converted back.
log('callShow:', e.callShow(1, 2n, 0.5, 0.25, object, add), '(12.7 truncated); JS saw:', seen.pop());
log('callShow with nulls:', e.callShow(-1, -1n, NaN, -0, null, null), '; JS saw:', seen.pop());
log('the imported JS function called from JS through its export:', e.show(3, 4n, 5, 6, 'x', null), '; JS saw:', seen.pop());
log('callPair:', e.callPair());
const results = [
  ['an array', () => [7, 8n]],
  ['a generator', function* () { yield 9; yield 10n; }],
  ['a Set', () => new Set([11, 12n])],
  ['a string', () => '12'],
  ['too few values', () => [1]],
  ['too many values', () => [1, 2n, 3]],
  ['a number', () => 5],
  ['undefined', () => undefined],
  ['a BigInt where i32 is expected', () => [1n, 2n]],
  ['a Number where i64 is expected', () => [1, 2]],
  ['an iterator that throws', () => ({[Symbol.iterator]() { return {next() { throw new URIError('next'); }}; }})],
  ['a non-callable @@iterator', () => ({[Symbol.iterator]: 1})],
];
for (const [label, pair] of results) {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(funcsBytes), {js: {...imports.js, pair}});
  attempt(`pair returns ${label}`, () => instance.exports.callPair());
}
const i64result = new WebAssembly.Instance(new WebAssembly.Module(funcsBytes), {js: {...imports.js, show: () => 1n}});
attempt('a host function returning a BigInt for i32', () => i64result.exports.callShow(0, 0n, 0, 0, null, null));
const thisValues = [];
const withThis = new WebAssembly.Instance(new WebAssembly.Module(funcsBytes),
  {js: {...imports.js, show: function () { 'use strict'; thisValues.push(this); return 0; }}});
withThis.exports.callShow(0, 0n, 0, 0, null, null);
log('a host function is called with this = undefined:', thisValues[0]);
