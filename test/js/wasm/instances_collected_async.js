// As instances_collected.js, through WebAssembly.instantiate: a loop awaiting one instantiation
// after another (a server making an instance per request) frees the instances it drops; 40,000
// of them, each with a memory without a maximum, would once have failed at the 32,684th.
//
// (module (memory (export "mem") 1) (func (export "f") (result i32) (i32.const 7)))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 11, 2, 3, 109, 101, 109, 2, 0, 1, 102, 0, 0, 10, 6, 1, 4, 0, 65, 7, 11]);
(async () => {
  const module = await WebAssembly.compile(bytes);
  let sum = 0;
  for (let i = 0; i < 40000; i++) {
    const instance = await WebAssembly.instantiate(module);
    sum += instance.exports.f();
  }
  console.log('sum:', sum);
})();
