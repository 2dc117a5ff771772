onmessage = ({data: {module, memory}}) => {
  const {add} = new WebAssembly.Instance(module).exports;
  Atomics.store(new Int32Array(memory.buffer), 2, add(40, 2));
  const old = memory.grow(1);
  postMessage(`${module instanceof WebAssembly.Module} ${memory instanceof WebAssembly.Memory} ` +
      `add=${add(1, 2)} grew from ${old} to ${memory.buffer.byteLength / 65536} pages`);
};
