// WebAssembly.compileStreaming/instantiateStreaming take a Response or a promise of one, check
// that it is ok and of MIME type application/wasm (TypeError otherwise), and compile the body
// as it is read.
(async () => {
  const fromFetch = await WebAssembly.instantiateStreaming(fetch('data/add.wasm'));
  console.log('from a fetch:', fromFetch.instance.exports.add(2, 3), fromFetch.module instanceof WebAssembly.Module);

  const response = await fetch('data/add.wasm');
  const fromPromise = await WebAssembly.instantiateStreaming(Promise.resolve(response), {});
  console.log('from a promise of a Response:', fromPromise.instance.exports.add(40, 2), response.bodyUsed);

  const module = await WebAssembly.compileStreaming(fetch('./data/add.wasm'));
  console.log('compileStreaming:', WebAssembly.Module.exports(module));

  const bytes = await (await fetch('data/add.wasm')).arrayBuffer();
  const withParameters = new Response(bytes, { headers: { 'Content-Type': ' Application/WASM ; x=y' } });
  console.log('MIME essence with parameters:', (await WebAssembly.instantiateStreaming(withParameters)).instance.exports.add(1, 1));

  const refusals = {
    'wrong MIME type': () => fetch('data/add.bin'),
    'no Content-Type': () => new Response(bytes),
    'status not ok': () => new Response(bytes, { status: 404, headers: { 'content-type': 'application/wasm' } }),
    'body already used': () => response,
    'not a Response': () => ({ ok: true, headers: { get: () => 'application/wasm' } }),
    'a rejected promise': () => Promise.reject(new RangeError('source failed')),
  };
  for (const [name, source] of Object.entries(refusals)) {
    await WebAssembly.compileStreaming(source()).then(
        () => console.log(name, 'accepted!'),
        (e) => console.log(name + ':', e.constructor.name));
  }
  const broken = new Response(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1]), { headers: { 'content-type': 'application/wasm' } });
  await WebAssembly.instantiateStreaming(broken).catch((e) => console.log('truncated module:', e.constructor.name));
})();
