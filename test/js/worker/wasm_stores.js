// Four workers instantiate wasm at once, each in its own isolate with its own store: tables,
// globals and externrefs made and collected on four threads concurrently (each store's
// collector sees only its own thread's tables and globals).
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 4, 4, 1, 111, 0, 4, 6, 6, 1,
  111, 1, 208, 111, 11, 7, 13, 3, 1, 116, 1, 0, 1, 103, 3, 0, 1, 102, 0, 0, 10, 6, 1, 4, 0, 35,
  0, 11,
]);  // (table (export "t") 4 externref) (global (export "g") (mut externref) (ref.null extern))
     // (func (export "f") (result externref) (global.get 0))
const module = new WebAssembly.Module(bytes);
const reports = [];
for (let i = 0; i < 4; i++) {
  const worker = new Worker('wasm_stores_worker.js');
  worker.postMessage({module, rounds: 3000, id: i});
  worker.onmessage = ({data}) => {
    reports.push(data);
    if (reports.length === 4) console.log(reports.sort().join('\n'));
  };
}
