// fetch() of data: URLs (percent-encoded and base64, MIME types normalized, invalid ones a
// TypeError), of URL objects, and compileStreaming of a fetched data: URL. Expected: node 20's.
for (const u of ['data:,Hello%2C%20World%21', 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==', 'data:TEXT/HTML; Charset=UTF-8,<b>hi</b>#frag', 'data:;base64,AAEC', 'data:application/wasm;base64,AGFzbQEAAAA=', 'data:x', 'data:;base64,A']) {
  await fetch(u).then(async (r) => console.log(r.status, r.url, r.headers.get('content-type'), JSON.stringify(await r.text())), (e) => console.log(u, e.name));
}
const m = await WebAssembly.compileStreaming(fetch('data:application/wasm;base64,AGFzbQEAAAA='));
console.log(m instanceof WebAssembly.Module);
const r = await fetch(new URL('data:text/plain,via%20URL'));
console.log(await r.text());
