// The URL parser of the WHATWG URL Standard (https://url.spec.whatwg.org/), written to the
// spec's algorithms and named after them: the basic URL parser (a state machine over code
// points, with state overrides for the setters), the host parser (IPv4, IPv6, opaque hosts and
// domains; domain to ASCII is ICU's UTS #46, natives.domainToAscii), percent-encoding and the
// serializers. Used by url.js; the completion value is a factory taking the natives.
(function makeUrlParser(natives) {
  'use strict';

  const ArrayFrom = Array.from;
  const StringFromCodePoint = String.fromCodePoint;
  const NumberParseInt = Number.parseInt;
  const MathPow = Math.pow;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const {toLowerCase, toUpperCase, split, slice, startsWith, endsWith, includes, codePointAt} =
      String.prototype;

  const specialPorts = {__proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
    'ws': 80, 'wss': 443};
  const isSpecialScheme = (scheme) => scheme in specialPorts;

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

  // ---- Hosts ----

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

  // ---- URL records ----

  function newRecord() {
    return {scheme: '', username: '', password: '', host: null, port: null, path: [],
      opaquePath: false, query: null, fragment: null};
  }

  function cloneRecord(r) {
    return {scheme: r.scheme, username: r.username, password: r.password, host: r.host,
      port: r.port, path: r.opaquePath ? r.path : r.path.slice(), opaquePath: r.opaquePath,
      query: r.query, fragment: r.fragment};
  }

  const includesCredentials = (url) => url.username !== '' || url.password !== '';
  const cannotHaveCredentialsOrPort = (url) => url.host === null || url.host === '' ||
      url.scheme === 'file';

  const isWindowsDriveLetter = (a, b) => isAsciiAlpha(a) && (b === ':' || b === '|');
  const isNormalizedWindowsDriveLetter = (s) => s.length === 2 && isAsciiAlpha(s[0]) &&
      s[1] === ':';
  function startsWithWindowsDriveLetter(chars, i) {
    if (!isWindowsDriveLetter(chars[i], chars[i + 1])) return false;
    const third = chars[i + 2];
    return third === undefined || third === '/' || third === '\\' || third === '?' ||
        third === '#';
  }

  function shortenPath(url) {
    const path = url.path;
    if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) {
      return;
    }
    path.pop();
  }

  const isSingleDot = (s) => s === '.' || call(toLowerCase, s) === '%2e';
  const isDoubleDot = (s) => {
    const l = call(toLowerCase, s);
    return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
  };

  // ---- The basic URL parser ----

  const S = {
    schemeStart: 1, scheme: 2, noScheme: 3, specialRelativeOrAuthority: 4, pathOrAuthority: 5,
    relative: 6, relativeSlash: 7, specialAuthoritySlashes: 8, specialAuthorityIgnoreSlashes: 9,
    authority: 10, host: 11, hostname: 12, port: 13, file: 14, fileSlash: 15, fileHost: 16,
    pathStart: 17, path: 18, opaquePath: 19, query: 20, fragment: 21,
  };

  const FAILURE = null;
  // With a state override, the parser "returns" (leaves the URL as it is, or as far as it got);
  // this is what it returns then.
  const RETURN = 'return';

  function trimControlAndSpace(input) {
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    return call(slice, input, start, end);
  }

  function removeTabAndNewline(input) {
    let out = '';
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      if (c !== '\t' && c !== '\n' && c !== '\r') out += c;
    }
    return out;
  }

  // basicParse(input, base, url, stateOverride): with no url, returns a new record or FAILURE;
  // with url and stateOverride, modifies url and returns RETURN, FAILURE or undefined.
  function basicParse(input, base = null, url = null, stateOverride = null) {
    if (url === null) {
      url = newRecord();
      input = trimControlAndSpace(input);
    }
    input = removeTabAndNewline(input);
    let state = stateOverride || S.schemeStart;
    let buffer = '';
    let atSignSeen = false;
    let insideBrackets = false;
    let passwordTokenSeen = false;
    const chars = ArrayFrom(input);
    let pointer = 0;
    const remainingStartsWith = (s) => {
      for (let i = 0; i < s.length; i++) {
        if (chars[pointer + 1 + i] !== s[i]) return false;
      }
      return true;
    };

    for (;; pointer++) {
      const c = chars[pointer];
      const special = isSpecialScheme(url.scheme);
      switch (state) {
        case S.schemeStart:
          if (isAsciiAlpha(c)) {
            buffer += call(toLowerCase, c);
            state = S.scheme;
          } else if (!stateOverride) {
            state = S.noScheme;
            pointer--;
          } else {
            return FAILURE;
          }
          break;

        case S.scheme:
          if (isAsciiAlphanumeric(c) || c === '+' || c === '-' || c === '.') {
            buffer += call(toLowerCase, c);
          } else if (c === ':') {
            if (stateOverride) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return RETURN;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') {
                return RETURN;
              }
              if (url.scheme === 'file' && url.host === '') return RETURN;
            }
            url.scheme = buffer;
            if (stateOverride) {
              if (url.port === specialPorts[url.scheme]) url.port = null;
              return RETURN;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = S.file;
            } else if (isSpecialScheme(url.scheme) && base !== null &&
                base.scheme === url.scheme) {
              state = S.specialRelativeOrAuthority;
            } else if (isSpecialScheme(url.scheme)) {
              state = S.specialAuthoritySlashes;
            } else if (chars[pointer + 1] === '/') {
              state = S.pathOrAuthority;
              pointer++;
            } else {
              url.path = '';
              url.opaquePath = true;
              state = S.opaquePath;
            }
          } else if (!stateOverride) {
            buffer = '';
            state = S.noScheme;
            pointer = -1;
          } else {
            return FAILURE;
          }
          break;

        case S.noScheme:
          if (base === null || (base.opaquePath && c !== '#')) return FAILURE;
          if (base.opaquePath && c === '#') {
            url.scheme = base.scheme;
            url.path = base.path;
            url.opaquePath = true;
            url.query = base.query;
            url.fragment = '';
            state = S.fragment;
          } else if (base.scheme !== 'file') {
            state = S.relative;
            pointer--;
          } else {
            state = S.file;
            pointer--;
          }
          break;

        case S.specialRelativeOrAuthority:
          if (c === '/' && chars[pointer + 1] === '/') {
            state = S.specialAuthorityIgnoreSlashes;
            pointer++;
          } else {
            state = S.relative;
            pointer--;
          }
          break;

        case S.pathOrAuthority:
          if (c === '/') {
            state = S.authority;
          } else {
            state = S.path;
            pointer--;
          }
          break;

        case S.relative:
          url.scheme = base.scheme;
          if (c === '/') {
            state = S.relativeSlash;
          } else if (isSpecialScheme(url.scheme) && c === '\\') {
            state = S.relativeSlash;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === '?') {
              url.query = '';
              state = S.query;
            } else if (c === '#') {
              url.fragment = '';
              state = S.fragment;
            } else if (c !== undefined) {
              url.query = null;
              shortenPath(url);
              state = S.path;
              pointer--;
            }
          }
          break;

        case S.relativeSlash:
          if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
            state = S.specialAuthorityIgnoreSlashes;
          } else if (c === '/') {
            state = S.authority;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = S.path;
            pointer--;
          }
          break;

        case S.specialAuthoritySlashes:
          if (c === '/' && chars[pointer + 1] === '/') {
            state = S.specialAuthorityIgnoreSlashes;
            pointer++;
          } else {
            state = S.specialAuthorityIgnoreSlashes;
            pointer--;
          }
          break;

        case S.specialAuthorityIgnoreSlashes:
          if (c !== '/' && c !== '\\') {
            state = S.authority;
            pointer--;
          }
          break;

        case S.authority:
          if (c === '@') {
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            for (const bc of buffer) {
              if (bc === ':' && !passwordTokenSeen) {
                passwordTokenSeen = true;
                continue;
              }
              const encoded = percentEncode(bc, userinfoSet);
              if (passwordTokenSeen) url.password += encoded;
              else url.username += encoded;
            }
            buffer = '';
          } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
              (special && c === '\\')) {
            if (atSignSeen && buffer === '') return FAILURE;
            pointer -= ArrayFrom(buffer).length + 1;
            buffer = '';
            state = S.host;
          } else {
            buffer += c;
          }
          break;

        case S.host:
        case S.hostname:
          if (stateOverride && url.scheme === 'file') {
            pointer--;
            state = S.fileHost;
          } else if (c === ':' && !insideBrackets) {
            if (buffer === '') return FAILURE;
            if (stateOverride === S.hostname) return RETURN;
            const host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            url.host = host;
            buffer = '';
            state = S.port;
          } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
              (special && c === '\\')) {
            pointer--;
            if (special && buffer === '') return FAILURE;
            if (stateOverride && buffer === '' &&
                (includesCredentials(url) || url.port !== null)) {
              return RETURN;
            }
            const host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            url.host = host;
            buffer = '';
            state = S.pathStart;
            if (stateOverride) return RETURN;
          } else {
            if (c === '[') insideBrackets = true;
            if (c === ']') insideBrackets = false;
            buffer += c;
          }
          break;

        case S.port:
          if (isAsciiDigit(c)) {
            buffer += c;
          } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
              (special && c === '\\') || stateOverride) {
            if (buffer !== '') {
              const port = NumberParseInt(buffer, 10);
              if (port > 65535) return FAILURE;
              url.port = specialPorts[url.scheme] === port ? null : port;
              buffer = '';
              if (stateOverride) return RETURN;
            }
            if (stateOverride) return FAILURE;
            state = S.pathStart;
            pointer--;
          } else {
            return FAILURE;
          }
          break;

        case S.file:
          url.scheme = 'file';
          url.host = '';
          if (c === '/' || c === '\\') {
            state = S.fileSlash;
          } else if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === '?') {
              url.query = '';
              state = S.query;
            } else if (c === '#') {
              url.fragment = '';
              state = S.fragment;
            } else if (c !== undefined) {
              url.query = null;
              if (!startsWithWindowsDriveLetter(chars, pointer)) {
                shortenPath(url);
              } else {
                url.path = [];
              }
              state = S.path;
              pointer--;
            }
          } else {
            state = S.path;
            pointer--;
          }
          break;

        case S.fileSlash:
          if (c === '/' || c === '\\') {
            state = S.fileHost;
          } else {
            if (base !== null && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWindowsDriveLetter(chars, pointer) && !base.opaquePath &&
                  base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            state = S.path;
            pointer--;
          }
          break;

        case S.fileHost:
          if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
            pointer--;
            const bufferChars = ArrayFrom(buffer);
            if (!stateOverride && bufferChars.length === 2 &&
                isWindowsDriveLetter(bufferChars[0], bufferChars[1])) {
              state = S.path;
            } else if (buffer === '') {
              url.host = '';
              if (stateOverride) return RETURN;
              state = S.pathStart;
            } else {
              let host = parseHost(buffer, !special);
              if (host === null) return FAILURE;
              if (host === 'localhost') host = '';
              url.host = host;
              if (stateOverride) return RETURN;
              buffer = '';
              state = S.pathStart;
            }
          } else {
            buffer += c;
          }
          break;

        case S.pathStart:
          if (special) {
            state = S.path;
            if (c !== '/' && c !== '\\') pointer--;
          } else if (!stateOverride && c === '?') {
            url.query = '';
            state = S.query;
          } else if (!stateOverride && c === '#') {
            url.fragment = '';
            state = S.fragment;
          } else if (c !== undefined) {
            state = S.path;
            if (c !== '/') pointer--;
          } else if (stateOverride && url.host === null) {
            url.path.push('');
          }
          break;

        case S.path:
          if (c === undefined || c === '/' || (special && c === '\\') ||
              (!stateOverride && (c === '?' || c === '#'))) {
            if (isDoubleDot(buffer)) {
              shortenPath(url);
              if (c !== '/' && !(special && c === '\\')) url.path.push('');
            } else if (isSingleDot(buffer) && c !== '/' && !(special && c === '\\')) {
              url.path.push('');
            } else if (!isSingleDot(buffer)) {
              if (url.scheme === 'file' && url.path.length === 0 && buffer.length === 2 &&
                  isWindowsDriveLetter(buffer[0], buffer[1])) {
                buffer = buffer[0] + ':';
              }
              url.path.push(buffer);
            }
            buffer = '';
            if (c === '?') {
              url.query = '';
              state = S.query;
            }
            if (c === '#') {
              url.fragment = '';
              state = S.fragment;
            }
          } else {
            buffer += percentEncode(c, pathSet);
          }
          break;

        case S.opaquePath:
          if (c === '?') {
            url.query = '';
            state = S.query;
          } else if (c === '#') {
            url.fragment = '';
            state = S.fragment;
          } else if (c === ' ') {
            const next = chars[pointer + 1];
            url.path += next === '?' || next === '#' ? '%20' : ' ';
          } else if (c !== undefined) {
            url.path += percentEncode(c, c0ControlSet);
          }
          break;

        case S.query:
          if ((!stateOverride && c === '#') || c === undefined) {
            url.query += percentEncodeString(buffer, special ? specialQuerySet : querySet);
            buffer = '';
            if (c === '#') {
              url.fragment = '';
              state = S.fragment;
            }
          } else {
            buffer += c;
          }
          break;

        case S.fragment:
          if (c !== undefined) url.fragment += percentEncode(c, fragmentSet);
          break;
      }
      if (pointer >= chars.length) break;
    }
    return stateOverride ? undefined : url;
  }

  // ---- Serializers ----

  function serializePath(url) {
    if (url.opaquePath) return url.path;
    let output = '';
    for (const segment of url.path) output += '/' + segment;
    return output;
  }

  function serializeUrl(url, excludeFragment = false) {
    let output = url.scheme + ':';
    if (url.host !== null) {
      output += '//';
      if (includesCredentials(url)) {
        output += url.username;
        if (url.password !== '') output += ':' + url.password;
        output += '@';
      }
      output += url.host;
      if (url.port !== null) output += ':' + url.port;
    }
    if (url.host === null && !url.opaquePath && url.path.length > 1 && url.path[0] === '') {
      output += '/.';
    }
    output += serializePath(url);
    if (url.query !== null) output += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
    return output;
  }

  // The ASCII serialization of a URL's origin ("null" for an opaque origin).
  function serializeOrigin(url) {
    switch (url.scheme) {
      case 'blob': {
        const pathUrl = basicParse(serializePath(url));
        if (pathUrl !== FAILURE && (pathUrl.scheme === 'http' || pathUrl.scheme === 'https')) {
          return serializeOrigin(pathUrl);
        }
        return 'null';
      }
      case 'ftp':
      case 'http':
      case 'https':
      case 'ws':
      case 'wss':
        return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
      default:
        return 'null';
    }
  }

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
    S, FAILURE, RETURN, basicParse, serializeUrl, serializePath, serializeOrigin, cloneRecord,
    parseHost, percentEncodeString, percentDecodeToBytes, cannotHaveCredentialsOrPort,
    includesCredentials, isSpecialScheme, userinfoSet, c0ControlSet, parseFormUrlencoded,
    serializeFormUrlencoded, domainToAscii, utf8DecodeWithoutBom,
    trimControlAndSpace,
  };
})
