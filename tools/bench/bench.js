// Runs the `run` export of a .wasm file and prints its result and the time it took, in ms.
// The same file runs in linea (d8-style globals) and in node, so both time the same work.
const isNode = typeof process === "object" && typeof require === "function";
const args = isNode ? process.argv.slice(2) : scriptArgs;
const bytes = isNode ? require("fs").readFileSync(args[0]) : new Uint8Array(readbuffer(args[0]));
// The one import a kernel may have: CoreMark's clock (tools/bench/coremark), in ms as wasm3's CLI
// gives it.
const imports = { env: { clock_ms: () => Math.floor(performance.now()) | 0 } };
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
const start = performance.now();
const result = instance.exports.run();
const elapsed = performance.now() - start;
console.log(`${result} ${elapsed.toFixed(1)}`);
