// GC errors JS sees: an array allocation past the host's limit traps with a RuntimeError (V8's
// message), inside a function and in a constant expression at instantiation; and types in
// messages are printed structurally, as the spec interpreter prints closed types (recursive
// references as rec.N, a type of a larger group as (rec ...).N), never by the process-wide
// canonical ids linea compares types with.
load('harness.js');

const leb = (n) => (n < 128 ? [n] : [(n & 127) | 128, ...leb(n >>> 7)]);
const sleb = (n) => (n >= -64 && n < 64 ? [n & 127] : [(n & 127) | 128, ...sleb(n >> 7)]);
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const name = (s) => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const body = (code) => [...leb(code.length + 2), 0, ...code, 0x0b];
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const compile = (...sections) => new WebAssembly.Module(new Uint8Array([...header, ...sections.flat()]));

// (type $a (array (mut i64)))
// (func (export "make") (param i32) (result i32) (array.len (array.new_default $a (local.get 0))))
const arrays = compile(
  section(1, vec([[0x5e, 0x7e, 1], [0x60, 1, 0x7f, 1, 0x7f]])),
  section(3, vec([[1]])),
  section(7, vec([[...name('make'), 0, 0]])),
  section(10, vec([body([0x20, 0, 0xfb, 0x07, 0, 0xfb, 0x0f])])));
const { make } = new WebAssembly.Instance(arrays).exports;
attempt('array of 1000 i64', () => make(1000));
attempt('array of 2^27 i64 (1 GiB and a header: past the limit)', () => make(2 ** 27));
attempt('array of 2^28 i64 (2 GiB)', () => make(2 ** 28));
attempt('array of 2^32-1 i64', () => make(-1));
attempt('still usable', () => make(3));

// (type $a (array (mut i64)))
// (global (ref $a) (array.new_default $a (i32.const LENGTH)))
const initialized = (length) => compile(
  section(1, vec([[0x5e, 0x7e, 1]])),
  section(6, vec([[0x64, 0, 0, 0x41, ...sleb(length), 0xfb, 0x07, 0, 0x0b]])));
attempt('global of an array of 2^20 i64', () => {
  new WebAssembly.Instance(initialized(2 ** 20));
  return 'instantiated';
});
attempt('global of an array of 2^28 i64', () => {
  new WebAssembly.Instance(initialized(2 ** 28));
  return 'instantiated';
});
WebAssembly.instantiate(initialized(2 ** 28)).then(
  () => log('instantiate: resolved'),
  (e) => log('instantiate: rejected with', `${e.constructor.name}: ${e.message}`));

// Type names. (rec (type $list (struct (field i32) (field (ref null $list)))))
// (rec (type $x (sub (struct))) (type $y (sub $x (struct (field (ref $list))))))
// (func (export "list") (param (ref null $list))) (func (export "y") (param (ref $y)))
// (func (export "f") (param (ref null $f)))   ;; $f: (func (param (ref null $f)))
const named = compile(
  section(1, vec([
    [0x5f, 2, 0x7f, 0, 0x63, 0, 0],
    [0x4e, 2, 0x50, 0, 0x5f, 0, 0x50, 1, 1, 0x5f, 1, 0x64, 0, 0],
    [0x60, 1, 0x63, 0, 0], [0x60, 1, 0x64, 2, 0],
    [0x60, 1, 0x63, 5, 0],
  ])),
  section(3, vec([[3], [4], [5]])),
  section(7, vec([[...name('list'), 0, 0], [...name('y'), 0, 1], [...name('f'), 0, 2]])),
  section(10, vec([body([]), body([]), body([])])));
const types = new WebAssembly.Instance(named).exports;
attempt('list({})', () => types.list({}));
attempt('y(null)', () => types.y(null));
attempt('f(list)', () => types.f(types.list));
// The same function type imported with another: LinkError naming both.
attempt('link', () => new WebAssembly.Instance(compile(
  section(1, vec([[0x5f, 1, 0x7e, 1], [0x60, 1, 0x63, 0, 0]])),
  section(2, vec([[...name('m'), ...name('f'), 0, 1]]))), { m: { f: types.list } }));
