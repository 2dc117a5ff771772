// Request: URL resolution, method normalization and validation, headers, bodies (with the
// content type they imply), clone, a Request made from another (its body moves), enums, the
// signal, and fetch() of a Request. Expected output: node 20's (its Request also has
// formData(), which linea lacks, and a stray 'attribute' key: both left out of the key list).
const request = new Request('data:,hello', {method: 'get', headers: {'X-Test': '1'}});
console.log(request.method, request.url, request.headers.get('x-test'), request.mode, request.credentials, request.cache, request.redirect, request.body, request.bodyUsed, request.signal.aborted);
const response = await fetch(request);
console.log(await response.text());
const post = new Request('https://example.org/api', {method: 'post', body: JSON.stringify({a: 1})});
console.log(post.method, post.headers.get('content-type'), await post.clone().json(), await post.text(), post.bodyUsed);
await post.text().catch((e) => console.log('second read', e.name));
const copy = new Request(new Request('https://example.org/x', {method: 'PUT', body: 'moved'}), {headers: {a: 'b'}});
console.log(copy.method, copy.url, [...copy.headers], await copy.text());
for (const [what, attempt] of Object.entries({
  'GET with body': () => new Request('https://a/', {body: 'x'}),
  'bad method': () => new Request('https://a/', {method: 'bad method'}),
  'forbidden method': () => new Request('https://a/', {method: 'TRACE'}),
  'credentials in URL': () => new Request('https://u:p@a/'),
  'bad mode': () => new Request('https://a/', {mode: 'nope'}),
  'navigate mode': () => new Request('https://a/', {mode: 'navigate'}),
  'bad URL': () => new Request('http://[/'),
})) {
  try { attempt(); console.log(what, 'no error'); } catch (e) { console.log(what, e.name); }
}
const controller = new AbortController();
const aborted = new Request('data:,x', {signal: controller.signal});
controller.abort();
console.log(aborted.signal.aborted);
await fetch(aborted).catch((e) => console.log('fetch aborted request', e.name));
console.log(new Request('https://a/', {method: 'options'}).method, new Request('https://a/', {method: 'delete'}).method);
console.log(Object.keys(Request.prototype).filter((k) => k !== 'formData' && k !== 'attribute').sort().join(' '));
const blob = await new Request('https://a/', {method: 'POST', body: 'b', headers: {'content-type': 'text/x'}}).blob();
console.log(blob.type, blob.size);
