// Headers and Response of the Fetch Standard, for fetch() of local files and in-memory bodies.
// Bodies live in native handles (shell/body.cc) that read files through libuv; this side does
// the WebIDL-facing work: argument conversion, validation, brand checks.
// The completion value is a factory taking the native helpers; it returns the two classes and
// the internal hooks fetch() and compileStreaming use.
(function makeResponseApi(natives) {
  'use strict';

  const uncurry = Function.prototype.bind.bind(Function.prototype.call);
  const StringCtor = String;
  const StringToLowerCase = uncurry(String.prototype.toLowerCase);
  const StringCharCodeAt = uncurry(String.prototype.charCodeAt);
  const StringSlice = uncurry(String.prototype.slice);
  const StringIndexOf = uncurry(String.prototype.indexOf);
  const RegExpExec = uncurry(RegExp.prototype.exec);
  const PromiseThen = uncurry(Promise.prototype.then);
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const JSONParse = JSON.parse;
  const JSONStringify = JSON.stringify;
  const ArrayIsArray = Array.isArray;
  const ArraySort = uncurry(Array.prototype.sort);
  const ReflectOwnKeys = Reflect.ownKeys;
  const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  const ObjectDefineProperty = Object.defineProperty;
  const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
  const ArrayValues = uncurry(Array.prototype.values);
  const Uint8ArrayCtor = Uint8Array;
  const ArrayBufferCtor = ArrayBuffer;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const SymbolIterator = Symbol.iterator;
  const NumberCtor = Number;
  const MathTrunc = Math.trunc;

  function push(array, value) {
    array[array.length] = value;
  }

  function toUSVString(value) {
    if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
    return natives.toWellFormed(StringCtor(value));
  }

  // WebIDL ByteString: every code unit must be at most 0xFF.
  function toByteString(value, what) {
    if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
    const string = StringCtor(value);
    for (let i = 0; i < string.length; i++) {
      if (StringCharCodeAt(string, i) > 0xff) {
        throw new TypeErrorCtor(`${what}: '${string}' is not a valid ByteString`);
      }
    }
    return string;
  }

  // ---------------------------------------------------------------------------------------------
  // Headers (https://fetch.spec.whatwg.org/#headers-class).

  const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

  function normalizeValue(value) {
    // Strip leading and trailing HTTP whitespace (tab, LF, CR, space).
    return RegExpExec(/^[\t\n\r ]*([^]*?)[\t\n\r ]*$/, value)[1];
  }

  function validateHeader(name, value, what) {
    if (RegExpExec(tokenPattern, name) === null) {
      throw new TypeErrorCtor(`${what}: '${name}' is not a valid header name`);
    }
    for (let i = 0; i < value.length; i++) {
      const c = StringCharCodeAt(value, i);
      if (c === 0 || c === 0x0a || c === 0x0d) {
        throw new TypeErrorCtor(`${what}: '${value}' is not a valid header value`);
      }
    }
  }

  class Headers {
    #list = [];  // [lowercased name, value] in insertion order (the header list).
    #guard = 'none';

    constructor(init = undefined) {
      if (init !== undefined) fillHeaders(this, init, "Failed to construct 'Headers'");
    }

    append(name, value) {
      name = toByteString(name, "Failed to execute 'append' on 'Headers'");
      value = normalizeValue(toByteString(value, "Failed to execute 'append' on 'Headers'"));
      validateHeader(name, value, "Failed to execute 'append' on 'Headers'");
      this.#checkMutable("append");
      push(this.#list, [StringToLowerCase(name), value]);
    }

    delete(name) {
      name = toByteString(name, "Failed to execute 'delete' on 'Headers'");
      validateHeader(name, '', "Failed to execute 'delete' on 'Headers'");
      this.#checkMutable("delete");
      const lower = StringToLowerCase(name);
      const kept = [];
      for (let i = 0; i < this.#list.length; i++) {
        if (this.#list[i][0] !== lower) push(kept, this.#list[i]);
      }
      this.#list = kept;
    }

    get(name) {
      name = toByteString(name, "Failed to execute 'get' on 'Headers'");
      validateHeader(name, '', "Failed to execute 'get' on 'Headers'");
      return this.#combined(StringToLowerCase(name));
    }

    getSetCookie() {
      const values = [];
      for (let i = 0; i < this.#list.length; i++) {
        if (this.#list[i][0] === 'set-cookie') push(values, this.#list[i][1]);
      }
      return values;
    }

    has(name) {
      name = toByteString(name, "Failed to execute 'has' on 'Headers'");
      validateHeader(name, '', "Failed to execute 'has' on 'Headers'");
      return this.#combined(StringToLowerCase(name)) !== null;
    }

    set(name, value) {
      name = toByteString(name, "Failed to execute 'set' on 'Headers'");
      value = normalizeValue(toByteString(value, "Failed to execute 'set' on 'Headers'"));
      validateHeader(name, value, "Failed to execute 'set' on 'Headers'");
      this.#checkMutable("set");
      const lower = StringToLowerCase(name);
      const list = [];
      let replaced = false;
      for (let i = 0; i < this.#list.length; i++) {
        if (this.#list[i][0] !== lower) {
          push(list, this.#list[i]);
        } else if (!replaced) {
          push(list, [lower, value]);
          replaced = true;
        }
      }
      if (!replaced) push(list, [lower, value]);
      this.#list = list;
    }

    forEach(callback, thisArg = undefined) {
      this.#guard;
      if (typeof callback !== 'function') {
        throw new TypeErrorCtor("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
      }
      const pairs = this.#sortedAndCombined();
      for (let i = 0; i < pairs.length; i++) {
        callback.call(thisArg, pairs[i][1], pairs[i][0], this);
      }
    }

    entries() {
      return ArrayValues(this.#sortedAndCombined());
    }

    keys() {
      const pairs = this.#sortedAndCombined();
      const names = [];
      for (let i = 0; i < pairs.length; i++) push(names, pairs[i][0]);
      return ArrayValues(names);
    }

    values() {
      const pairs = this.#sortedAndCombined();
      const values = [];
      for (let i = 0; i < pairs.length; i++) push(values, pairs[i][1]);
      return ArrayValues(values);
    }

    #checkMutable(method) {
      if (this.#guard === 'immutable') {
        throw new TypeErrorCtor(`Failed to execute '${method}' on 'Headers': Headers are immutable`);
      }
    }

    #combined(lower) {
      let value = null;
      for (let i = 0; i < this.#list.length; i++) {
        if (this.#list[i][0] === lower) {
          value = value === null ? this.#list[i][1] : `${value}, ${this.#list[i][1]}`;
        }
      }
      return value;
    }

    // The "sort and combine" of the standard: names sorted, values of a name joined.
    #sortedAndCombined() {
      const names = [];
      for (let i = 0; i < this.#list.length; i++) {
        const name = this.#list[i][0];
        let seen = false;
        for (let j = 0; j < names.length; j++) if (names[j] === name) seen = true;
        if (!seen) push(names, name);
      }
      ArraySort(names);
      const pairs = [];
      for (let i = 0; i < names.length; i++) {
        if (names[i] === 'set-cookie') {
          const cookies = this.getSetCookie();
          for (let j = 0; j < cookies.length; j++) push(pairs, ['set-cookie', cookies[j]]);
        } else {
          push(pairs, [names[i], this.#combined(names[i])]);
        }
      }
      return pairs;
    }

    static setGuard(headers, guard) {
      headers.#guard = guard;
    }

    static copy(from, to) {
      for (let i = 0; i < from.#list.length; i++) push(to.#list, [from.#list[i][0], from.#list[i][1]]);
    }
  }

  const setHeadersGuard = Headers.setGuard;
  const copyHeaders = Headers.copy;
  delete Headers.setGuard;
  delete Headers.copy;

  // Headers init: a sequence of [name, value] pairs (any iterable) or a record of strings.
  function fillHeaders(headers, init, what) {
    if (typeof init !== 'object' && typeof init !== 'function' || init === null) {
      throw new TypeErrorCtor(`${what}: The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.`);
    }
    const method = init[SymbolIterator];
    if (method !== undefined && method !== null) {
      if (typeof method !== 'function') {
        throw new TypeErrorCtor(`${what}: the headers' @@iterator is not callable`);
      }
      for (const pair of init) {
        if (typeof pair !== 'object' && typeof pair !== 'function' || pair === null) {
          throw new TypeErrorCtor(`${what}: a header must be a [name, value] sequence`);
        }
        const items = [...pair];
        if (items.length !== 2) {
          throw new TypeErrorCtor(`${what}: a header must be a [name, value] sequence of two items`);
        }
        headers.append(items[0], items[1]);
      }
      return;
    }
    // A record<ByteString, ByteString>: own enumerable string keys, in order.
    const keys = ReflectOwnKeys(init);
    for (let i = 0; i < keys.length; i++) {
      if (typeof keys[i] !== 'string') continue;
      const descriptor = ReflectGetOwnPropertyDescriptor(init, keys[i]);
      if (descriptor !== undefined && descriptor.enumerable) headers.append(keys[i], init[keys[i]]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Response (https://fetch.spec.whatwg.org/#response-class).

  const nullBodyStatuses = [101, 103, 204, 205, 304];
  const reasonPhrasePattern = /^[\t\x20-\x7e\x80-\xff]*$/;
  let creating = false;  // Set while fetch() builds a Response around a file body.

  // "Extract a body": [bytes as Uint8Array, Content-Type or null].
  function extractBody(body) {
    if (typeof body === 'string') {
      return [natives.encodeUtf8(body), 'text/plain;charset=UTF-8'];
    }
    const bytes = natives.toBytes(body);
    if (bytes !== undefined) return [natives.copyBytes(bytes), null];
    const blobBytes = natives.blob === undefined ? undefined : natives.blob.bytesOf(body);
    if (blobBytes !== undefined) return [natives.copyBytes(blobBytes), body.type === '' ? null : body.type];
    if (body instanceof URLSearchParamsOrUndefined()) {
      return [natives.encodeUtf8(StringCtor(body)), 'application/x-www-form-urlencoded;charset=UTF-8'];
    }
    return [natives.encodeUtf8(toUSVString(body)), 'text/plain;charset=UTF-8'];
  }

  function URLSearchParamsOrUndefined() {
    return typeof globalThis.URLSearchParams === 'function' ? globalThis.URLSearchParams :
        function NoURLSearchParams() {};
  }

  class Response {
    #type = 'default';
    #url = '';
    #status = 200;
    #statusText = '';
    #headers;
    #body = null;  // A native body handle, or null.
    // The body as a ReadableStream: the one the Response was made with (then #body reads it),
    // or a view made on first use of .body over #body.
    #stream = null;

    constructor(body = null, init = undefined) {
      if (creating) {
        creating = false;
        this.#headers = new Headers();
        return;
      }
      if (init !== undefined && init !== null &&
          typeof init !== 'object' && typeof init !== 'function') {
        throw new TypeErrorCtor("Failed to construct 'Response': The provided value is not of type 'ResponseInit'.");
      }
      const dict = init === undefined || init === null ? {} : init;
      // ResponseInit's members, converted in the dictionary's (alphabetical) order.
      const headersInit = dict.headers;
      let status = 200;
      if (dict.status !== undefined) {
        // unsigned short: ToNumber, truncate, modulo 2^16.
        const number = NumberCtor(dict.status);
        status = number !== number || number === Infinity || number === -Infinity ? 0 :
            ((MathTrunc(number) % 65536) + 65536) % 65536;
      }
      const statusText = dict.statusText === undefined ? '' :
          toByteString(dict.statusText, "Failed to construct 'Response'");
      if (status < 200 || status > 599) {
        throw new RangeErrorCtor(`Failed to construct 'Response': The status provided (${status}) is outside the range [200, 599].`);
      }
      if (RegExpExec(reasonPhrasePattern, statusText) === null) {
        throw new TypeErrorCtor(`Failed to construct 'Response': Invalid statusText`);
      }
      this.#status = status;
      this.#statusText = statusText;
      this.#headers = new Headers();
      if (headersInit !== undefined) fillHeaders(this.#headers, headersInit, "Failed to construct 'Response'");
      setHeadersGuard(this.#headers, 'response');
      if (body !== null && body !== undefined) {
        let nullBodyStatus = false;
        for (let i = 0; i < nullBodyStatuses.length; i++) {
          if (nullBodyStatuses[i] === status) nullBodyStatus = true;
        }
        if (nullBodyStatus) {
          throw new TypeErrorCtor(`Failed to construct 'Response': Response with null body status (${status}) cannot have body`);
        }
        const streams = natives.streams;
        if (streams !== undefined && streams.isReadableStream(body)) {
          if (streams.isDisturbed(body) || streams.isLocked(body)) {
            throw new TypeErrorCtor("Failed to construct 'Response': Response body object should not be disturbed or locked");
          }
          this.#stream = body;
          this.#body = natives.bodyFromStream(body);
          return;
        }
        const extracted = extractBody(body);
        const contentType = extracted[1];
        this.#body = natives.bodyFromBytes(extracted[0]);
        if (contentType !== null && !this.#headers.has('content-type')) {
          this.#headers.append('content-type', contentType);
        }
      }
    }

    get type() { return this.#type; }
    get url() { return this.#url; }
    get redirected() { this.#type; return false; }
    get status() { return this.#status; }
    get ok() { return this.#status >= 200 && this.#status <= 299; }
    get statusText() { return this.#statusText; }
    get headers() { return this.#headers; }
    get bodyUsed() {
      if (this.#stream !== null && natives.streams.isDisturbed(this.#stream)) return true;
      return this.#body !== null && natives.bodyUsed(this.#body);
    }

    // The body as a ReadableStream of Uint8Arrays (null for no body), made on first use.
    get body() {
      this.#status;
      if (this.#stream === null && this.#body !== null && natives.streams !== undefined) {
        const handle = this.#body;
        this.#stream = natives.streams.streamOfBytes(
            () => PromiseThen(natives.consumeBody(handle), (buffer) => new Uint8ArrayCtor(buffer)));
      }
      return this.#stream;
    }

    arrayBuffer() {
      return this.#consume('arrayBuffer', (buffer) => buffer);
    }

    bytes() {
      return this.#consume('bytes', (buffer) => new Uint8ArrayCtor(buffer));
    }

    blob() {
      const type = this.#headers.get('content-type');
      return this.#consume('blob',
          (buffer) => new natives.blob.Blob([buffer], {type: type === null ? '' : type}));
    }

    text() {
      return this.#consume('text', (buffer) => natives.decodeUtf8(buffer));
    }

    json() {
      return this.#consume('json', (buffer) => JSONParse(natives.decodeUtf8(buffer)));
    }

    clone() {
      if (this.bodyUsed) {
        throw new TypeErrorCtor("Failed to execute 'clone' on 'Response': Response body is already used");
      }
      creating = true;
      const copy = new Response();
      copy.#type = this.#type;
      copy.#url = this.#url;
      copy.#status = this.#status;
      copy.#statusText = this.#statusText;
      copyHeaders(this.#headers, copy.#headers);
      setHeadersGuard(copy.#headers, 'immutable');
      if (this.#stream !== null && natives.streams.isLocked(this.#stream)) {
        throw new TypeErrorCtor("Failed to execute 'clone' on 'Response': Response body is locked");
      }
      if (this.#stream !== null) {
        // Tee the stream: each response reads its own branch.
        const branches = this.#stream.tee();
        this.#stream = branches[0];
        this.#body = natives.bodyFromStream(branches[0]);
        copy.#stream = branches[1];
        copy.#body = natives.bodyFromStream(branches[1]);
      } else {
        copy.#body = this.#body === null ? null : natives.cloneBody(this.#body);
      }
      return copy;
    }

    // "Consume body": rejects when the body was already read; otherwise reads it all.
    #consume(method, convert) {
      let read;
      if (this.#body === null) {
        read = PromiseResolve(new ArrayBufferCtor(0));
      } else if (natives.bodyUsed(this.#body) || (this.#stream !== null &&
          (natives.streams.isDisturbed(this.#stream) || natives.streams.isLocked(this.#stream)))) {
        return PromiseReject(new TypeErrorCtor(
            `Failed to execute '${method}' on 'Response': body stream already read`));
      } else {
        read = natives.consumeBody(this.#body);
      }
      return PromiseThen(read, convert);
    }

    static error() {
      creating = true;
      const response = new Response();
      response.#type = 'error';
      response.#status = 0;
      setHeadersGuard(response.#headers, 'immutable');
      return response;
    }

    static json(data, init = undefined) {
      const text = JSONStringify(data);
      if (text === undefined) {
        throw new TypeErrorCtor("Failed to execute 'json' on 'Response': The data is not JSON serializable");
      }
      // The body as bytes, so the constructor adds no Content-Type of its own.
      const response = new Response(natives.encodeUtf8(text), init);
      if (!response.#headers.has('content-type')) {
        setHeadersGuard(response.#headers, 'none');
        response.#headers.append('content-type', 'application/json');
        setHeadersGuard(response.#headers, 'response');
      }
      return response;
    }

    // Internal: a Response for a fetched file.
    static fromFile(body, url, contentType) {
      creating = true;
      const response = new Response();
      response.#type = 'basic';
      response.#url = url;
      response.#status = 200;
      response.#statusText = 'OK';
      response.#headers.append('content-type', contentType);
      setHeadersGuard(response.#headers, 'immutable');
      response.#body = body;
      return response;
    }

    // Internal: what compileStreaming needs to know, or undefined for anything not a Response.
    static describe(value) {
      if (typeof value !== 'object' || value === null || !(#status in value)) return undefined;
      return {
        ok: value.#status >= 200 && value.#status <= 299,
        status: value.#status,
        contentType: value.#headers.get('content-type'),
        body: value.#body,
      };
    }
  }

  const responseFromFile = Response.fromFile;
  const describeResponse = Response.describe;
  delete Response.fromFile;
  delete Response.describe;

  for (const ctor of [Headers, Response]) {
    ObjectDefineProperty(ctor.prototype, Symbol.toStringTag, {value: ctor.name, configurable: true});
  }
  ObjectDefineProperty(Headers.prototype, SymbolIterator, {
    value: Headers.prototype.entries, writable: true, configurable: true,
  });

  return {Headers, Response, responseFromFile, describeResponse};
})
