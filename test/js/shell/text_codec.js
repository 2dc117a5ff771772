// TextEncoder/TextDecoder (UTF-8, per the Encoding Standard): encode, encodeInto, decode with
// replacement or fatal errors, BOM handling, streaming across calls.
const encoder = new TextEncoder();
console.log(encoder.encoding, encoder.encode('héllo €😀'), encoder.encode());
console.log(encoder.encode('\ud800 lone'), encoder.encode(42));
const target = new Uint8Array(5);
console.log(encoder.encodeInto('a€😀', target), target);
console.log(encoder.encodeInto('abc', new Uint8Array(0)));

const decoder = new TextDecoder();
console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
console.log(decoder.decode(encoder.encode('round trip ✓')), JSON.stringify(decoder.decode()));
console.log(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).length);
// Invalid input: each maximal bad subpart becomes one U+FFFD.
console.log(JSON.stringify(decoder.decode(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98]))));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xed, 0xa0, 0x80]))));
try {
  new TextDecoder('utf8', { fatal: true }).decode(new Uint8Array([0x61, 0x80]));
} catch (e) {
  console.log('fatal:', e.constructor.name);
}
// Streaming: a character split across chunks.
const streaming = new TextDecoder();
const euro = encoder.encode('€');
console.log(JSON.stringify(streaming.decode(euro.subarray(0, 1), { stream: true })),
    JSON.stringify(streaming.decode(euro.subarray(1), { stream: true })),
    JSON.stringify(streaming.decode()));
console.log(JSON.stringify(new TextDecoder().decode(euro.subarray(0, 2))));
// Views and buffers of all kinds.
const buffer = new Uint8Array([0x41, 0x42, 0x43, 0x44]).buffer;
console.log(decoder.decode(buffer), decoder.decode(new DataView(buffer, 1, 2)), decoder.decode(new Uint16Array(buffer, 2, 1)));
for (const label of [' UTF-8 ', 'unicode-1-1-utf-8', 'latin1', 'utf-16le']) {
  try {
    console.log(JSON.stringify(label), new TextDecoder(label).encoding);
  } catch (e) {
    console.log(JSON.stringify(label), e.constructor.name);
  }
}
try {
  decoder.decode('not a buffer');
} catch (e) {
  console.log('decode(string):', e.constructor.name);
}
console.log(Object.prototype.toString.call(encoder), Object.prototype.toString.call(decoder));
