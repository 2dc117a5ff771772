// JS type reflection (https://github.com/WebAssembly/js-types): type() of Memory, Table,
// Global, Tag and Exported Functions, `type` in Module.imports/exports, WebAssembly.Function.
// Expected output written from the proposal's text (node 20 has none of it).
load('harness.js');

const json = v => JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x));

// (module
//   (import "env" "f" (func $f (param i32 f64) (result i64)))
//   (import "env" "mem" (memory 1 2))
//   (import "env" "tab" (table 3 externref))
//   (import "env" "g" (global (mut f32)))
//   (import "env" "t" (tag (param i32)))
//   (type $ii (func (param i32) (result i32)))
//   (table $funcs (export "funcs") 2 10 funcref)
//   (memory (export "memory") 2)
//   (global (export "answer") i64 (i64.const 42))
//   (tag (export "oops") (param f64 externref))
//   (func (export "callIndirect") (param i32 i32) (result i32)
//     (call_indirect $funcs (type $ii) (local.get 1) (local.get 0)))
//   (func (export "fn") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
const trBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 27, 5, 96, 1, 127, 1, 127, 96, 2, 127, 124, 1, 126, 96, 1,
  127, 0, 96, 2, 124, 111, 0, 96, 2, 127, 127, 1, 127, 2, 51, 5, 3, 101, 110, 118, 1, 102, 0, 1,
  3, 101, 110, 118, 3, 109, 101, 109, 2, 1, 1, 2, 3, 101, 110, 118, 3, 116, 97, 98, 1, 111, 0,
  3, 3, 101, 110, 118, 1, 103, 3, 125, 1, 3, 101, 110, 118, 1, 116, 4, 0, 2, 3, 3, 2, 4, 4, 4,
  5, 1, 112, 1, 2, 10, 5, 3, 1, 0, 2, 13, 3, 1, 0, 3, 6, 6, 1, 126, 0, 66, 42, 11, 7, 54, 6, 5,
  102, 117, 110, 99, 115, 1, 1, 6, 109, 101, 109, 111, 114, 121, 2, 1, 6, 97, 110, 115, 119,
  101, 114, 3, 1, 4, 111, 111, 112, 115, 4, 1, 12, 99, 97, 108, 108, 73, 110, 100, 105, 114,
  101, 99, 116, 0, 1, 2, 102, 110, 0, 2, 10, 19, 2, 9, 0, 32, 1, 32, 0, 17, 0, 1, 11, 7, 0, 32,
  0, 32, 1, 106, 11
]);
// (module (import "m" "double" (func $d (param i32) (result i32)))
//   (func (export "run") (param i32) (result i32) (call $d (local.get 0))))
const importBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 12, 1, 1, 109, 6, 100, 111, 117,
  98, 108, 101, 0, 0, 3, 2, 1, 0, 7, 7, 1, 3, 114, 117, 110, 0, 1, 10, 8, 1, 6, 0, 32, 0, 16, 0,
  11
]);

const module = new WebAssembly.Module(trBytes);
for (const d of WebAssembly.Module.imports(module)) log('import', json(d));
for (const d of WebAssembly.Module.exports(module)) log('export', json(d));

const memory = new WebAssembly.Memory({initial: 1, maximum: 2});
log('memory', json(memory.type()));
memory.grow(1);
log('memory after grow', json(memory.type()));
log('memory64', json(new WebAssembly.Memory({initial: 1n, address: 'i64'}).type()));
const table = new WebAssembly.Table({element: 'externref', initial: 3});
log('table', json(table.type()));
const global = new WebAssembly.Global({value: 'f32', mutable: true}, 1.5);
log('global', json(global.type()));
const tag = new WebAssembly.Tag({parameters: ['i32']});
log('tag', json(tag.type()));

// The mock import object of the proposal's example, built from the import types.
function mockImports(mod) {
  const mock = {};
  for (const i of WebAssembly.Module.imports(mod)) {
    let value;
    switch (i.kind) {
      case 'table': value = new WebAssembly.Table(i.type); break;
      case 'memory': value = new WebAssembly.Memory(i.type); break;
      case 'global': value = new WebAssembly.Global(i.type, 0); break;
      case 'tag': value = new WebAssembly.Tag(i.type); break;
      case 'function': value = new WebAssembly.Function(i.type, () => 7n); break;
    }
    (mock[i.module] ??= {})[i.name] = value;
  }
  return mock;
}
const instance = new WebAssembly.Instance(module, mockImports(module));
const e = instance.exports;
log('fn.type()', json(e.fn.type()));
log('fn instanceof WebAssembly.Function', e.fn instanceof WebAssembly.Function);
log('fn instanceof Function', e.fn instanceof Function);
log('memory.type()', json(e.memory.type()));
log('funcs.type()', json(e.funcs.type()));
log('answer.type()', json(e.answer.type()));
log('oops.type()', json(e.oops.type()));

// The class.
log('WebAssembly.Function', describe(WebAssembly, 'Function'));
log('name/length', WebAssembly.Function.name, WebAssembly.Function.length);
log('[[Prototype]] is Function', Object.getPrototypeOf(WebAssembly.Function) === Function);
log('prototype\'s [[Prototype]] is Function.prototype',
    Object.getPrototypeOf(WebAssembly.Function.prototype) === Function.prototype);
log('prototype.type', describe(WebAssembly.Function.prototype, 'type'));
attempt('WebAssembly.Function() without new', () => WebAssembly.Function({parameters: [], results: []}, () => 0));
attempt('missing results', () => new WebAssembly.Function({parameters: []}, () => 0));
attempt('bad value type', () => new WebAssembly.Function({parameters: ['i8'], results: []}, () => 0));
attempt('not callable', () => new WebAssembly.Function({parameters: [], results: []}, 5));
attempt('type() on a JS function', () => WebAssembly.Function.prototype.type.call(() => 0));

// A JS function as a WebAssembly.Function: callable from JS with wasm's conversions...
const add = new WebAssembly.Function({parameters: ['i32', 'i32'], results: ['i32']},
                                     function add(a, b) { return a + b; });
log('add', add, add.length, json(add.type()), add instanceof WebAssembly.Function);
log('add(2, 3.9)', add(2, 3.9));
log('add(2 ** 31, 2 ** 31)', add(2 ** 31, 2 ** 31));
// ...put in a table and called indirectly by wasm, with the type checked...
const twice = new WebAssembly.Function({parameters: ['i32'], results: ['i32']}, x => x * 2);
e.funcs.set(0, twice);
e.funcs.set(1, add);
log('call_indirect twice(21)', e.callIndirect(0, 21));
attempt('call_indirect add (wrong type)', () => e.callIndirect(1, 21));
log('funcs.get(0) === twice', e.funcs.get(0) === twice);
// ...and imported, with the import's type checked at instantiation.
const run = new WebAssembly.Instance(new WebAssembly.Module(importBytes), {m: {double: twice}});
log('imported twice: run(8)', run.exports.run(8));
attempt('imported add (wrong type)', () => new WebAssembly.Instance(new WebAssembly.Module(importBytes), {m: {double: add}}));
