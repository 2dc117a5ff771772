// WebAssembly.Table: funcref and externref tables, get/set/grow/length, the descriptor, and
// functions read from tables.
load('harness.js');

// (module
//   (func $add (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
//   (func $sub (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
//   (table $funcs (export "funcs") 3 10 funcref)
//   (table $refs (export "refs") 2 externref)
//   (elem (table $funcs) (i32.const 1) func $add $sub)
//   (type $binop (func (param i32 i32) (result i32)))
//   (func (export "call") (param i32 i32 i32) (result i32)
//     (call_indirect $funcs (type $binop) (local.get 1) (local.get 2) (local.get 0)))
//   (func (export "getRef") (param i32) (result externref) (table.get $refs (local.get 0)))
//   (func (export "setRef") (param i32 externref) (table.set $refs (local.get 0) (local.get 1)))
//   (func (export "growRefs") (param externref i32) (result i32) (table.grow $refs (local.get 0) (local.get 1)))
//   (func (export "size") (result i32) (table.size $funcs))
// )
const tableBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 34, 6, 96, 2, 127, 127, 1, 127, 96, 3, 127, 127, 127, 1, 127,
  96, 1, 127, 1, 111, 96, 2, 127, 111, 0, 96, 2, 111, 127, 1, 127, 96, 0, 1, 127, 3, 8, 7, 0, 0,
  1, 2, 3, 4, 5, 4, 8, 2, 112, 1, 3, 10, 111, 0, 2, 7, 65, 8, 3, 97, 100, 100, 0, 0, 5, 102, 117,
  110, 99, 115, 1, 0, 4, 114, 101, 102, 115, 1, 1, 4, 99, 97, 108, 108, 0, 2, 6, 103, 101, 116,
  82, 101, 102, 0, 3, 6, 115, 101, 116, 82, 101, 102, 0, 4, 8, 103, 114, 111, 119, 82, 101, 102,
  115, 0, 5, 4, 115, 105, 122, 101, 0, 6, 9, 8, 1, 0, 65, 1, 11, 2, 0, 1, 10, 61, 7, 7, 0, 32, 0,
  32, 1, 106, 11, 7, 0, 32, 0, 32, 1, 107, 11, 11, 0, 32, 1, 32, 2, 32, 0, 17, 0, 0, 11, 6, 0,
  32, 0, 37, 1, 11, 8, 0, 32, 0, 32, 1, 38, 1, 11, 9, 0, 32, 0, 32, 1, 252, 15, 1, 11, 5, 0, 252,
  16, 0, 11
]);
// (module
//   (import "js" "table" (table 1 funcref))
//   (import "js" "double" (func $double (param i32) (result i32)))
//   (elem (i32.const 0) $double)
// )
const tableImportBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 2, 26, 2, 2, 106, 115, 5, 116, 97,
  98, 108, 101, 1, 112, 0, 1, 2, 106, 115, 6, 100, 111, 117, 98, 108, 101, 0, 0, 9, 7, 1, 0, 65,
  0, 11, 1, 0
]);

const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(tableBytes));
const funcs = e.funcs;
log('exported table:', funcs, '; same object', funcs === e.funcs, '; length', funcs.length);

// funcref tables: null or Exported Functions; the same function object each time.
log('get(0):', funcs.get(0), '; get(1) is the export "add":', funcs.get(1) === e.add, '; get(2):', funcs.get(2),
    '; same object twice:', funcs.get(2) === funcs.get(2), '; call get(2)(7, 2) =', funcs.get(2)(7, 2));
attempt('get(3) (out of bounds)', () => funcs.get(3));
attempt('get(-1)', () => funcs.get(-1));
attempt('get(2 ** 32)', () => funcs.get(2 ** 32));
attempt('get("1")', () => funcs.get('1') === e.add);
attempt('set(0, add)', () => { funcs.set(0, e.add); return funcs.get(0) === e.add; });
log('wasm calls what JS stored: call(0, 2, 3) =', e.call(0, 2, 3));
attempt('set(0, a JS function)', () => funcs.set(0, (a, b) => a * b));
attempt('set(0, {})', () => funcs.set(0, {}));
attempt('set(0, "add")', () => funcs.set(0, 'add'));
attempt('set(3, null) (out of bounds)', () => funcs.set(3, null));
attempt('set(3, a JS function): the TypeError comes first', () => funcs.set(3, () => 1));
attempt('set(0, null)', () => { funcs.set(0, null); return funcs.get(0); });
attempt('call(0, 1, 1) on a null element', () => e.call(0, 1, 1));
funcs.set(0, e.add);
attempt('set(0) (value missing: null)', () => { funcs.set(0); return funcs.get(0); });
funcs.set(0, e.add);
attempt('set(0, undefined) (same as missing)', () => { funcs.set(0, undefined); return funcs.get(0); });

// grow(delta, value): the old length; RangeError past the maximum.
log('grow(2, add):', funcs.grow(2, e.add), '; length', funcs.length, '; new elements:', funcs.get(3) === e.add, funcs.get(4) === e.add,
    '; wasm table.size', e.size());
log('grow(0):', funcs.grow(0), '; length', funcs.length);
log('grow(1) fills with null:', funcs.grow(1), funcs.get(5));
attempt('grow(5) past the maximum of 10', () => funcs.grow(5));
log('length unchanged:', funcs.length);
attempt('grow(1, a JS function)', () => funcs.grow(1, () => 1));
attempt('grow(-1)', () => funcs.grow(-1));

// externref tables: any JS value, the same value back.
const refs = e.refs;
const object = {name: 'object'};
log('externref table: initial elements', refs.get(0), refs.get(1));
refs.set(0, object);
log('set(0, object): get(0) is it', refs.get(0) === object, '; wasm getRef(0) is it', e.getRef(0) === object);
e.setRef(1, 'from wasm');
log('wasm setRef(1, "from wasm"): get(1)', refs.get(1));
for (const value of [undefined, null, 0, -0, NaN, 1n, 'text', Symbol.iterator, true]) {
  refs.set(1, value);
  log('  round trip', show(value) === 'Symbol(Symbol.iterator)' ? 'a symbol' : show(value), '->', Object.is(refs.get(1), value), Object.is(e.getRef(1), value));
}
refs.set(1);
log('set(1) with the value missing stores undefined:', refs.get(1));
log('grow(2, object):', refs.grow(2, object), '; new elements are it:', refs.get(2) === object, refs.get(3) === object);
log('grow(1) without a value fills with undefined:', refs.grow(1), refs.get(4));
log('wasm table.grow with null:', e.growRefs(null, 1), refs.get(5));

// The constructor: TableDescriptor {element, initial, maximum}, then the initial value.
function make(descriptor, ...value) {
  const t = new WebAssembly.Table(descriptor, ...value);
  return `length ${t.length}, get(0) ${show(t.get(0))}`;
}
attempt('{element: "anyfunc", initial: 1}', () => make({element: 'anyfunc', initial: 1}));
attempt('{element: "funcref", initial: 1}', () => make({element: 'funcref', initial: 1}));
attempt('{element: "externref", initial: 1}', () => make({element: 'externref', initial: 1}));
attempt('{element: "externref", initial: 1}, null', () => make({element: 'externref', initial: 1}, null));
attempt('{element: "externref", initial: 2}, 7', () => make({element: 'externref', initial: 2}, 7));
attempt('{element: "anyfunc", initial: 2}, add', () => make({element: 'anyfunc', initial: 2}, e.add));
attempt('{element: "anyfunc", initial: 2}, undefined', () => make({element: 'anyfunc', initial: 2}, undefined));
attempt('{element: "anyfunc", initial: 2}, a JS function', () => make({element: 'anyfunc', initial: 2}, () => 1));
attempt('{element: "anyfunc", initial: 0, maximum: 0}', () => new WebAssembly.Table({element: 'anyfunc', initial: 0, maximum: 0}).length);
attempt('{element: "anyfunc", initial: 2, maximum: 1}', () => make({element: 'anyfunc', initial: 2, maximum: 1}));
attempt('{element: "anyfunc", initial: 10000001}', () => make({element: 'anyfunc', initial: 10000001}));
attempt('{element: "anyfunc", initial: 1, maximum: 4294967295}', () => make({element: 'anyfunc', initial: 1, maximum: 4294967295}));
attempt('{element: "anyfunc", initial: -1}', () => make({element: 'anyfunc', initial: -1}));
attempt('{element: "i32", initial: 1}', () => make({element: 'i32', initial: 1}));
attempt('{element: "ANYFUNC", initial: 1}', () => make({element: 'ANYFUNC', initial: 1}));
attempt('{element: "anyfunc"}', () => make({element: 'anyfunc'}));
attempt('{initial: 1}', () => make({initial: 1}));
attempt('"anyfunc"', () => make('anyfunc'));
const order = [];
new WebAssembly.Table({
  get maximum() { order.push('maximum'); return {valueOf() { order.push('maximum valueOf'); return 1; }}; },
  get initial() { order.push('initial'); return {valueOf() { order.push('initial valueOf'); return 1; }}; },
  get element() { order.push('element'); return {toString() { order.push('element toString'); return 'anyfunc'; }}; },
});
log('descriptor read order:', order.join(', '));

// A table made in JS, filled by a module's element segment with an imported JS function.
const table = new WebAssembly.Table({element: 'anyfunc', initial: 1});
const double = x => x * 2;
new WebAssembly.Instance(new WebAssembly.Module(tableImportBytes), {js: {table, double}});
const wrapped = table.get(0);
log('an imported JS function read from a table: a new Exported Function', wrapped !== double, typeof wrapped,
    '; name', show(wrapped.name), '; length', wrapped.length, '; call', wrapped(21), '; same object again', table.get(0) === wrapped);
