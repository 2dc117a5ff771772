onmessage = ({data: module}) => {
  postMessage('running');
  if (name === 'js') for (;;);
  if (name === 'wasm') new WebAssembly.Instance(module).exports.loop();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};
