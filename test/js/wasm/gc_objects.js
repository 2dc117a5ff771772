// WebAssembly GC values in JS (JS API 3.0): structs cross as opaque, frozen, null-prototype
// objects (the same object each time), i31s as Numbers, other JS values through anyref as
// themselves; Global and Table take the GC reference types.
load('harness.js');

// (type $s (struct (field (mut i32))))
// (func (export "make") (result (ref $s)) (struct.new $s (i32.const 42)))
// (func (export "get") (param (ref null $s)) (result i32) (struct.get $s 0 (local.get 0)))
// (func (export "id") (param anyref) (result anyref) (local.get 0))
const section = (id, bytes) => [id, bytes.length, ...bytes];
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [0x04, 0x5f, 0x01, 0x7f, 0x01, 0x60, 0x00, 0x01, 0x64, 0x00,
                 0x60, 0x01, 0x63, 0x00, 0x01, 0x7f, 0x60, 0x01, 0x6e, 0x01, 0x6e]),
  ...section(3, [0x03, 0x01, 0x02, 0x03]),
  ...section(7, [0x03, 0x04, 0x6d, 0x61, 0x6b, 0x65, 0x00, 0x00, 0x03, 0x67, 0x65, 0x74, 0x00,
                 0x01, 0x02, 0x69, 0x64, 0x00, 0x02]),
  ...section(10, [0x03, 0x07, 0x00, 0x41, 0x2a, 0xfb, 0x00, 0x00, 0x0b,
                  0x08, 0x00, 0x20, 0x00, 0xfb, 0x02, 0x00, 0x00, 0x0b,
                  0x04, 0x00, 0x20, 0x00, 0x0b]),
]);
const { make, get, id } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;

const s = make();
log('struct:', typeof s, Object.getPrototypeOf(s), Object.isFrozen(s), Object.keys(s).length);
log('field 0:', get(s), '; through anyref, the same object:', id(s) === s);
attempt('strict write', () => { 'use strict'; s.x = 1; });
attempt('get({})', () => get({}));
const o = {};
log('a JS object through anyref is itself:', id(o) === o, '; i31:', id(5), id(-(2 ** 30)),
    '; a large number:', id(2 ** 40), '; a string:', id('text'));

const g = new WebAssembly.Global({ value: 'anyref', mutable: true }, s);
log('anyref global holds the struct:', g.value === s);
g.value = 7;
log('then an i31:', g.value);
const t = new WebAssembly.Table({ element: 'eqref', initial: 2 });
t.set(0, s);
log('eqref table:', t.get(0) === s, t.get(1));
attempt('eqref table set({})', () => t.set(1, {}));
