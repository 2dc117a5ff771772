// A static import of a .wasm file: the ES module integration of WebAssembly is not implemented,
// which the TypeError says (with the import's location); exit 1.
import * as add from './data/add.wasm';
console.log('not reached', add);
