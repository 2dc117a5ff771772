// The basic URL parser of the WHATWG URL Standard (https://url.spec.whatwg.org/#url-parsing), a
// state machine over code points with state overrides for the setters, and the URL and origin
// serializers, written to the spec's algorithms and named after them. Runs after
// url_percent_encoding.js and url_host.js (natives.percentEncoding, natives.host); used by url.js
// (as natives.parser); the completion value is a factory taking the natives.
(function makeUrlParser(natives) {
  'use strict';

  const {isAsciiDigit, isAsciiAlpha, isAsciiAlphanumeric, c0ControlSet, fragmentSet, querySet,
    specialQuerySet, pathSet, userinfoSet, percentEncode, percentEncodeString} =
      natives.percentEncoding;
  const {parseHost} = natives.host;
  const ArrayFrom = Array.from;
  const NumberParseInt = Number.parseInt;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const {toLowerCase, slice} = String.prototype;

  const specialPorts = {__proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
    'ws': 80, 'wss': 443};
  const isSpecialScheme = (scheme) => scheme in specialPorts;
  // ---- URL records ----

  function newRecord() {
    return {scheme: '', username: '', password: '', host: null, port: null, path: [],
      opaquePath: false, query: null, fragment: null};
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

  // The relative and relative slash states take the base's credentials, host and port.
  function copyAuthority(url, base) {
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
  }

  // Several states go on at a "?" with an empty query or at a "#" with an empty fragment: this
  // sets that up and returns the query or fragment state, or null for any other code point.
  function startQueryOrFragment(url, c) {
    if (c === '?') {
      url.query = '';
      return S.query;
    }
    if (c === '#') {
      url.fragment = '';
      return S.fragment;
    }
    return null;
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
    // "Set state to `next` and decrease pointer by 1": `next` starts at the same code point.
    const reconsume = (next) => {
      state = next;
      pointer--;
    };
    // The special relative or authority and special authority slashes states: at "//" on to the
    // special authority ignore slashes state past both slashes, else reconsume in `otherwise`.
    const authoritySlashesOr = (c, otherwise) => {
      if (c === '/' && chars[pointer + 1] === '/') {
        state = S.specialAuthorityIgnoreSlashes;
        pointer++;
      } else {
        reconsume(otherwise);
      }
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
            reconsume(S.noScheme);
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
            reconsume(S.relative);
          } else {
            reconsume(S.file);
          }
          break;

        case S.specialRelativeOrAuthority:
          authoritySlashesOr(c, S.relative);
          break;

        case S.pathOrAuthority:
          if (c === '/') {
            state = S.authority;
          } else {
            reconsume(S.path);
          }
          break;

        case S.relative:
          url.scheme = base.scheme;
          if (c === '/' || (isSpecialScheme(url.scheme) && c === '\\')) {
            state = S.relativeSlash;
          } else {
            copyAuthority(url, base);
            url.path = base.path.slice();
            url.query = base.query;
            const next = startQueryOrFragment(url, c);
            if (next !== null) {
              state = next;
            } else if (c !== undefined) {
              url.query = null;
              shortenPath(url);
              reconsume(S.path);
            }
          }
          break;

        case S.relativeSlash:
          if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
            state = S.specialAuthorityIgnoreSlashes;
          } else if (c === '/') {
            state = S.authority;
          } else {
            copyAuthority(url, base);
            reconsume(S.path);
          }
          break;

        case S.specialAuthoritySlashes:
          authoritySlashesOr(c, S.specialAuthorityIgnoreSlashes);
          break;

        case S.specialAuthorityIgnoreSlashes:
          if (c !== '/' && c !== '\\') {
            reconsume(S.authority);
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
            reconsume(S.pathStart);
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
            const next = startQueryOrFragment(url, c);
            if (next !== null) {
              state = next;
            } else if (c !== undefined) {
              url.query = null;
              if (!startsWithWindowsDriveLetter(chars, pointer)) {
                shortenPath(url);
              } else {
                url.path = [];
              }
              reconsume(S.path);
            }
          } else {
            reconsume(S.path);
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
            reconsume(S.path);
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
          } else if (!stateOverride && (c === '?' || c === '#')) {
            state = startQueryOrFragment(url, c);
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
            state = startQueryOrFragment(url, c) ?? state;
          } else {
            buffer += percentEncode(c, pathSet);
          }
          break;

        case S.opaquePath:
          if (c === '?' || c === '#') {
            state = startQueryOrFragment(url, c);
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
            if (c === '#') state = startQueryOrFragment(url, c);
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

  return {
    S, FAILURE, RETURN, basicParse, serializeUrl, serializePath, serializeOrigin,
    cannotHaveCredentialsOrPort,
  };
})
