// One compile operation repeated: prints the best wall-clock ms of `count` runs of
// WebAssembly.validate or new WebAssembly.Module on one module (measured inside the engine).
// run.py's compile section runs it pinned to one core and unpinned, and takes the process's CPU
// time of a run against a run with count 0 for the CPU time per operation.
//   linea compile_cores.js FILE validate|module COUNT
const [file, mode, countText] = scriptArgs;
const bytes = new Uint8Array(readbuffer(file));
const count = Number(countText);
const operations = {
  validate: () => {
    if (!WebAssembly.validate(bytes)) throw new Error('invalid module');
  },
  module: () => new WebAssembly.Module(bytes),
};
const operation = operations[mode];
let best = Infinity;
for (let i = 0; i < count; i++) {
  const start = performance.now();
  operation();
  best = Math.min(best, performance.now() - start);
}
console.log(count > 0 ? best.toFixed(3) : 'none');
