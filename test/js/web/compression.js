// CompressionStream and DecompressionStream: round trips in the three formats, gzip/deflate data
// made elsewhere (node's zlib output recorded as bytes), chunked input, and errors.
// Expected output: node 20's, except for the errors: the Compression Streams standard makes
// corrupt, truncated and trailing data a TypeError (node throws zlib's plain Errors and accepts
// trailing data), and a chunk that is not a BufferSource errors both sides (node leaves the
// promises pending).
const text = 'hello hello hello compression streams '.repeat(20);
const bytes = new TextEncoder().encode(text);
async function collect(readable) {
  return new Uint8Array(await new Response(readable).arrayBuffer());
}
for (const format of ['gzip', 'deflate', 'deflate-raw']) {
  const compressed = await collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream(format)));
  const restored = await collect(new Blob([compressed]).stream().pipeThrough(new DecompressionStream(format)));
  console.log(format, compressed.length < bytes.length, new TextDecoder().decode(restored) === text,
      format === 'gzip' ? [compressed[0], compressed[1]] : format === 'deflate' ? compressed[0] : '');
}
// 'hi' as gzip without a timestamp and as zlib's deflate, one byte per chunk.
const gzipHi = [31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 203, 200, 4, 0, 172, 42, 147, 216, 2, 0, 0, 0];
const ds = new DecompressionStream('gzip');
const writer = ds.writable.getWriter();
for (const b of gzipHi) writer.write(new Uint8Array([b]));
writer.close();
console.log(new TextDecoder().decode(await collect(ds.readable)));
const deflateHi = new Uint8Array([120, 156, 203, 200, 4, 0, 1, 59, 0, 210]);
console.log(new TextDecoder().decode(await collect(new Blob([deflateHi]).stream().pipeThrough(new DecompressionStream('deflate')))));

async function attempt(what, format, input) {
  try {
    await collect(new Blob([input]).stream().pipeThrough(new DecompressionStream(format)));
    console.log(what, 'no error');
  } catch (e) {
    console.log(what, e.name);
  }
}
await attempt('corrupt', 'gzip', new Uint8Array([1, 2, 3, 4, 5]));
await attempt('truncated', 'gzip', new Uint8Array(gzipHi.slice(0, 12)));
await attempt('trailing data', 'deflate', new Uint8Array([...deflateHi, 1, 2]));
try {
  new CompressionStream('brotli');
} catch (e) {
  console.log('unknown format', e.name);
}
const cs = new CompressionStream('gzip');
const csWriter = cs.writable.getWriter();
csWriter.write('not bytes').catch((e) => console.log('string chunk', e.name));
cs.readable.getReader().read().catch((e) => console.log('readable errored', e.name));
await new Promise((resolve) => setTimeout(resolve, 10));
console.log(Object.prototype.toString.call(cs), typeof cs.readable, Object.keys(CompressionStream.prototype));
