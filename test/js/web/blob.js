// Blob and File: parts (strings, buffers, blobs), types, endings, slice, text/arrayBuffer/bytes;
// Response bodies from a Blob and Response.blob(). Expected output: node 20's, except that File
// has webkitRelativePath and Blob has bytes() (File API; node 20 lacks both); Blob.stream()
// is in response_streams.js.
const blob = new Blob(['héllo ', new Uint8Array([119, 111]), new Blob(['rld']), '\r\n'], {type: 'Text/Plain'});
console.log(blob.size, blob.type, await blob.text(), blob instanceof Blob);
const sliced = blob.slice(1, -2, 'APPLICATION/X');
console.log(sliced.size, sliced.type, JSON.stringify(await sliced.text()), (await blob.slice(-3).arrayBuffer()).byteLength);
console.log(new Blob(['a\r\nb\rc'], {endings: 'native'}).size, new Blob(['x'], {type: 'bad\u00e9'}).type, new Blob().size);
const file = new File(['data'], 'name.txt', {type: 'text/plain', lastModified: 42});
console.log(file.name, file.lastModified, file.size, file.type, file instanceof Blob, file.webkitRelativePath === '', Object.prototype.toString.call(file));
const response = new Response(blob);
console.log(response.headers.get('content-type'), await response.text());
const back = await new Response('{"a":1}', {headers: {'content-type': 'application/json'}}).blob();
console.log(back.type, back.size, await back.text(), back instanceof Blob);
console.log(await new Response(new Blob([])).arrayBuffer());
console.log(new Uint8Array(await new Blob([new Uint16Array([0x4241])]).arrayBuffer()));
try { new Blob('abc'); } catch (e) { console.log(e.name); }
try { new Blob([], {endings: 'x'}); } catch (e) { console.log(e.name); }
try { new File([]); } catch (e) { console.log(e.name); }
console.log(Object.keys(Blob.prototype).sort().join(' '));
