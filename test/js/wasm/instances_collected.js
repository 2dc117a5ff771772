// The store frees instances (and their memories, tables, globals, functions) once neither JS nor
// any live wasm object reaches them: 100,000 instances, each with a memory without a maximum
// (which reserves 4 GiB of address space) and a table holding its own functions (a cycle inside
// the store), made and dropped in one synchronous loop, end under 200 MB of peak RSS and with
// no RangeError (every instance was once kept: the 32,684th failed). Whatever is still
// reachable, only through other store objects, keeps working after many collections.
//
// A: (module
//      (memory (export "mem") 1)
//      (global $g (mut i32) (i32.const 0))
//      (table $t (export "table") 2 funcref)
//      (func $count (export "count") (result i32)       ;; $g += 1; mem[0] = $g; $g
//        (global.set $g (i32.add (global.get $g) (i32.const 1)))
//        (i32.store (i32.const 0) (global.get $g))
//        (global.get $g))
//      (func $viaTable (export "viaTable") (result i32) (call_indirect (result i32) (i32.const 0)))
//      (elem (i32.const 0) $count $viaTable))
// B: (module
//      (import "a" "count" (func $count (result i32)))
//      (func (export "callImport") (result i32) (call $count)))
const moduleA = new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 3, 2, 0, 0, 4, 4, 1, 112, 0, 2, 5, 3, 1,
  0, 1, 6, 6, 1, 127, 1, 65, 0, 11, 7, 34, 4, 3, 109, 101, 109, 2, 0, 5, 116, 97, 98, 108, 101, 1,
  0, 5, 99, 111, 117, 110, 116, 0, 0, 8, 118, 105, 97, 84, 97, 98, 108, 101, 0, 1, 9, 8, 1, 0, 65,
  0, 11, 2, 0, 1, 10, 28, 2, 18, 0, 35, 0, 65, 1, 106, 36, 0, 65, 0, 35, 0, 54, 2, 0, 35, 0, 11,
  7, 0, 65, 0, 17, 0, 0, 11,
]));
const moduleB = new WebAssembly.Module(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 2, 11, 1, 1, 97, 5, 99, 111, 117, 110, 116,
  0, 0, 3, 2, 1, 0, 7, 14, 1, 10, 99, 97, 108, 108, 73, 109, 112, 111, 114, 116, 0, 1, 10, 6, 1,
  4, 0, 16, 0, 11,
]));

// Objects reachable only through the store (each A instance's JS objects are dropped).
const b = new WebAssembly.Instance(moduleB, {
  a: { count: new WebAssembly.Instance(moduleA).exports.count },  // Only B's import keeps it.
});
const jsTable = new WebAssembly.Table({ element: 'anyfunc', initial: 1 });
jsTable.set(0, new WebAssembly.Instance(moduleA).exports.viaTable);  // Through A's own table.
const jsGlobal = new WebAssembly.Global({ value: 'anyfunc' },
                                        new WebAssembly.Instance(moduleA).exports.count);
const buffer = new WebAssembly.Instance(moduleA).exports.mem.buffer;  // Outlives its instance.
const view = new Int32Array(buffer);
view[1] = 42;

let sum = 0;
for (let i = 0; i < 100000; i++) {
  const { exports } = new WebAssembly.Instance(moduleA);
  sum += exports.viaTable() + exports.count();
  if (i % 25000 === 0) {
    // Use everything kept only by store edges, between collections.
    sum += b.exports.callImport() + jsTable.get(0)() + jsGlobal.value() + view[1];
  }
}
console.log('sum:', sum);
console.log('through an import:', b.exports.callImport());
console.log('through a JS table and the instance table:', jsTable.get(0)());
console.log('through a JS global:', jsGlobal.value());
console.log('a buffer outliving its instance:', view[1], buffer.byteLength);
const peakKb = Number(read('/proc/self/status').match(/VmHWM:\s*(\d+)/)[1]);
console.log('peak RSS under 200 MB:', peakKb < 200 * 1024);
