// The host parser of the WHATWG URL Standard (https://url.spec.whatwg.org/#host-parsing): IPv4,
// IPv6, opaque hosts and domains (domain to ASCII is ICU's UTS #46, natives.domainToAscii), and
// the IPv4 and IPv6 serializers, named after the spec's algorithms. Runs after
// url_percent_encoding.js (natives.percentEncoding); the completion value is a factory taking the
// natives.
(function makeUrlHost(natives) {
  'use strict';

  const {cp, isAsciiDigit, isAsciiHexDigit, c0ControlSet, percentEncodeString,
    percentDecodeToBytes, utf8DecodeWithoutBom} = natives.percentEncoding;
  const ArrayFrom = Array.from;
  const NumberParseInt = Number.parseInt;
  const MathPow = Math.pow;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const {toLowerCase, split, slice, startsWith, includes} = String.prototype;

  const forbiddenHostCodePoints = '\0\t\n\r #/:<>?@[\\]^|';
  const isForbiddenHost = (c) => call(includes, forbiddenHostCodePoints, c);
  const isForbiddenDomain = (c) => isForbiddenHost(c) || cp(c) < 0x20 || c === '%' ||
      c === '\x7F';

  function parseIPv4Number(input) {
    if (input === '') return null;
    let radix = 10;
    if (input.length >= 2 && (call(startsWith, input, '0x') || call(startsWith, input, '0X'))) {
      input = call(slice, input, 2);
      radix = 16;
    } else if (input.length >= 2 && input[0] === '0') {
      input = call(slice, input, 1);
      radix = 8;
    }
    if (input === '') return 0;
    for (const c of input) {
      const ok = radix === 16 ? isAsciiHexDigit(c) : radix === 10 ? isAsciiDigit(c) :
          c >= '0' && c <= '7' && c.length === 1;
      if (!ok) return null;
    }
    return NumberParseInt(input, radix);
  }

  function endsInANumber(input) {
    const parts = call(split, input, '.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.length--;
    }
    const last = parts[parts.length - 1];
    if (last !== '' && ArrayFrom(last).every(isAsciiDigit)) return true;
    return parseIPv4Number(last) !== null;
  }

  // Returns the IPv4 address as a number, or null for failure.
  function parseIPv4(input) {
    const parts = call(split, input, '.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.length--;
    if (parts.length > 4) return null;
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (n === null) return null;
      numbers.push(n);
    }
    for (let i = 0; i < numbers.length - 1; i++) {
      if (numbers[i] > 255) return null;
    }
    if (numbers[numbers.length - 1] >= MathPow(256, 5 - numbers.length)) return null;
    let ipv4 = numbers[numbers.length - 1];
    for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * MathPow(256, 3 - i);
    return ipv4;
  }

  function serializeIPv4(address) {
    const out = [];
    for (let i = 0; i < 4; i++) {
      out.unshift(String(address % 256));
      address = Math.floor(address / 256);
    }
    return out.join('.');
  }

  // Returns the eight pieces, or null for failure.
  function parseIPv6(input) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0;
    let compress = null;
    let pointer = 0;
    const chars = ArrayFrom(input);
    const at = (i) => chars[i];
    if (at(pointer) === ':') {
      if (at(pointer + 1) !== ':') return null;
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (at(pointer) !== undefined) {
      if (pieceIndex === 8) return null;
      if (at(pointer) === ':') {
        if (compress !== null) return null;
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      let value = 0;
      let length = 0;
      while (length < 4 && isAsciiHexDigit(at(pointer))) {
        value = value * 0x10 + NumberParseInt(at(pointer), 16);
        pointer++;
        length++;
      }
      if (at(pointer) === '.') {
        if (length === 0) return null;
        pointer -= length;
        if (pieceIndex > 6) return null;
        let numbersSeen = 0;
        while (at(pointer) !== undefined) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (at(pointer) === '.' && numbersSeen < 4) pointer++;
            else return null;
          }
          if (!isAsciiDigit(at(pointer))) return null;
          while (isAsciiDigit(at(pointer))) {
            const number = NumberParseInt(at(pointer), 10);
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return null;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return null;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return null;
        break;
      } else if (at(pointer) === ':') {
        pointer++;
        if (at(pointer) === undefined) return null;
      } else if (at(pointer) !== undefined) {
        return null;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const t = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = t;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      return null;
    }
    return address;
  }

  function serializeIPv6(address) {
    // The first longest run of two or more zero pieces is compressed.
    let compress = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
      if (address[i] !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > bestLength) {
        bestLength = j - i;
        compress = i;
      }
      i = j;
    }
    let output = '';
    let ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && address[i] === 0) continue;
      ignore0 = false;
      if (compress === i) {
        output += i === 0 ? '::' : ':';
        ignore0 = true;
        continue;
      }
      output += address[i].toString(16);
      if (i !== 7) output += ':';
    }
    return output;
  }

  function parseOpaqueHost(input) {
    for (const c of input) {
      if (isForbiddenHost(c)) return null;
    }
    return percentEncodeString(input, c0ControlSet);
  }

  // "Domain to ASCII" with beStrict false: an ASCII domain is only lowered (the standard no
  // longer validates the Punycode of ASCII "xn--" labels); the rest goes through UTS #46 (ICU).
  function domainToAscii(domain) {
    let result;
    if (ArrayFrom(domain).every((c) => cp(c) < 0x80)) {
      result = call(toLowerCase, domain);
    } else {
      result = natives.domainToAscii(domain);
      if (result === null) return null;
    }
    if (result === '') return null;
    for (const c of result) {
      if (isForbiddenDomain(c)) return null;
    }
    return result;
  }

  // The host parser: returns the serialized host (a string), or null for failure.
  function parseHost(input, isOpaque) {
    if (input[0] === '[') {
      if (input[input.length - 1] !== ']') return null;
      const address = parseIPv6(call(slice, input, 1, -1));
      return address === null ? null : '[' + serializeIPv6(address) + ']';
    }
    if (isOpaque) return parseOpaqueHost(input);
    const domain = utf8DecodeWithoutBom(percentDecodeToBytes(input));
    const asciiDomain = domainToAscii(domain);
    if (asciiDomain === null) return null;
    if (endsInANumber(asciiDomain)) {
      const address = parseIPv4(asciiDomain);
      return address === null ? null : serializeIPv4(address);
    }
    return asciiDomain;
  }

  return {parseHost};
})
