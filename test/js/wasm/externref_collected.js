// externref handles are freed once no wasm can reach them: 20,000 calls passing a fresh
// 64 KiB ArrayBuffer each stay far below 200 MB of peak RSS (every buffer was once kept until
// exit: 969 MB), while the values wasm still holds (in a table, a global, a JS-made table and
// global, a table read back) keep their identity.
//
// (module
//   (table $t (export "table") 4 externref)
//   (global $g (export "g") (mut externref) (ref.null extern))
//   (func (export "take") (param externref))
//   (func (export "keep") (param externref) (global.set $g (local.get 0)))
//   (func (export "put") (param i32 externref) (table.set $t (local.get 0) (local.get 1)))
//   (func (export "get") (param i32) (result externref) (table.get $t (local.get 0)))
//   (func (export "put_swapped") (param externref i32) (table.set $t (local.get 1) (local.get 0))))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 20, 4, 96, 1, 111, 0, 96, 2, 127, 111, 0, 96, 1, 127, 1, 111,
  96, 2, 111, 127, 0, 3, 6, 5, 0, 0, 1, 2, 3, 4, 4, 1, 111, 0, 4, 6, 6, 1, 111, 1, 208, 111, 11,
  7, 53, 7, 5, 116, 97, 98, 108, 101, 1, 0, 1, 103, 3, 0, 4, 116, 97, 107, 101, 0, 0, 4, 107,
  101, 101, 112, 0, 1, 3, 112, 117, 116, 0, 2, 3, 103, 101, 116, 0, 3, 11, 112, 117, 116, 95,
  115, 119, 97, 112, 112, 101, 100, 0, 4, 10, 36, 5, 2, 0, 11, 6, 0, 32, 0, 36, 0, 11, 8, 0, 32,
  0, 32, 1, 38, 0, 11, 6, 0, 32, 0, 37, 0, 11, 8, 0, 32, 1, 32, 0, 38, 0, 11,
]);
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
const jsTable = new WebAssembly.Table({ element: 'externref', initial: 2 });
const jsGlobal = new WebAssembly.Global({ value: 'externref', mutable: true });

// Kept only by wasm (and by these WeakRef-free checks through a marker property).
exports.put(0, { marker: 'in the table' });
exports.keep({ marker: 'in the global' });
jsTable.set(1, { marker: 'in a JS table' });
jsGlobal.value = { marker: 'in a JS global' };
const kept = { marker: 'kept by JS too' };
exports.put(1, kept);

for (let i = 0; i < 20000; i++) {
  exports.take(new ArrayBuffer(64 * 1024));
  if (i % 1000 === 0) exports.put(2, new ArrayBuffer(64 * 1024));  // Replaced: freed later.
}

// A handle converted for a call is held while the call converts its other arguments, even when
// that runs code making (and collecting) many handles.
const inFlight = { marker: 'in flight' };
exports.put_swapped(inFlight, {
  valueOf() {
    for (let i = 0; i < 3000; i++) exports.take({});
    for (let i = 0; i < 3000; i++) jsTable.set(0, {});
    return 3;
  },
});
console.log('in flight:', exports.get(3) === inFlight);

console.log(exports.get(0).marker, '|', exports.g.value.marker, '|', jsTable.get(1).marker, '|',
            jsGlobal.value.marker);
console.log('identity kept:', exports.get(1) === kept);
console.log('last buffer:', exports.get(2).byteLength);
const peakKb = Number(read('/proc/self/status').match(/VmHWM:\s*(\d+)/)[1]);
console.log('peak RSS under 200 MB:', peakKb < 200 * 1024);
