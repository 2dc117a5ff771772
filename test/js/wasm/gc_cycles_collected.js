// Cycles between WebAssembly GC objects and JS are collected: a struct or array whose externref
// field holds a JS object that holds the struct's (or array's) JS value goes once nothing else
// holds it, as FinalizationRegistry observes; so do cycles through an anyref field holding a JS
// object (any.convert_extern), through a chain of GC objects, and through an instance's global.
// A GC object's JS value lives as long as the object (the JS API's cache of exported GC
// objects): one held only by wasm keeps its identity (a WeakRef to it still derefs), and what is
// reachable keeps working. V8 sees wrapper -> GC object -> fields -> JS objects through embedder
// tracing (bindings/heap_tracer.h).
//
// Expected output: node 20 (V8 11.3) runs only the pre-final GC encoding. This file's module in
// that encoding (ref 0x6b, ref null 0x6c, struct.new fb07, struct.get fb03, array.new fb1b,
// array.get fb13, extern.internalize fb70, extern.externalize fb71: the table `pre_final`
// below, selected by running under node) printed exactly the .out with
// `node --experimental-wasm-gc --expose-gc gc_cycles_collected.js`.
//
// (module
//   (type $s (struct (field (mut externref))))
//   (type $a (array (mut externref)))
//   (type $b (struct (field (mut anyref))))
//   (global $keep (mut anyref) (ref.null any))
//   (func (export "newS") (param externref) (result (ref $s)) (struct.new $s (local.get 0)))
//   (func (export "getS") (param (ref null $s)) (result externref) (struct.get $s 0 (local.get 0)))
//   (func (export "newA") (param externref) (result (ref $a))
//     (array.new $a (local.get 0) (i32.const 3)))
//   (func (export "getA") (param (ref null $a) i32) (result externref)
//     (array.get $a (local.get 0) (local.get 1)))
//   (func (export "newB") (param anyref) (result (ref $b)) (struct.new $b (local.get 0)))
//   (func (export "getB") (param (ref null $b)) (result anyref) (struct.get $b 0 (local.get 0)))
//   (func (export "newBoxed") (param externref) (result (ref $b))
//     (struct.new $b (any.convert_extern (local.get 0))))
//   (func (export "getBoxed") (param (ref null $b)) (result externref)
//     (extern.convert_any (struct.get $b 0 (local.get 0))))
//   (func (export "keep") (param anyref) (global.set $keep (local.get 0)))
//   (func (export "kept") (result anyref) (global.get $keep)))
const pre_final = typeof process === 'object';  // Node (see above); linea has no `process`.
const op = pre_final
  ? { ref: 0x6b, refNull: 0x6c, structNew: [0xfb, 0x07], structGet: [0xfb, 0x03],
      arrayNew: [0xfb, 0x1b], arrayGet: [0xfb, 0x13], anyConvertExtern: [0xfb, 0x70],
      externConvertAny: [0xfb, 0x71] }
  : { ref: 0x64, refNull: 0x63, structNew: [0xfb, 0x00], structGet: [0xfb, 0x02],
      arrayNew: [0xfb, 0x06], arrayGet: [0xfb, 0x0b], anyConvertExtern: [0xfb, 0x1a],
      externConvertAny: [0xfb, 0x1b] };
const leb = (n) => (n < 128 ? [n] : [(n & 127) | 128, ...leb(n >> 7)]);
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const name = (s) => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const body = (code) => [...leb(code.length + 1), 0, ...code];
const [externref, anyref, i32] = [0x6f, 0x6e, 0x7f];
const ref = (t) => [op.ref, t];
const refNull = (t) => [op.refNull, t];
const [S, A, B] = [0, 1, 2];
const functions = [
  // name, params, results, code
  ['newS', [externref], [ref(S)], [0x20, 0, ...op.structNew, S]],
  ['getS', [refNull(S)], [externref], [0x20, 0, ...op.structGet, S, 0]],
  ['newA', [externref], [ref(A)], [0x20, 0, 0x41, 3, ...op.arrayNew, A]],
  ['getA', [refNull(A), i32], [externref], [0x20, 0, 0x20, 1, ...op.arrayGet, A]],
  ['newB', [anyref], [ref(B)], [0x20, 0, ...op.structNew, B]],
  ['getB', [refNull(B)], [anyref], [0x20, 0, ...op.structGet, B, 0]],
  ['newBoxed', [externref], [ref(B)], [0x20, 0, ...op.anyConvertExtern, ...op.structNew, B]],
  ['getBoxed', [refNull(B)], [externref],
   [0x20, 0, ...op.structGet, B, 0, ...op.externConvertAny]],
  ['keep', [anyref], [], [0x20, 0, 0x24, 0]],
  ['kept', [], [anyref], [0x23, 0]],
];
const types = [
  [0x5f, 1, externref, 1], [0x5e, externref, 1], [0x5f, 1, anyref, 1],
  ...functions.map(([, params, results]) => [0x60, ...vec(params), ...vec(results)]),
];
const module = new WebAssembly.Module(new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec(types)),
  ...section(3, vec(functions.map((f, i) => [3 + i]))),
  ...section(6, vec([[anyref, 1, 0xd0, anyref, 0x0b]])),
  ...section(7, vec(functions.map(([n], i) => [...name(n), 0, i]))),
  ...section(10, vec(functions.map(([, , , code]) => body([...code, 0x0b])))),
]));

const collected = [];
const registry = new FinalizationRegistry((held) => collected.push(held));
const { exports } = new WebAssembly.Instance(module);

(() => {
  const object = {};
  object.struct = exports.newS(object);
  registry.register(object.struct, 'struct through an externref field');
  registry.register(object, 'object in that field');
})();
(() => {
  const object = {};
  object.array = exports.newA(object);
  registry.register(object.array, 'array through its elements');
})();
(() => {
  const object = {};
  object.struct = exports.newBoxed(object);
  registry.register(object.struct, 'struct through an anyref field (any.convert_extern)');
})();
(() => {
  // outer -> inner (wasm) -> object -> outer (JS); inner's JS value is dropped at once.
  const object = {};
  const outer = exports.newB(exports.newS(object));
  object.outer = outer;
  registry.register(outer, 'struct through a struct it holds');
})();
(() => {
  const instance = new WebAssembly.Instance(module);
  instance.exports.keep(instance.exports.newS({ instance }));
  registry.register(instance, 'instance through a struct in its global');
})();
(() => {
  const global = new WebAssembly.Global({ value: 'anyref', mutable: true });
  global.value = exports.newA({ global });
  registry.register(global, 'global through an array it holds');
})();

// Many cycles at once; every tenth struct is kept (from a global variable).
const many = [];
for (let i = 0; i < 2000; ++i) {
  const object = { i };
  object.struct = exports.newS(object);
  if (i % 10 === 0) many.push(object.struct);
  else registry.register(object.struct, 'many');
}

// Kept: reachable from a global variable, or only from wasm (exports.keep).
const keptObject = { name: 'kept object' };
const keptStruct = exports.newS(keptObject);
keptObject.struct = keptStruct;
registry.register(keptStruct, 'kept struct (must not be collected)');
const keptArray = exports.newA({ name: 'array element' });
let weak;
(() => {
  const heldByWasm = exports.newS({ name: 'held by wasm' });
  exports.keep(exports.newB(heldByWasm));
  weak = new WeakRef(heldByWasm);
  registry.register(heldByWasm, 'struct held only by wasm (must not be collected)');
})();

function report() {
  console.log('collected:', collected.filter((h) => h !== 'many').sort().join('; '));
  console.log('of many cycles:', collected.filter((h) => h === 'many').length, 'collected,',
              many.filter((s, k) => exports.getS(s).i === k * 10 && exports.getS(s).struct === s)
                  .length, 'kept intact');
  console.log('kept struct field:', exports.getS(keptStruct) === keptObject,
              exports.getS(keptStruct).struct === keptStruct);
  console.log('kept array element:', exports.getA(keptArray, 2).name);
  const held = exports.getB(exports.kept());
  console.log('held by wasm:', exports.getS(held).name, '; same JS value:', weak.deref() === held);
  const boxed = exports.newBoxed(keptObject);
  console.log('boxed identity:', exports.getBoxed(boxed) === keptObject,
              exports.getB(exports.newB(boxed)) === boxed);
}

gc();
setTimeout(() => {
  gc();
  setTimeout(() => {
    gc();
    setTimeout(report, 10);
  }, 10);
}, 10);
