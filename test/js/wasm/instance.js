// WebAssembly.Instance: the exports object, export identity, the start function, and reading
// the imports (TypeError / LinkError cases, read order).
load('harness.js');

// (module
//   (import "js" "fn" (func $fn (result i32)))
//   (import "js" "memory" (memory 1))
//   (import "js" "table" (table 1 funcref))
//   (import "js" "global" (global $g i32))
//   (func $own (result i32) (i32.const 7))
//   ;; The same function under two names, and the imports exported again.
//   (export "own" (func $own))
//   (export "ownAgain" (func $own))
//   (export "fn" (func $fn))
//   (export "memory" (memory 0))
//   (export "table" (table 0))
//   (export "global" (global $g))
//   (export "0" (func $own))
// )
const instBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 2, 48, 4, 2, 106, 115, 2, 102, 110, 0, 0,
  2, 106, 115, 6, 109, 101, 109, 111, 114, 121, 2, 0, 1, 2, 106, 115, 5, 116, 97, 98, 108, 101,
  1, 112, 0, 1, 2, 106, 115, 6, 103, 108, 111, 98, 97, 108, 3, 127, 0, 3, 2, 1, 0, 7, 53, 7, 3,
  111, 119, 110, 0, 1, 8, 111, 119, 110, 65, 103, 97, 105, 110, 0, 1, 2, 102, 110, 0, 0, 6, 109,
  101, 109, 111, 114, 121, 2, 0, 5, 116, 97, 98, 108, 101, 1, 0, 6, 103, 108, 111, 98, 97, 108,
  3, 0, 1, 48, 0, 1, 10, 6, 1, 4, 0, 65, 7, 11
]);
// (module
//   (import "js" "log" (func $log (param i32)))
//   (global $started (export "started") (mut i32) (i32.const 0))
//   (func $start (call $log (i32.const 1)) (global.set $started (i32.const 1)))
//   (start $start)
// )
const startBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 1, 127, 0, 96, 0, 0, 2, 10, 1, 2, 106, 115, 3, 108,
  111, 103, 0, 0, 3, 2, 1, 1, 6, 6, 1, 127, 1, 65, 0, 11, 7, 11, 1, 7, 115, 116, 97, 114, 116,
  101, 100, 3, 0, 8, 1, 1, 10, 12, 1, 10, 0, 65, 1, 16, 0, 65, 1, 36, 0, 11
]);
// (module
//   (import "js" "log" (func $log (param i32)))
//   (func $start (call $log (i32.const 2)) (unreachable))
//   (start $start)
// )
const startTrapBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 1, 127, 0, 96, 0, 0, 2, 10, 1, 2, 106, 115, 3, 108,
  111, 103, 0, 0, 3, 2, 1, 1, 8, 1, 1, 10, 9, 1, 7, 0, 65, 2, 16, 0, 0, 11
]);
// (module
//   (import "m" "f" (func (param i32)))
//   (import "m" "g" (global i32))
//   (import "m" "g64" (global i64))
//   (import "m" "gref" (global externref))
//   (import "m" "gfunc" (global funcref))
//   (import "n" "mem" (memory 1))
//   (import "n" "tab" (table 1 funcref))
// )
const needsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 127, 0, 2, 63, 7, 1, 109, 1, 102, 0, 0, 1, 109, 1,
  103, 3, 127, 0, 1, 109, 3, 103, 54, 52, 3, 126, 0, 1, 109, 4, 103, 114, 101, 102, 3, 111, 0, 1,
  109, 5, 103, 102, 117, 110, 99, 3, 112, 0, 1, 110, 3, 109, 101, 109, 2, 0, 1, 1, 110, 3, 116,
  97, 98, 1, 112, 0, 1
]);
// (module (func (export "f") (result i32) (i32.const 1)))
const retBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 6,
  1, 4, 0, 65, 1, 11
]);

// The exports object: null prototype, frozen, the same object every time; exports of the same
// function, memory, table or global are the same JS objects as what was imported.
const fn = () => 42;
const memory = new WebAssembly.Memory({initial: 1});
const table = new WebAssembly.Table({element: 'anyfunc', initial: 1});
const global = new WebAssembly.Global({value: 'i32'}, 5);
const instance = new WebAssembly.Instance(new WebAssembly.Module(instBytes), {js: {fn, memory, table, global}});
const e = instance.exports;
log('instance:', instance, '; own keys', Reflect.ownKeys(instance).length);
log('exports: same object each time', instance.exports === e, '; prototype', Object.getPrototypeOf(e),
    '; frozen', Object.isFrozen(e), '; extensible', Object.isExtensible(e));
log('keys:', Reflect.ownKeys(e).map(show).join(', '));
log('descriptor of "own":', describe(e, 'own'));
log('own === ownAgain:', e.own === e.ownAgain, '; "0" too:', e[0] === e.own, '; call', e.own());
log('re-exported JS function is a new Exported Function:', e.fn !== fn, typeof e.fn, e.fn.name, e.fn.length, e.fn());
log('re-exported memory, table, global are the imported objects:', e.memory === memory, e.table === table, e.global === global);
attempt('assigning to an export', () => { 'use strict'; e.own = 1; });
attempt('adding a property', () => { 'use strict'; e.extra = 1; });
attempt('deleting an export', () => { 'use strict'; delete e.own; });
const second = new WebAssembly.Instance(new WebAssembly.Module(instBytes), {js: {fn, memory, table, global}});
log('a second instance: different functions', second.exports.own !== e.own, '; same memory object', second.exports.memory === memory);
log('an imported Exported Function is re-exported as itself:',
    new WebAssembly.Instance(new WebAssembly.Module(instBytes), {js: {fn: e.own, memory, table, global}}).exports.fn === e.own);

// The start function runs during construction.
const logged = [];
const started = new WebAssembly.Instance(new WebAssembly.Module(startBytes), {js: {log: x => logged.push(x)}});
log('start function ran:', logged, '; started =', started.exports.started.value);
try {
  new WebAssembly.Instance(new WebAssembly.Module(startTrapBytes), {js: {log: x => logged.push(x)}});
} catch (err) {
  log('trap in start:', err.constructor.name, show(err.message), '; log', logged);
}
const thrown = new Error('from the start function');
try {
  new WebAssembly.Instance(new WebAssembly.Module(startBytes), {js: {log() { throw thrown; }}});
} catch (err) {
  log('JS exception in start passes through unchanged:', err === thrown);
}

// Reading the imports (JS API "read the imports"): TypeError for a missing import object or a
// module entry that is not an object, LinkError naming the import for a wrong value.
const needs = new WebAssembly.Module(needsBytes);
const {exports: {f: wasmFunction}} = new WebAssembly.Instance(new WebAssembly.Module(retBytes));
const good = () => ({
  m: {f() {}, g: 1, g64: 1n, gref: {}, gfunc: null},
  n: {mem: new WebAssembly.Memory({initial: 1}), tab: new WebAssembly.Table({element: 'anyfunc', initial: 1})},
});
function tryImports(label, importObject) {
  attempt(label, () => new WebAssembly.Instance(needs, importObject) instanceof WebAssembly.Instance);
}
tryImports('all good', good());
tryImports('no import object', undefined);
tryImports('import object null', null);
tryImports('import object 1', 1);
tryImports('module "m" missing', {n: good().n});
tryImports('module "m" is a string', {...good(), m: 'm'});
tryImports('module "m" is a function with the fields', {...good(), m: Object.assign(function () {}, good().m)});
const cases = [
  ['m', 'f', 1], ['m', 'f', {}], ['m', 'f', wasmFunction],
  ['m', 'g', 1n], ['m', 'g', '1'], ['m', 'g', undefined], ['m', 'g', new WebAssembly.Global({value: 'f32'})],
  ['m', 'g', new WebAssembly.Global({value: 'i32', mutable: true})], ['m', 'g', new WebAssembly.Global({value: 'i32'}, 9)],
  ['m', 'g64', 1], ['m', 'g64', new WebAssembly.Global({value: 'i64'})],
  ['m', 'gref', undefined], ['m', 'gref', 'anything'],
  ['m', 'gfunc', () => 1], ['m', 'gfunc', wasmFunction], ['m', 'gfunc', 0],
  ['n', 'mem', new ArrayBuffer(65536)], ['n', 'mem', new WebAssembly.Memory({initial: 0})],
  ['n', 'mem', new WebAssembly.Memory({initial: 1, maximum: 1, shared: true})],
  ['n', 'tab', []], ['n', 'tab', new WebAssembly.Table({element: 'externref', initial: 1})],
  ['n', 'tab', new WebAssembly.Table({element: 'anyfunc', initial: 0})],
];
for (const [module, field, value] of cases) {
  const importObject = good();
  importObject[module][field] = value;
  tryImports(`${module}.${field} = ${show(value)}`, importObject);
}
// Imports are read with [[Get]], in the module's order, each module entry once per import.
const reads = [];
const traced = (name, object) => new Proxy(object, {get(target, key) { reads.push(`${name}.${String(key)}`); return target[key]; }});
const g = good();
new WebAssembly.Instance(needs, traced('imports', {m: traced('m', g.m), n: traced('n', g.n)}));
log('reads:', reads.join(' '));
const failing = {m: {get f() { throw new RangeError('getter'); }}};
attempt('a throwing getter', () => new WebAssembly.Instance(needs, failing));
