// JS String Builtins (https://github.com/WebAssembly/js-string-builtins): compile options
// `builtins: ["js-string"]` and `importedStringConstants`, string constants and eleven of the
// thirteen builtins (fromCharCodeArray and intoCharCodeArray, over GC arrays of i16, are covered
// by the js-api js-string/basic.any.js suite in test/jsapi). Expected output written from the
// proposal's text and its polyfill (node 20 has no string builtins).
load('harness.js');

// (module
//   (import "wasm:js-string" "test" (func $test (param externref) (result i32)))
//   (import "wasm:js-string" "length" (func $length (param externref) (result i32)))
//   (import "wasm:js-string" "charCodeAt" (func $charCodeAt (param externref i32) (result i32)))
//   (import "wasm:js-string" "codePointAt" (func $codePointAt (param externref i32) (result i32)))
//   (import "wasm:js-string" "equals" (func $equals (param externref externref) (result i32)))
//   (import "wasm:js-string" "compare" (func $compare (param externref externref) (result i32)))
//   (import "'" "hello, wörld 😀" (global $hello externref))
//   (import "js" "offset" (global $offset i32))
//   ;; an export calling each builtin, named after it, with the same type
//   (func (export "helloLength") (result i32)
//     (i32.add (global.get $offset) (call $length (global.get $hello))))
//   (global (export "hello") externref (global.get $hello)))
const jssBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 22, 4, 96, 1, 111, 1, 127, 96, 2, 111, 127, 1, 127, 96, 2,
  111, 111, 1, 127, 96, 0, 1, 127, 2, 190, 1, 8, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115,
  116, 114, 105, 110, 103, 4, 116, 101, 115, 116, 0, 0, 14, 119, 97, 115, 109, 58, 106, 115, 45,
  115, 116, 114, 105, 110, 103, 6, 108, 101, 110, 103, 116, 104, 0, 0, 14, 119, 97, 115, 109,
  58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 10, 99, 104, 97, 114, 67, 111, 100, 101, 65,
  116, 0, 1, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 11, 99, 111,
  100, 101, 80, 111, 105, 110, 116, 65, 116, 0, 1, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115,
  116, 114, 105, 110, 103, 6, 101, 113, 117, 97, 108, 115, 0, 2, 14, 119, 97, 115, 109, 58, 106,
  115, 45, 115, 116, 114, 105, 110, 103, 7, 99, 111, 109, 112, 97, 114, 101, 0, 2, 1, 39, 18,
  104, 101, 108, 108, 111, 44, 32, 119, 195, 182, 114, 108, 100, 32, 240, 159, 152, 128, 3, 111,
  0, 2, 106, 115, 6, 111, 102, 102, 115, 101, 116, 3, 127, 0, 3, 8, 7, 0, 0, 1, 1, 2, 2, 3, 6,
  6, 1, 111, 0, 35, 0, 11, 7, 85, 8, 4, 116, 101, 115, 116, 0, 6, 6, 108, 101, 110, 103, 116,
  104, 0, 7, 10, 99, 104, 97, 114, 67, 111, 100, 101, 65, 116, 0, 8, 11, 99, 111, 100, 101, 80,
  111, 105, 110, 116, 65, 116, 0, 9, 6, 101, 113, 117, 97, 108, 115, 0, 10, 7, 99, 111, 109,
  112, 97, 114, 101, 0, 11, 11, 104, 101, 108, 108, 111, 76, 101, 110, 103, 116, 104, 0, 12, 5,
  104, 101, 108, 108, 111, 3, 2, 10, 61, 7, 6, 0, 32, 0, 16, 0, 11, 6, 0, 32, 0, 16, 1, 11, 8,
  0, 32, 0, 32, 1, 16, 2, 11, 8, 0, 32, 0, 32, 1, 16, 3, 11, 8, 0, 32, 0, 32, 1, 16, 4, 11, 8,
  0, 32, 0, 32, 1, 16, 5, 11, 9, 0, 35, 1, 35, 0, 16, 1, 106, 11
]);
// (module (import "wasm:js-string" "cast" (func (param externref) (result externref))))
const castBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 111, 1, 111, 2, 23, 1, 14, 119, 97, 115, 109, 58,
  106, 115, 45, 115, 116, 114, 105, 110, 103, 4, 99, 97, 115, 116, 0, 0
]);
// (module (import "wasm:js-string" "length" (func (param i32) (result i32))))
const badLengthBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 25, 1, 14, 119, 97, 115, 109, 58,
  106, 115, 45, 115, 116, 114, 105, 110, 103, 6, 108, 101, 110, 103, 116, 104, 0, 0
]);
// (module (import "'" "x" (global (mut externref))))
const mutableConstantBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 2, 8, 1, 1, 39, 1, 120, 3, 111, 1
]);
// (module (import "wasm:js-string" "toUpperCase" (func (param externref) (result externref))))
const unknownBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 111, 1, 111, 2, 30, 1, 14, 119, 97, 115, 109, 58,
  106, 115, 45, 115, 116, 114, 105, 110, 103, 11, 116, 111, 85, 112, 112, 101, 114, 67, 97, 115,
  101, 0, 0
]);
// Written by hand (wabt 1.0.32 cannot write (ref extern)):
// (module
//   (import "wasm:js-string" "cast" (func $cast (param externref) (result (ref extern))))
//   (import "wasm:js-string" "fromCharCode" (func (param i32) (result (ref extern))))
//   (import "wasm:js-string" "fromCodePoint" (func (param i32) (result (ref extern))))
//   (import "wasm:js-string" "concat" (func (param externref externref) (result (ref extern))))
//   (import "wasm:js-string" "substring" (func (param externref i32 i32) (result (ref extern))))
//   (import "strings" "non-null" (global $constant (ref extern)))
//   ;; exports calling each, named after it, with externref results; and
//   (func (export "constant") (result externref) (global.get $constant)))
const refExternBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 55, 9, 96, 1, 111, 1, 100, 111, 96, 1, 127, 1, 100, 111, 96,
  2, 111, 111, 1, 100, 111, 96, 3, 111, 127, 127, 1, 100, 111, 96, 1, 111, 1, 111, 96, 1, 127,
  1, 111, 96, 2, 111, 111, 1, 111, 96, 3, 111, 127, 127, 1, 111, 96, 0, 1, 111, 2, 156, 1, 6,
  14, 119, 97, 115, 109, 58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 4, 99, 97, 115, 116, 0,
  0, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 12, 102, 114, 111,
  109, 67, 104, 97, 114, 67, 111, 100, 101, 0, 1, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115,
  116, 114, 105, 110, 103, 13, 102, 114, 111, 109, 67, 111, 100, 101, 80, 111, 105, 110, 116, 0,
  1, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 6, 99, 111, 110, 99,
  97, 116, 0, 2, 14, 119, 97, 115, 109, 58, 106, 115, 45, 115, 116, 114, 105, 110, 103, 9, 115,
  117, 98, 115, 116, 114, 105, 110, 103, 0, 3, 7, 115, 116, 114, 105, 110, 103, 115, 8, 110,
  111, 110, 45, 110, 117, 108, 108, 3, 100, 111, 0, 3, 7, 6, 4, 5, 5, 6, 7, 8, 7, 71, 6, 4, 99,
  97, 115, 116, 0, 5, 12, 102, 114, 111, 109, 67, 104, 97, 114, 67, 111, 100, 101, 0, 6, 13,
  102, 114, 111, 109, 67, 111, 100, 101, 80, 111, 105, 110, 116, 0, 7, 6, 99, 111, 110, 99, 97,
  116, 0, 8, 9, 115, 117, 98, 115, 116, 114, 105, 110, 103, 0, 9, 8, 99, 111, 110, 115, 116, 97,
  110, 116, 0, 10, 10, 47, 6, 6, 0, 32, 0, 16, 0, 11, 6, 0, 32, 0, 16, 1, 11, 6, 0, 32, 0, 16,
  2, 11, 8, 0, 32, 0, 32, 1, 16, 3, 11, 10, 0, 32, 0, 32, 1, 32, 2, 16, 4, 11, 4, 0, 35, 0, 11
]);

const options = {builtins: ['js-string'], importedStringConstants: "'"};
const errorText = x => (x instanceof Error ? `${x.constructor.name}: ${x.message}` : show(x));
const describeImports = m => WebAssembly.Module.imports(m).map(i => `${i.module}.${i.name}`).join(', ');

const module = new WebAssembly.Module(jssBytes, options);
log('imports with the options:', describeImports(module));
log('imports without:', describeImports(new WebAssembly.Module(jssBytes)));
const e = new WebAssembly.Instance(module, {js: {offset: 1000}}).exports;
log('hello constant:', e.hello.value, '; helloLength() =', e.helloLength());

const calls = [
  ['test', 'x'], ['test', 5], ['test', null], ['test', undefined],
  ['length', 'héllo'], ['length', ''], ['length', 5], ['length', null],
  ['charCodeAt', 'abc', 1], ['charCodeAt', 'abc', 3], ['charCodeAt', 'abc', -1],
  ['charCodeAt', {}, 0],
  ['codePointAt', '😀!', 0], ['codePointAt', '😀!', 1], ['codePointAt', '😀!', 2],
  ['codePointAt', '\uD83D', 0], ['codePointAt', '😀', 2],
  ['equals', 'a', 'a'], ['equals', 'a', 'b'], ['equals', null, null], ['equals', 'a', null],
  ['equals', 1, 'a'], ['equals', 'a', undefined],
  ['compare', 'a', 'b'], ['compare', 'b', 'a'], ['compare', 'a', 'a'], ['compare', 'a', 'ab'],
  ['compare', '\uFFFF', '😀'], ['compare', 'a', null],
];
for (const [name, ...args] of calls) attempt(`${name}(${args.map(show).join(', ')})`, () => e[name](...args));

// Unknown builtins are ordinary imports; without the options every import is ordinary.
log('unknown builtin imported:', describeImports(new WebAssembly.Module(unknownBytes, options)));
const polyfilled = new WebAssembly.Instance(new WebAssembly.Module(jssBytes), {
  'wasm:js-string': {test: () => 7, length: s => s.length * 2, charCodeAt() {}, codePointAt() {},
                     equals() {}, compare() {}},
  "'": {'hello, wörld 😀': 'from the import object'},
  js: {offset: 0},
}).exports;
log('without the options:', polyfilled.test('x'), polyfilled.helloLength());

// Compile errors: builtins of types linea cannot express, wrong types, mutable constants.
for (const [label, bytes] of [['cast', castBytes], ['length of a wrong type', badLengthBytes],
                              ['a mutable string constant', mutableConstantBytes]]) {
  log(label + ': validate', WebAssembly.validate(bytes, options), 'without options',
      WebAssembly.validate(bytes));
  attempt('  new Module', () => new WebAssembly.Module(bytes, options));
}
attempt('builtins not a sequence', () => new WebAssembly.Module(jssBytes, {builtins: 'js-string'}));
attempt('options not an object', () => new WebAssembly.Module(jssBytes, 5));
log('unknown builtin set ignored:', WebAssembly.Module.imports(new WebAssembly.Module(jssBytes, {builtins: ['no-such-set']})).length, 'imports');

// The builtins returning (ref extern), and a (ref extern) string constant.
const r = new WebAssembly.Instance(new WebAssembly.Module(refExternBytes, {
  builtins: ['js-string'], importedStringConstants: 'strings'})).exports;
const refCalls = [
  ['cast', 'x'], ['cast', null], ['cast', 5],
  ['fromCharCode', 0x41], ['fromCharCode', 0x10041], ['fromCharCode', -1],
  ['fromCodePoint', 0x1F600], ['fromCodePoint', 0x110000], ['fromCodePoint', -1],
  ['concat', 'ab', 'cd'], ['concat', 'ab', null],
  ['substring', 'hello', 1, 3], ['substring', 'hello', 3, 99], ['substring', 'hello', 4, 2],
  ['substring', 'hello', 6, 9], ['substring', 'hello', -1, 2], ['substring', 5, 0, 1],
];
for (const [name, ...args] of refCalls) attempt(`${name}(${args.map(show).join(', ')})`, () => r[name](...args));
log('(ref extern) constant:', r.constant());

// The asynchronous operations take the options too.
(async () => {
  const compiled = await WebAssembly.compile(jssBytes, options);
  log('compile:', describeImports(compiled));
  const {instance} = await WebAssembly.instantiate(jssBytes, {js: {offset: 1}}, options);
  log('instantiate:', instance.exports.helloLength());
  const response = () => new Response(jssBytes, {headers: {'Content-Type': 'application/wasm'}});
  log('compileStreaming:', describeImports(await WebAssembly.compileStreaming(response(), options)));
  const streamed = await WebAssembly.instantiateStreaming(response(), {js: {offset: 2}}, options);
  log('instantiateStreaming:', streamed.instance.exports.helloLength());
  log('compile(cast):', errorText(await WebAssembly.compile(castBytes, options).catch(x => x)));
})();
