// A static import of a .wasm file (the ES module integration of WebAssembly): the acceptance
// test of issue 18. test/js/wasm/esm.js covers the rest.
import { add } from './data/add.wasm';
console.log(add(2, 3));
