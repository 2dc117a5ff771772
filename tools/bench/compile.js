// Compile speed on one module: WebAssembly.validate, new WebAssembly.Module and
// WebAssembly.compile, in MB/s (best of 3). Prints one "name MB/s" line each.
// Runs in linea and in node: tools/bench/run.py --compile.
const isNode = typeof process === 'object' && typeof require === 'function';
const args = isNode ? process.argv.slice(2) : scriptArgs;
const bytes = isNode ? require('fs').readFileSync(args[0]) : new Uint8Array(readbuffer(args[0]));
const megabytes = bytes.length / 1e6;

async function best(body) {
  let min = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    await body();
    min = Math.min(min, performance.now() - start);
  }
  return (megabytes / (min / 1000)).toFixed(0);
}

(async () => {
  console.log('validate', await best(() => { if (!WebAssembly.validate(bytes)) throw 'invalid'; }));
  console.log('module', await best(() => new WebAssembly.Module(bytes)));
  console.log('compile', await best(() => WebAssembly.compile(bytes)));
})();
