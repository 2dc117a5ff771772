// WebAssembly.Module: the constructor (any BufferSource, bytes copied), Module.imports,
// Module.exports and Module.customSections.
load('harness.js');

// (module
//   (import "a" "f" (func))
//   (import "a" "t" (table 1 funcref))
//   (import "b" "m" (memory 1))
//   (import "b" "g" (global i32))
//   (import "" "" (func (param i64)))
//   (import "ünï" "çødé" (global (mut f64)))
//   (func $own)
//   (export "fn" (func $own))
//   (export "table" (table 0))
//   (export "memory" (memory 0))
//   (export "global" (global 0))
//   (export "" (func 0))
//   (export "é" (func 1))
// )
const kindsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 0, 0, 96, 1, 126, 0, 2, 50, 6, 1, 97, 1, 102, 0, 0,
  1, 97, 1, 116, 1, 112, 0, 1, 1, 98, 1, 109, 2, 0, 1, 1, 98, 1, 103, 3, 127, 0, 0, 0, 0, 1, 5,
  195, 188, 110, 195, 175, 7, 195, 167, 195, 184, 100, 195, 169, 3, 124, 1, 3, 2, 1, 0, 7, 40, 6,
  2, 102, 110, 0, 2, 5, 116, 97, 98, 108, 101, 1, 0, 6, 109, 101, 109, 111, 114, 121, 2, 0, 6,
  103, 108, 111, 98, 97, 108, 3, 0, 0, 0, 0, 2, 195, 169, 0, 1, 10, 4, 1, 2, 0, 11, 0, 22, 4,
  110, 97, 109, 101, 1, 6, 1, 2, 3, 111, 119, 110, 2, 7, 3, 0, 0, 1, 0, 2, 0
]);
// Hand-assembled (no WAT for custom sections): sections custom "a" [1, 2, 3], type, custom
// "ünï" "utf8", function, custom "a" [], code, custom "" [255].
const customBytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 0, 5, 1, 97, 1, 2, 3, 1, 4, 1, 96, 0, 0, 0, 10, 5, 195, 188, 110, 195, 175, 117, 116, 102, 56, 3, 2, 1, 0, 0, 2, 1, 97, 10, 4, 1, 2, 0, 11, 0, 2, 0, 255]);

const module = new WebAssembly.Module(kindsBytes);
log('Module:', module, '; prototype', Object.getPrototypeOf(module) === WebAssembly.Module.prototype,
    '; own keys', Reflect.ownKeys(module).length);

// Module.imports and Module.exports: arrays of plain objects, members in WebIDL dictionary
// (lexicographic) order.
const imports = WebAssembly.Module.imports(module);
log('imports is an Array:', Array.isArray(imports), imports.length);
for (const i of imports) log(' ', Object.keys(i).join(','), '=', Object.values(i).map(show).join(' '),
                           '; plain object', Object.getPrototypeOf(i) === Object.prototype);
const exports = WebAssembly.Module.exports(module);
log('exports is an Array:', Array.isArray(exports), exports.length);
for (const e of exports) log(' ', Object.keys(e).join(','), '=', Object.values(e).map(show).join(' '));
log('a fresh array each time:', WebAssembly.Module.imports(module) !== imports);
log('descriptor of a member:', describe(imports[0], 'kind'));

// Module.customSections(module, name): copies of the contents after the name, in binary order.
const custom = new WebAssembly.Module(customBytes);
function sections(name) {
  const list = WebAssembly.Module.customSections(custom, name);
  return `${list.length} [${list.map(b => `${Object.prototype.toString.call(b)}(${Array.from(new Uint8Array(b))})`).join(', ')}]`;
}
log('customSections "a":', sections('a'));
log('customSections "ünï":', sections('ünï'), '=', String.fromCharCode(...new Uint8Array(WebAssembly.Module.customSections(custom, 'ünï')[0])));
log('customSections "":', sections(''));
log('customSections "b":', sections('b'));
log('customSections "A" (case matters):', sections('A'));
log('customSections "un\\u0308i\\u0308" (no normalization):', sections('un\u0308i\u0308'));
log('name converted with ToString:', WebAssembly.Module.customSections(custom, {toString() { return 'a'; }}).length);
attempt('name is a Symbol', () => WebAssembly.Module.customSections(custom, Symbol()));
const first = WebAssembly.Module.customSections(custom, 'a')[0];
new Uint8Array(first)[0] = 99;
log('copies: changing one does not change the next:', new Uint8Array(WebAssembly.Module.customSections(custom, 'a')[0])[0]);
log('name section reported as well:', WebAssembly.Module.customSections(new WebAssembly.Module(kindsBytes), 'name').length);

// The constructor accepts any BufferSource and copies the bytes.
const bytes = kindsBytes.slice();
const fromBuffer = new WebAssembly.Module(bytes.buffer);
const fromView = new WebAssembly.Module(new DataView(bytes.buffer));
const fromOffset = (() => {
  const padded = new Uint8Array(bytes.length + 3);
  padded.set(bytes, 3);
  return new WebAssembly.Module(new Uint8Array(padded.buffer, 3, bytes.length));
})();
bytes.fill(0);
log('from ArrayBuffer / DataView / offset view, after the source was zeroed:',
    [fromBuffer, fromView, fromOffset].map(m => WebAssembly.Module.exports(m).length).join(' '));
attempt('Module(Float64Array of a module)', () => WebAssembly.Module.exports(new WebAssembly.Module(new Float64Array(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]).buffer))).length);
attempt('Module(zeroed bytes)', () => new WebAssembly.Module(bytes));
attempt('Module(empty)', () => new WebAssembly.Module(new ArrayBuffer(0)));
attempt('Module(array)', () => new WebAssembly.Module([0, 97, 115, 109, 1, 0, 0, 0]));
// Accepted (AllowSharedBufferSource), but eight zero bytes are not a module.
attempt('Module(SharedArrayBuffer)', () => new WebAssembly.Module(new SharedArrayBuffer(8)));
attempt('Module(null)', () => new WebAssembly.Module(null));
// A memory's buffer is a BufferSource like any other.
const memory = new WebAssembly.Memory({initial: 1});
new Uint8Array(memory.buffer).set(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
attempt('Module(memory.buffer) (a module followed by zeros)', () => new WebAssembly.Module(memory.buffer));
attempt('Module(first 8 bytes of memory.buffer)', () => new WebAssembly.Module(new Uint8Array(memory.buffer, 0, 8)) instanceof WebAssembly.Module);
memory.grow(0);  // detaches the old buffer

attempt('Module(a detached buffer is empty)', () => {
  const buffer = memory.buffer;
  memory.grow(0);
  return new WebAssembly.Module(buffer);
});
