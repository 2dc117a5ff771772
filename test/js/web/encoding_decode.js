// TextDecoder over the Encoding Standard's encodings: single-byte tables, the CJK encodings,
// UTF-16 with and without BOM, streaming across chunk boundaries, fatal mode, ignoreBOM; and
// TextEncoder.encodeInto. Expected output: node 20's, except where node departs from the
// standard (each such line says so).
const hex = (text) => [...text].map((c) => c.codePointAt(0).toString(16).toUpperCase()).join(' ');
const decode = (label, bytes, options) => new TextDecoder(label, options).decode(Uint8Array.from(bytes));

console.log(new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])));
const samples = [
  ['ibm866', [0x41, 0x80, 0xA0, 0xE0, 0xFF]],
  ['iso-8859-2', [0xA1, 0xB1, 0xC8, 0xFF]],
  ['iso-8859-5', [0xB0, 0xD0, 0xF0]],
  ['iso-8859-7', [0xA4, 0xC1, 0xF9]],
  ['iso-8859-8', [0xE0, 0xFA]],
  ['koi8-r', [0xC1, 0xE1, 0x9A]],
  ['koi8-u', [0xA4, 0xB4]],
  ['macintosh', [0x80, 0xA5, 0xDB]],
  ['x-mac-cyrillic', [0x80, 0xDF, 0xFF]],
  ['windows-874', [0x80, 0xA1, 0xDF]],
  ['windows-1250', [0x8A, 0xB9, 0xE8]],
  ['windows-1251', [0x80, 0xC0, 0xFF]],
  ['windows-1253', [0xC1, 0xE1]],
  ['windows-1254', [0xD0, 0xFD]],
  ['windows-1255', [0xE0, 0xF0]],
  ['windows-1256', [0xC7, 0xE1]],
  ['windows-1257', [0xC0, 0xE0]],
  ['windows-1258', [0xC3, 0xD2]],
  ['gbk', [0xC4, 0xE3, 0xBA, 0xC3, 0x41]],
  ['gb18030', [0x81, 0x30, 0x81, 0x30, 0xD6, 0xD0]],
  ['big5', [0xA4, 0xA4, 0xA4, 0xE5, 0x41]],
  ['euc-jp', [0xC6, 0xFC, 0xCB, 0xDC, 0x8E, 0xB1]],
  ['iso-2022-jp', [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x1B, 0x28, 0x42, 0x41]],
  ['shift_jis', [0x93, 0xFA, 0x96, 0x7B, 0xB1, 0x41]],
  ['euc-kr', [0xC7, 0xD1, 0xB1, 0xDB, 0x41]],
  ['utf-16be', [0x00, 0x68, 0xD8, 0x3D, 0xDE, 0x00]],
  ['utf-16le', [0xFF, 0xFE, 0x68, 0x00, 0x3D, 0xD8, 0x00, 0xDE]],
];
for (const [label, bytes] of samples) console.log(label.padEnd(14), hex(decode(label, bytes)));

// Errors become U+FFFD; in the multi-byte encodings an ASCII byte after a bad lead is kept.
console.log('errors', hex(decode('shift_jis', [0x81, 0x20, 0xA0])), '|',
    hex(decode('euc-kr', [0xC7, 0x41])), '|', hex(decode('utf-16le', [0x00, 0xD8, 0x41])), '|',
    hex(decode('big5', [0xA4])));
// gb18030 (and gbk, which decodes as gb18030) reads a lone 0x80 as the euro sign.
console.log('gb18030 0x80', hex(decode('gb18030', [0x80])), hex(decode('gbk', [0x80])));

// Streaming: a sequence split across calls decodes once complete; flushing an incomplete one
// gives U+FFFD.
for (const [label, bytes] of [['utf-8', [0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80]],
  ['utf-16le', [0x3D, 0xD8, 0x00, 0xDE, 0x41, 0x00]], ['shift_jis', [0x93, 0xFA, 0x96, 0x7B]],
  ['gb18030', [0x81, 0x30, 0x81, 0x30]], ['iso-2022-jp', [0x1B, 0x24, 0x42, 0x46, 0x7C]]]) {
  const decoder = new TextDecoder(label);
  let text = '';
  for (const byte of bytes) text += decoder.decode(Uint8Array.of(byte), {stream: true});
  console.log('stream', label, hex(text), JSON.stringify(decoder.decode()));
}
const partial = new TextDecoder('utf-8');
console.log('flushed', hex(partial.decode(Uint8Array.of(0xE2, 0x82), {stream: true}) + partial.decode()));
console.log('after flush', hex(partial.decode(Uint8Array.of(0x41))));

// fatal: a TypeError for invalid input, in every encoding; the decoder is usable afterwards.
for (const [label, bytes] of [['utf-8', [0xFF]], ['utf-16be', [0xDC, 0x00]],
  ['shift_jis', [0x81]], ['euc-kr', [0xC7, 0x41]], ['utf-16le', [0x41]]]) {
  const decoder = new TextDecoder(label, {fatal: true});
  try {
    decoder.decode(Uint8Array.from(bytes));
    console.log('fatal', label, 'no error');
  } catch (e) {
    console.log('fatal', label, e.name, decoder.fatal, JSON.stringify(decoder.decode(Uint8Array.of(0x41, 0))));
  }
}

// The BOM: dropped by UTF-8 and UTF-16 unless ignoreBOM; only at the start of a stream.
console.log('bom', hex(decode('utf-8', [0xEF, 0xBB, 0xBF, 0x41])),
    hex(decode('utf-8', [0xEF, 0xBB, 0xBF, 0x41], {ignoreBOM: true})),
    hex(decode('utf-16be', [0xFE, 0xFF, 0x00, 0x41])),
    hex(decode('utf-16le', [0xFE, 0xFF, 0x41, 0x00])));
const bomStream = new TextDecoder();
console.log('bom stream', hex(bomStream.decode(Uint8Array.of(0xEF, 0xBB), {stream: true}) +
    bomStream.decode(Uint8Array.of(0xBF, 0xEF, 0xBB, 0xBF))));
console.log('buffers', decode('utf-8', new Uint16Array([0x6968]).buffer === undefined ? [] : [0x68, 0x69]),
    new TextDecoder().decode(new DataView(Uint8Array.of(0x6F, 0x6B).buffer)),
    new TextDecoder().decode(new Uint16Array([0x6968]).buffer), JSON.stringify(new TextDecoder().decode()));

// TextEncoder.
const encoder = new TextEncoder();
console.log(encoder.encoding, encoder.encode('h\u00E9\uD83D'), encoder.encode());
const target = new Uint8Array(5);
console.log(encoder.encodeInto('a\u20AC\u{1F600}', target), target);
