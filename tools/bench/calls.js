// The cost of crossing the JS/wasm boundary, in ns per call: JS calling an exported wasm
// function, wasm calling a JS import, and (in linea, with --bench-natives) the floors any
// embedder's call pays: JS calling an empty native function, and native code calling a JS
// function (v8::Function::Call). Prints one "name ns" line each.
// Runs in linea and in node: tools/bench/run.py --calls.
const isNode = typeof process === 'object' && typeof require === 'function';
const args = isNode ? process.argv.slice(2) : scriptArgs;
const bytes = isNode ? require('fs').readFileSync(args[0]) : new Uint8Array(readbuffer(args[0]));
const N = 5e6;

let sink = 0;
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  js: { f: (x) => (sink += x, x) },
});
const { nop, callJs } = instance.exports;

function best(body) {
  let min = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    body();
    min = Math.min(min, performance.now() - start);
  }
  return (min * 1e6 / N).toFixed(1);
}

console.log('js-to-wasm', best(() => { for (let i = 0; i < N; i++) nop(i); }));
console.log('wasm-to-js', best(() => callJs(N)));
if (typeof emptyNative === 'function') {
  console.log('empty-native', best(() => { for (let i = 0; i < N; i++) emptyNative(i); }));
  console.log('native-to-js', best(() => nativeCallsJs((x) => (sink += x, x), N)));
}
