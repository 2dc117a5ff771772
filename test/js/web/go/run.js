// Runs main.wasm with the Go installation's own wasm_exec.js, unmodified and with no polyfill:
// it needs crypto.getRandomValues, performance, TextEncoder/TextDecoder and timers.
load('wasm_exec.js');
const go = new Go();
WebAssembly.instantiate(readbuffer('main.wasm'), go.importObject).then(({instance}) => go.run(instance));
