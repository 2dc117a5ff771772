// Host functions stay callable through every kind of GC while anything reaches them (run with
// V8's GC stressed, see the .flags): 3,000 instances, each importing its own allocating closure,
// mostly dropped at once, some kept only through a JS table holding their exported function
// (table -> function -> instance -> host function -> closure: edges V8 sees only through the
// bindings' embedder tracing), all while the store collector frees the rest.
//
// (module
//   (import "env" "cb" (func $cb (param i32) (result i32)))
//   (table $t (export "table") 4 funcref)
//   (elem (i32.const 0) $cb $twice)
//   (func $twice (export "twice") (param i32) (result i32)
//     (i32.add (call $cb (local.get 0))
//              (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0))))
//   (func (export "viaTable") (param i32 i32) (result i32)
//     (call_indirect (param i32) (result i32) (local.get 0) (local.get 1))))
const module = new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 2, 96, 1, 127, 1, 127, 96, 2, 127, 127, 1, 127, 2, 10, 1,
  3, 101, 110, 118, 2, 99, 98, 0, 0, 3, 3, 2, 0, 1, 4, 4, 1, 112, 0, 4, 7, 28, 3, 5, 116, 97, 98,
  108, 101, 1, 0, 5, 116, 119, 105, 99, 101, 0, 1, 8, 118, 105, 97, 84, 97, 98, 108, 101, 0, 2,
  9, 8, 1, 0, 65, 0, 11, 2, 0, 1, 10, 26, 2, 14, 0, 32, 0, 16, 0, 32, 0, 65, 0, 17, 0, 0, 106,
  11, 9, 0, 32, 0, 32, 1, 17, 0, 0, 11,
]));
const jsTable = new WebAssembly.Table({ element: 'anyfunc', initial: 8 });
let total = 0;
for (let i = 0; i < 3000; i++) {
  const k = i;
  const closure = (x) => x + k + new Array(10).fill(k).length;  // Allocates in the callback.
  const { exports } = new WebAssembly.Instance(module, { env: { cb: closure } });
  if (i % 100 === 0) jsTable.set((i / 100) % 8, exports.twice);
  total += exports.twice(1) + exports.viaTable(2, 1);
}
for (let j = 0; j < 8; j++) total += jsTable.get(j)(3);
console.log(total);
