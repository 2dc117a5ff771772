// GC objects keep the functions in their funcref fields and elements alive: the store's
// collector (rt::Store::Collect, and V8's trace through the store) follows them, so an instance
// that JS dropped stays while a struct or array reachable from wasm holds one of its functions.
// (Under the ASan build a freed instance is a use-after-free here.)
//
// (module $a (func (export "f") (result i32) (i32.const 7)))
// (module $b
//   (type $ft (func (result i32)))
//   (type $s (struct (field (ref null $ft))))
//   (type $fa (array (ref null $ft)))
//   (global $g (mut anyref) (ref.null any))
//   (global $h (mut anyref) (ref.null any))
//   (func (export "put") (param (ref null $ft)) (global.set $g (struct.new $s (local.get 0))))
//   (func (export "call") (result i32)
//     (call_ref $ft (struct.get $s 0 (ref.cast (ref $s) (global.get $g)))))
//   (func (export "putArray") (param (ref null $ft))
//     (global.set $h (array.new_fixed $fa 1 (local.get 0))))
//   (func (export "callArray") (result i32)
//     (call_ref $ft (array.get $fa (ref.cast (ref $fa) (global.get $h)) (i32.const 0)))))
const leb = (n) => (n < 128 ? [n] : [(n & 127) | 128, ...leb(n >> 7)]);
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const name = (s) => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const body = (code) => [...leb(code.length + 2), 0, ...code, 0x0b];
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const a = new WebAssembly.Module(new Uint8Array([
  ...header, ...section(1, vec([[0x60, 0, 1, 0x7f]])), ...section(3, vec([[0]])),
  ...section(7, vec([[...name('f'), 0, 0]])), ...section(10, vec([body([0x41, 7])])),
]));
const b = new WebAssembly.Module(new Uint8Array([
  ...header,
  ...section(1, vec([[0x60, 0, 1, 0x7f], [0x5f, 1, 0x63, 0, 0], [0x5e, 0x63, 0, 0],
                     [0x60, 1, 0x63, 0, 0]])),
  ...section(3, vec([[3], [0], [3], [0]])),
  ...section(6, vec([[0x6e, 1, 0xd0, 0x6e, 0x0b], [0x6e, 1, 0xd0, 0x6e, 0x0b]])),
  ...section(7, vec([[...name('put'), 0, 0], [...name('call'), 0, 1],
                     [...name('putArray'), 0, 2], [...name('callArray'), 0, 3]])),
  ...section(10, vec([
    body([0x20, 0, 0xfb, 0x00, 1, 0x24, 0]),
    body([0x23, 0, 0xfb, 0x16, 1, 0xfb, 0x02, 1, 0, 0x14, 0]),
    body([0x20, 0, 0xfb, 0x08, 2, 1, 0x24, 1]),
    body([0x23, 1, 0xfb, 0x16, 2, 0x41, 0, 0xfb, 0x0b, 2, 0x14, 0]),
  ])),
]));

const { exports } = new WebAssembly.Instance(b);
(() => {
  exports.put(new WebAssembly.Instance(a).exports.f);
  exports.putArray(new WebAssembly.Instance(a).exports.f);
})();
// Let V8 collect the dropped instances' JS objects, then the store (every 1,000
// instantiations), twice over.
const empty = new WebAssembly.Module(new Uint8Array(header));
for (let round = 0; round < 2; ++round) {
  gc();
  for (let i = 0; i < 2500; ++i) new WebAssembly.Instance(empty);
}
console.log('through a struct field:', exports.call());
console.log('through an array element:', exports.callArray());
