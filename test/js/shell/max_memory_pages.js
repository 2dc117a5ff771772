// --max-memory-pages=2 (max_memory_pages.flags) is the host's limit on any WebAssembly memory:
// creating or growing past it is a RangeError, within it works.
try {
  new WebAssembly.Memory({ initial: 3 });
  console.log('3 pages allowed!');
} catch (e) {
  console.log('initial 3:', e.constructor.name);
}
const memory = new WebAssembly.Memory({ initial: 1 });
try {
  memory.grow(2);
  console.log('grew to 3 pages!');
} catch (e) {
  console.log('grow to 3:', e.constructor.name);
}
console.log('grow to 2:', memory.grow(1), memory.buffer.byteLength);
