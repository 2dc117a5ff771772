// What counter.wasm imports.
export const base = 100;
export const memory = new WebAssembly.Memory({initial: 1});
export function log(x) {
  console.log('log from wasm:', x);
}
