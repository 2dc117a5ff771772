// The acceptance script of the bindings issue: a module importing a JS function, a Memory, a
// Table and a mutable i64 Global; every export is called and the memory is read from JS.
load('harness.js');

// (module
//   (type $binop (func (param i32 i32) (result i32)))
//   (import "env" "report" (func $report (param i32 i64) (result i32)))
//   (import "env" "memory" (memory 1 2))
//   (import "env" "table" (table 2 funcref))
//   (import "env" "counter" (global $counter (mut i64)))
//   (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
//   (elem (i32.const 0) $add)
//   (data (i32.const 16) "Hello, wasm!")
//   ;; Calls the JS function with (n, counter), stores its result at address 0 and loads it back.
//   (func (export "callReport") (param $n i32) (result i32)
//     (i32.store (i32.const 0) (call $report (local.get $n) (global.get $counter)))
//     (i32.load (i32.const 0)))
//   ;; Adds to the imported mutable i64 global and returns the new value.
//   (func (export "bump") (param $by i64) (result i64)
//     (global.set $counter (i64.add (global.get $counter) (local.get $by)))
//     (global.get $counter))
//   ;; Calls table[index](a, b).
//   (func (export "callTable") (param $index i32) (param $a i32) (param $b i32) (result i32)
//     (call_indirect (type $binop) (local.get $a) (local.get $b) (local.get $index)))
//   ;; Reads a byte of the imported memory.
//   (func (export "peek") (param $address i32) (result i32) (i32.load8_u (local.get $address)))
//   (func (export "grow") (param $pages i32) (result i32) (memory.grow (local.get $pages)))
// )
const acceptanceBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 30, 5, 96, 2, 127, 127, 1, 127, 96, 2, 127, 126, 1, 127, 96, 1,
  127, 1, 127, 96, 1, 126, 1, 126, 96, 3, 127, 127, 127, 1, 127, 2, 58, 4, 3, 101, 110, 118, 6,
  114, 101, 112, 111, 114, 116, 0, 1, 3, 101, 110, 118, 6, 109, 101, 109, 111, 114, 121, 2, 1, 1,
  2, 3, 101, 110, 118, 5, 116, 97, 98, 108, 101, 1, 112, 0, 2, 3, 101, 110, 118, 7, 99, 111, 117,
  110, 116, 101, 114, 3, 126, 1, 3, 7, 6, 0, 2, 3, 4, 2, 2, 7, 47, 5, 10, 99, 97, 108, 108, 82,
  101, 112, 111, 114, 116, 0, 2, 4, 98, 117, 109, 112, 0, 3, 9, 99, 97, 108, 108, 84, 97, 98,
  108, 101, 0, 4, 4, 112, 101, 101, 107, 0, 5, 4, 103, 114, 111, 119, 0, 6, 9, 7, 1, 0, 65, 0,
  11, 1, 1, 10, 67, 6, 7, 0, 32, 0, 32, 1, 106, 11, 18, 0, 65, 0, 32, 0, 35, 0, 16, 0, 54, 2, 0,
  65, 0, 40, 2, 0, 11, 11, 0, 35, 0, 32, 0, 124, 36, 0, 35, 0, 11, 11, 0, 32, 1, 32, 2, 32, 0,
  17, 0, 0, 11, 7, 0, 32, 0, 45, 0, 0, 11, 6, 0, 32, 0, 64, 0, 11, 11, 18, 1, 0, 65, 16, 11, 12,
  72, 101, 108, 108, 111, 44, 32, 119, 97, 115, 109, 33
]);
// (module (func (export "mul") (param i32 i32) (result i32) (i32.mul (local.get 0) (local.get 1))))
const mulBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 109,
  117, 108, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 108, 11
]);

// The acceptance script: a module importing a JS function, a Memory, a Table and a mutable i64
// Global; every export is called, and the memory is read from JS.
const memory = new WebAssembly.Memory({initial: 1, maximum: 2});
const table = new WebAssembly.Table({element: 'anyfunc', initial: 2});
const counter = new WebAssembly.Global({value: 'i64', mutable: true}, 40n);
const calls = [];
function report(n, count) {
  calls.push(`report(${show(n)}, ${show(count)})`);
  return n * 2;
}
const imports = {env: {report, memory, table, counter}};

const module = new WebAssembly.Module(acceptanceBytes);
const instance = new WebAssembly.Instance(module, imports);
const e = instance.exports;
log('exports:', Object.keys(e).join(', '));

// The JS function, called with an i32 (a Number) and the i64 global (a BigInt).
log('callReport(21) =', e.callReport(21));
log('calls:', calls.join(', '));
log('memory[0..4] =', Array.from(new Uint8Array(memory.buffer, 0, 4)));

// The mutable i64 global, shared both ways.
log('bump(2n) =', e.bump(2n), 'counter.value =', counter.value);
counter.value = -5n;
log('after counter.value = -5n, bump(0n) =', e.bump(0n));
attempt('bump(1) (a Number for i64)', () => e.bump(1));

// The table: filled by the element segment with the module's own (unexported) function 1.
const add = table.get(0);
log('table.get(0):', add, 'length', add.length, '; add(2, 3) =', add(2, 3));
log('callTable(0, 2, 3) =', e.callTable(0, 2, 3));
const {mul} = new WebAssembly.Instance(new WebAssembly.Module(mulBytes)).exports;
table.set(1, mul);
log('after table.set(1, mul): callTable(1, 6, 7) =', e.callTable(1, 6, 7), '; same object:', table.get(1) === mul);
attempt('callTable(2, 1, 1)', () => e.callTable(2, 1, 1));

// The memory: the data segment, written by wasm at instantiation, read from JS.
const text = String.fromCharCode(...new Uint8Array(memory.buffer, 16, 12));
log('memory text at 16:', show(text));
new Uint8Array(memory.buffer)[100] = 77;
log('peek(100) after a JS write =', e.peek(100));
const before = memory.buffer;
log('grow(1) =', e.grow(1), '; old buffer byteLength', before.byteLength, '; new', memory.buffer.byteLength);
log('grow(1) past the maximum =', e.grow(1));
log('text still there:', String.fromCharCode(...new Uint8Array(memory.buffer, 16, 12)) === text);

// The same through WebAssembly.instantiate.
WebAssembly.instantiate(acceptanceBytes, imports).then(({module: m, instance: i}) => {
  log('instantiate:', m, i, '; callReport(1) =', i.exports.callReport(1), '; peek(16) =', i.exports.peek(16));
  log('calls:', calls.join(', '));
});
