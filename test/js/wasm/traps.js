// Traps become WebAssembly.RuntimeError with the wasm frames in the stack, stack exhaustion a
// RangeError; JS exceptions pass through wasm frames unchanged.
load('harness.js');

// (module $traps
//   (import "js" "callback" (func $callback (param i32) (result i32)))
//   (memory 1)
//   (table 2 funcref)
//   (type $v (func))
//   (elem (i32.const 0) $unreachable)
//   (func $unreachable (export "unreachable") unreachable)
//   (func $inner (call $unreachable))
//   (func $outer (export "nested") (call $inner))
//   (func (export "divByZero") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
//   (func (export "overflow") (result i32) (i32.div_s (i32.const -2147483648) (i32.const -1)))
//   (func (export "remByZero") (result i32) (i32.rem_u (i32.const 1) (i32.const 0)))
//   (func (export "badConversion") (result i32) (i32.trunc_f64_s (f64.const nan)))
//   (func (export "convertOverflow") (result i32) (i32.trunc_f32_u (f32.const -1)))
//   (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
//   (func (export "store") (param i32) (i32.store (local.get 0) (i32.const 1)))
//   (func (export "callIndirect") (param i32) (call_indirect (type $v) (local.get 0)))
//   (func (export "callIndirectWrongType") (result i32) (call_indirect (result i32) (i32.const 0)))
//   (func (export "tableGet") (param i32) (result funcref) (table.get 0 (local.get 0)))
//   (func (export "memoryFill") (memory.fill (i32.const 65535) (i32.const 0) (i32.const 2)))
//   (func $recurse (export "recurse") (param i32) (result i32)
//     (i32.add (call $recurse (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
//   (func (export "callJS") (param i32) (result i32) (call $callback (local.get 0)))
// )
const trapsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 22, 5, 96, 0, 0, 96, 1, 127, 1, 127, 96, 0, 1, 127, 96, 1, 127,
  0, 96, 1, 127, 1, 112, 2, 15, 1, 2, 106, 115, 8, 99, 97, 108, 108, 98, 97, 99, 107, 0, 1, 3,
  17, 16, 0, 0, 0, 1, 2, 2, 2, 2, 1, 3, 3, 2, 4, 0, 1, 1, 4, 4, 1, 112, 0, 2, 5, 3, 1, 0, 1, 7,
  190, 1, 15, 11, 117, 110, 114, 101, 97, 99, 104, 97, 98, 108, 101, 0, 1, 6, 110, 101, 115, 116,
  101, 100, 0, 3, 9, 100, 105, 118, 66, 121, 90, 101, 114, 111, 0, 4, 8, 111, 118, 101, 114, 102,
  108, 111, 119, 0, 5, 9, 114, 101, 109, 66, 121, 90, 101, 114, 111, 0, 6, 13, 98, 97, 100, 67,
  111, 110, 118, 101, 114, 115, 105, 111, 110, 0, 7, 15, 99, 111, 110, 118, 101, 114, 116, 79,
  118, 101, 114, 102, 108, 111, 119, 0, 8, 4, 108, 111, 97, 100, 0, 9, 5, 115, 116, 111, 114,
  101, 0, 10, 12, 99, 97, 108, 108, 73, 110, 100, 105, 114, 101, 99, 116, 0, 11, 21, 99, 97, 108,
  108, 73, 110, 100, 105, 114, 101, 99, 116, 87, 114, 111, 110, 103, 84, 121, 112, 101, 0, 12, 8,
  116, 97, 98, 108, 101, 71, 101, 116, 0, 13, 10, 109, 101, 109, 111, 114, 121, 70, 105, 108,
  108, 0, 14, 7, 114, 101, 99, 117, 114, 115, 101, 0, 15, 6, 99, 97, 108, 108, 74, 83, 0, 16, 9,
  7, 1, 0, 65, 0, 11, 1, 1, 10, 140, 1, 16, 3, 0, 0, 11, 4, 0, 16, 1, 11, 4, 0, 16, 2, 11, 7, 0,
  65, 1, 32, 0, 109, 11, 11, 0, 65, 128, 128, 128, 128, 120, 65, 127, 109, 11, 7, 0, 65, 1, 65,
  0, 112, 11, 12, 0, 68, 0, 0, 0, 0, 0, 0, 248, 127, 170, 11, 8, 0, 67, 0, 0, 128, 191, 169, 11,
  7, 0, 32, 0, 40, 2, 0, 11, 9, 0, 32, 0, 65, 1, 54, 2, 0, 11, 7, 0, 32, 0, 17, 0, 0, 11, 7, 0,
  65, 0, 17, 2, 0, 11, 6, 0, 32, 0, 37, 0, 11, 13, 0, 65, 255, 255, 3, 65, 0, 65, 2, 252, 11, 0,
  11, 12, 0, 32, 0, 65, 1, 106, 16, 15, 65, 1, 106, 11, 6, 0, 32, 0, 16, 0, 11, 0, 105, 4, 110,
  97, 109, 101, 0, 6, 5, 116, 114, 97, 112, 115, 1, 47, 5, 0, 8, 99, 97, 108, 108, 98, 97, 99,
  107, 1, 11, 117, 110, 114, 101, 97, 99, 104, 97, 98, 108, 101, 2, 5, 105, 110, 110, 101, 114,
  3, 5, 111, 117, 116, 101, 114, 15, 7, 114, 101, 99, 117, 114, 115, 101, 2, 35, 17, 0, 0, 1, 0,
  2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9, 0, 10, 0, 11, 0, 12, 0, 13, 0, 14, 0, 15, 0, 16,
  0, 4, 4, 1, 0, 1, 118
]);
// (module
//   (func $a unreachable)
//   (func (export "trap") (call $a))
// )
const anonBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 3, 2, 0, 0, 7, 8, 1, 4, 116, 114, 97, 112,
  0, 1, 10, 10, 2, 3, 0, 0, 11, 4, 0, 16, 0, 11
]);

let callback = x => x;
const {exports: e} = new WebAssembly.Instance(new WebAssembly.Module(trapsBytes), {js: {callback: x => callback(x)}});

// Every trap is a WebAssembly.RuntimeError naming it.
const traps = [
  ['unreachable', () => e.unreachable()],
  ['integer divide by zero', () => e.divByZero(0)],
  ['integer overflow', () => e.overflow()],
  ['remainder by zero', () => e.remByZero()],
  ['NaN to integer', () => e.badConversion()],
  ['-1 to unsigned integer', () => e.convertOverflow()],
  ['load out of bounds', () => e.load(65535)],
  ['load at 2^32 - 1', () => e.load(-1)],
  ['store out of bounds', () => e.store(65536)],
  ['memory.fill out of bounds', () => e.memoryFill()],
  ['call_indirect null element', () => e.callIndirect(1)],
  ['call_indirect out of the table', () => e.callIndirect(2)],
  ['call_indirect wrong type', () => e.callIndirectWrongType()],
  ['table.get out of bounds', () => e.tableGet(5)],
];
for (const [label, f] of traps) {
  try {
    f();
    log(label, '-> no trap');
  } catch (err) {
    log(label, '->', err instanceof WebAssembly.RuntimeError ? 'RuntimeError' : err.constructor.name, show(err.message),
        '; own message', Object.prototype.hasOwnProperty.call(err, 'message'));
  }
}
log('the instance still works after traps:', e.divByZero(1), e.load(0));

// The stack shows the wasm frames, innermost first, with name-section names, then the JS caller.
function stackOf(f) {
  try { f(); } catch (err) { return err.stack; }
  return '(no error)';
}
function jsCaller() { return stackOf(() => e.nested()); }
log('stack of a nested trap:');
log(jsCaller().split('\n').slice(0, 5).map(line => line.replace(/\(.*traps\.js.*\)$/, '(traps.js)').replace(/at .*traps\.js:\d+:\d+$/, 'at traps.js')).join('\n'));
const {exports: anon} = new WebAssembly.Instance(new WebAssembly.Module(anonBytes));
log('without a name section:');
log(stackOf(() => anon.trap()).split('\n').slice(0, 3).join('\n'));
const savedLimit = Error.stackTraceLimit;
Error.stackTraceLimit = 2;
log('Error.stackTraceLimit = 2 limits the frames:', stackOf(() => e.nested()).split('\n').length - 1);
Error.stackTraceLimit = savedLimit;

// Exhausting the call stack is a RangeError, as a JS stack overflow is.
try {
  e.recurse(0);
} catch (err) {
  log('runaway recursion:', err.constructor.name, show(err.message), '; instanceof RuntimeError:', err instanceof WebAssembly.RuntimeError);
  log('  first frame:', err.stack.split('\n')[1]);
}
log('and the instance still works:', e.divByZero(1));
// JS -> wasm -> JS -> wasm ... runs out of stack somewhere; either side reports a RangeError.
callback = x => e.callJS(x + 1);
try {
  e.callJS(0);
} catch (err) {
  log('mutual recursion through JS:', err instanceof RangeError);
}
callback = x => x;

// A JS exception thrown by an import passes through the wasm frames unchanged.
for (const value of [new TypeError('from JS'), 42, undefined, null, 'text', {custom: true}]) {
  callback = () => { throw value; };
  try {
    e.callJS(0);
    log('no exception');
  } catch (err) {
    log('thrown', show(value), '-> caught the same value:', Object.is(err, value));
  }
}
// Through several wasm and JS frames, and the instance stays usable.
const marker = new Error('deep');
let depth = 0;
callback = x => {
  if (++depth < 5) return e.callJS(x + 1);
  throw marker;
};
try {
  e.callJS(0);
} catch (err) {
  log('through 5 levels of JS -> wasm:', err === marker, '; stack unchanged:', err.stack === marker.stack);
}
callback = x => x * 3;
log('after the exception:', e.callJS(14));
// A trap inside a nested call becomes a RuntimeError that JS in between can catch.
callback = () => {
  try {
    e.unreachable();
  } catch (err) {
    return err instanceof WebAssembly.RuntimeError ? 100 : -1;
  }
  return 0;
};
log('a trap caught by the JS in between:', e.callJS(0));
