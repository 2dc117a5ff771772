// The waiting side of atomics_bridge.js.
onmessage = async ({data: {module, memory}}) => {
  const {wait32} = new WebAssembly.Instance(module, {env: {memory}}).exports;
  const i32 = new Int32Array(memory.buffer);

  postMessage({waiting: 'js', byte: 0});
  postMessage({result: `Atomics.wait woken by a wasm notify: ${Atomics.wait(i32, 0, 0)}`});

  postMessage({waiting: 'wasm', byte: 8});
  postMessage({result: `memory.atomic.wait32 woken by Atomics.notify: ${wait32(8, 0, -1n)}`});

  const pending = Atomics.waitAsync(i32, 4, 0);
  postMessage({waiting: 'async', byte: 16});
  postMessage({result: `Atomics.waitAsync (async: ${pending.async}) woken by a wasm notify: ` +
    `${await pending.value}`});

  // Nothing else keeps this worker (or the main thread) busy: the timeout alone must fire.
  const timed = Atomics.waitAsync(i32, 6, 0, 30);
  postMessage({result: `Atomics.waitAsync with a 30 ms timeout: ${await timed.value}`, last: true});
};
