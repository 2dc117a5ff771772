// Percent-encoding of the WHATWG URL Standard (https://url.spec.whatwg.org/#percent-encoded-bytes)
// and the application/x-www-form-urlencoded parser and serializer built on it, named after the
// spec's algorithms; also the code point classes the host and URL parsers share. The first of
// the URL parts (then url_host.js, url_parser.js; url.js is the API); the completion value is a
// factory taking the natives.
(function makeUrlPercentEncoding(natives) {
  'use strict';

  const StringFromCodePoint = String.fromCodePoint;
  const NumberParseInt = Number.parseInt;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const {split, slice, codePointAt} = String.prototype;

  // Code point classes. `c` is a one-code-point string or undefined (EOF).
  const cp = (c) => (c === undefined ? -1 : call(codePointAt, c, 0));
  const isAsciiDigit = (c) => c !== undefined && c >= '0' && c <= '9' && c.length === 1;
  const isAsciiHexDigit = (c) => c !== undefined && c.length === 1 &&
      ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
  const isAsciiAlpha = (c) => c !== undefined && c.length === 1 &&
      ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isAsciiDigit(c);

  // The percent-encode sets, as predicates over code points.
  const c0ControlSet = (n) => n < 0x20 || n > 0x7E;
  const fragmentSet = (n) => c0ControlSet(n) || n === 0x20 || n === 0x22 || n === 0x3C ||
      n === 0x3E || n === 0x60;
  const querySet = (n) => c0ControlSet(n) || n === 0x20 || n === 0x22 || n === 0x23 ||
      n === 0x3C || n === 0x3E;
  const specialQuerySet = (n) => querySet(n) || n === 0x27;
  const pathSet = (n) => querySet(n) || n === 0x3F || n === 0x5E || n === 0x60 || n === 0x7B ||
      n === 0x7D;
  const userinfoSet = (n) => pathSet(n) || n === 0x2F || n === 0x3A || n === 0x3B ||
      n === 0x3D || n === 0x40 || (n >= 0x5B && n <= 0x5E) || n === 0x7C;
  const componentSet = (n) => userinfoSet(n) || (n >= 0x24 && n <= 0x26) || n === 0x2B ||
      n === 0x2C;
  const formUrlencodedSet = (n) => componentSet(n) || n === 0x21 || (n >= 0x27 && n <= 0x29) ||
      n === 0x7E;

  const hexDigits = '0123456789ABCDEF';
  const percentByte = (b) => '%' + hexDigits[b >> 4] + hexDigits[b & 15];

  // The UTF-8 bytes of one code point.
  function utf8Bytes(n) {
    if (n < 0x80) return [n];
    if (n < 0x800) return [0xC0 | (n >> 6), 0x80 | (n & 63)];
    if (n < 0x10000) return [0xE0 | (n >> 12), 0x80 | ((n >> 6) & 63), 0x80 | (n & 63)];
    return [0xF0 | (n >> 18), 0x80 | ((n >> 12) & 63), 0x80 | ((n >> 6) & 63), 0x80 | (n & 63)];
  }

  // "UTF-8 percent-encode" one code point with a percent-encode set.
  function percentEncode(c, set, spaceAsPlus = false) {
    const n = cp(c);
    if (spaceAsPlus && n === 0x20) return '+';
    if (!set(n)) return c;
    let out = '';
    for (const b of utf8Bytes(n)) out += percentByte(b);
    return out;
  }

  // "UTF-8 percent-encode" a whole string (well-formed already).
  function percentEncodeString(text, set, spaceAsPlus = false) {
    let out = '';
    for (const c of text) out += percentEncode(c, set, spaceAsPlus);
    return out;
  }

  // "Percent-decode" a string to bytes (the string's UTF-8, with %XX sequences decoded).
  function percentDecodeToBytes(text) {
    const bytes = natives.encodeUtf8(text);
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isHexByte(bytes[i + 1]) && isHexByte(bytes[i + 2])) {
        out.push(NumberParseInt(StringFromCodePoint(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return out;
  }
  const isHexByte = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) ||
      (b >= 0x61 && b <= 0x66);
  const utf8DecodeWithoutBom = (bytes) => natives.decodeUtf8NoBom(Uint8Array.from(bytes));

  // ---- application/x-www-form-urlencoded ----

  function parseFormUrlencoded(input) {
    const output = [];
    for (const sequence of call(split, input, '&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      let name = eq < 0 ? sequence : call(slice, sequence, 0, eq);
      let value = eq < 0 ? '' : call(slice, sequence, eq + 1);
      name = name.replace(/\+/g, ' ');
      value = value.replace(/\+/g, ' ');
      output.push([utf8DecodeWithoutBom(percentDecodeToBytes(name)),
        utf8DecodeWithoutBom(percentDecodeToBytes(value))]);
    }
    return output;
  }

  function serializeFormUrlencoded(tuples) {
    let output = '';
    for (const [name, value] of tuples) {
      if (output !== '') output += '&';
      output += percentEncodeString(name, formUrlencodedSet, true) + '=' +
          percentEncodeString(value, formUrlencodedSet, true);
    }
    return output;
  }

  return {
    cp, isAsciiDigit, isAsciiHexDigit, isAsciiAlpha, isAsciiAlphanumeric, c0ControlSet,
    fragmentSet, querySet, specialQuerySet, pathSet, userinfoSet, percentEncode,
    percentEncodeString, percentDecodeToBytes, utf8DecodeWithoutBom, parseFormUrlencoded,
    serializeFormUrlencoded,
  };
})
