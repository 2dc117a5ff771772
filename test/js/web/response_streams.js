// Response bodies as streams: Response.body, new Response(stream), clone() (a tee), bodyUsed,
// compileStreaming of a Response made from a stream, fetch().body, Blob.stream(), chunks that
// are not bytes. Expected output: node 20's.
const response = new Response('hello body');
console.log(response.body instanceof ReadableStream, response.bodyUsed);
const reader = response.body.getReader();
const {value, done} = await reader.read();
console.log(new TextDecoder().decode(value), done, (await reader.read()).done, response.bodyUsed);
await response.text().catch((e) => console.log('text after read:', e.name));
const fromStream = new Response(ReadableStream.from([new Uint8Array([104, 105]), new Uint8Array([33])]));
console.log(fromStream.body instanceof ReadableStream, await fromStream.text(), fromStream.bodyUsed);
const cloned = new Response(ReadableStream.from([new TextEncoder().encode('twice')]));
const copy = cloned.clone();
console.log(await cloned.text(), await copy.text());
const wasm = await fetch('data:application/wasm;base64,AGFzbQEAAAA=');
const bytes = new Uint8Array(await wasm.arrayBuffer());
const module = await WebAssembly.compileStreaming(new Response(ReadableStream.from([bytes.slice(0, 3), bytes.slice(3)]), {headers: {'content-type': 'application/wasm'}}));
console.log(module instanceof WebAssembly.Module);
const viaFetch = await fetch('data:,streamed');
const chunks = []; for await (const chunk of viaFetch.body) chunks.push(...chunk);
console.log(String.fromCharCode(...chunks));
const blob = new Blob(['blob ', 'stream']);
console.log(await new Response(blob.stream()).text());
console.log(new Response(null).body, new Response('').body instanceof ReadableStream);
const bad = new Response(ReadableStream.from(['not bytes']));
await bad.text().catch((e) => console.log('bad chunk:', e.name));
