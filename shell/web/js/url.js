// URL and URLSearchParams, the API of the WHATWG URL Standard over the parser of url_parser.js
// (natives.parser) and the percent-encoding of url_percent_encoding.js (natives.percentEncoding).
(function makeUrl(natives) {
  'use strict';

  const {idl, parser} = natives;
  const {S, FAILURE, basicParse, serializeUrl, serializePath, serializeOrigin,
    cannotHaveCredentialsOrPort} = parser;
  const {parseFormUrlencoded, serializeFormUrlencoded, percentEncodeString, userinfoSet} =
      natives.percentEncoding;
  const TypeErrorCtor = TypeError;
  const SymbolIterator = Symbol.iterator;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectDefineProperty = Object.defineProperty;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  const call = Function.prototype.call.bind(Function.prototype.call);
  const {slice} = String.prototype;

  // WebIDL USVString: ToString (a Symbol is a TypeError), lone surrogates to U+FFFD.
  const toUSVString = (value) => natives.toWellFormed(idl.toDOMString(value));

  const invalidUrl = (what, input) =>
    new TypeErrorCtor(`Failed to ${what}: Invalid URL '${input}'`);

  // Set by URLSearchParams's static block: access to its internal list and URL object.
  let setQueryList;
  let setQueryUrl;

  class URLSearchParams {
    #list = [];
    #url = null;  // The URL object whose query this is, if any.

    constructor(init = '') {
      const what = "Failed to construct 'URLSearchParams'";
      if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
        const iteratorMethod = init[SymbolIterator];
        if (iteratorMethod !== undefined && iteratorMethod !== null) {
          if (typeof iteratorMethod !== 'function') {
            throw new TypeErrorCtor(`${what}: The object's @@iterator is not callable.`);
          }
          for (const pair of {[SymbolIterator]: () => call(iteratorMethod, init)}) {
            if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function')) {
              throw new TypeErrorCtor(`${what}: The provided value cannot be converted to a sequence.`);
            }
            const items = [...pair];
            if (items.length !== 2) {
              throw new TypeErrorCtor(`${what}: Sequence initializer must only contain pair elements`);
            }
            this.#list.push([toUSVString(items[0]), toUSVString(items[1])]);
          }
        } else {
          for (const key of ReflectOwnKeys(init)) {
            const descriptor = ReflectGetOwnPropertyDescriptor(init, key);
            if (descriptor === undefined || !descriptor.enumerable) continue;
            if (typeof key === 'symbol') {
              throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
            }
            this.#list.push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      } else {
        let text = toUSVString(init);
        if (text[0] === '?') text = call(slice, text, 1);
        this.#list = parseFormUrlencoded(text);
      }
    }

    static {
      setQueryList = (params, list) => {
        params.#list = list;
      };
      setQueryUrl = (params, url) => {
        params.#url = url;
      };
    }

    static #check(self) {
      if (!(self !== null && typeof self === 'object' && #list in self)) idl.illegalInvocation();
    }

    #update() {
      if (this.#url === null) return;
      const serialized = serializeFormUrlencoded(this.#list);
      urlRecordOf(this.#url).query = serialized === '' ? null : serialized;
    }

    get size() {
      URLSearchParams.#check(this);
      return this.#list.length;
    }

    append(name, value) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 2, "Failed to execute 'append' on 'URLSearchParams'");
      this.#list.push([toUSVString(name), toUSVString(value)]);
      this.#update();
    }

    delete(name, value = undefined) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'delete' on 'URLSearchParams'");
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      this.#list = this.#list.filter(([n, v]) => n !== name || (value !== undefined && v !== value));
      this.#update();
    }

    get(name) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'get' on 'URLSearchParams'");
      name = toUSVString(name);
      for (const [n, v] of this.#list) {
        if (n === name) return v;
      }
      return null;
    }

    getAll(name) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'getAll' on 'URLSearchParams'");
      name = toUSVString(name);
      return this.#list.filter(([n]) => n === name).map(([, v]) => v);
    }

    has(name, value = undefined) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'has' on 'URLSearchParams'");
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      return this.#list.some(([n, v]) => n === name && (value === undefined || v === value));
    }

    set(name, value) {
      URLSearchParams.#check(this);
      idl.requireArguments(arguments.length, 2, "Failed to execute 'set' on 'URLSearchParams'");
      name = toUSVString(name);
      value = toUSVString(value);
      const index = this.#list.findIndex(([n]) => n === name);
      if (index < 0) {
        this.#list.push([name, value]);
      } else {
        this.#list[index][1] = value;
        this.#list = this.#list.filter(([n], i) => i <= index || n !== name);
      }
      this.#update();
    }

    sort() {
      URLSearchParams.#check(this);
      // Stable, by code units of the names (Array.prototype.sort is stable).
      this.#list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.#update();
    }

    toString() {
      URLSearchParams.#check(this);
      return serializeFormUrlencoded(this.#list);
    }

    forEach(callback, thisArg = undefined) {
      URLSearchParams.#check(this);
      if (typeof callback !== 'function') {
        throw new TypeErrorCtor("Failed to execute 'forEach' on 'URLSearchParams': " +
            "The callback provided as parameter 1 is not a function.");
      }
      for (let i = 0; i < this.#list.length; i++) {
        const [name, value] = this.#list[i];
        call(callback, thisArg, value, name, this);
      }
    }

    entries() {
      URLSearchParams.#check(this);
      return makeIterator(this, 'key+value');
    }

    keys() {
      URLSearchParams.#check(this);
      return makeIterator(this, 'key');
    }

    values() {
      URLSearchParams.#check(this);
      return makeIterator(this, 'value');
    }

    static listOf(params) {
      return params.#list;
    }
  }
  const listOf = URLSearchParams.listOf;
  delete URLSearchParams.listOf;

  // The WebIDL iterator of URLSearchParams: live over the list, by index.
  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const iteratorState = new WeakMap();
  const URLSearchParamsIteratorPrototype = {__proto__: IteratorPrototype,
    next() {
      const state = iteratorState.get(this);
      if (state === undefined) idl.illegalInvocation();
      const list = listOf(state.params);
      if (state.index >= list.length) return {value: undefined, done: true};
      const [name, value] = list[state.index++];
      const result = state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value];
      return {value: result, done: false};
    },
  };
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, 'next', {enumerable: true});
  ObjectDefineProperty(URLSearchParamsIteratorPrototype, Symbol.toStringTag,
      {value: 'URLSearchParams Iterator', configurable: true});
  function makeIterator(params, kind) {
    const iterator = {__proto__: URLSearchParamsIteratorPrototype};
    iteratorState.set(iterator, {params, kind, index: 0});
    return iterator;
  }

  let urlRecordOf;

  class URL {
    #url;
    #query;

    constructor(url, base = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'URL'");
      url = toUSVString(url);
      let parsedBase = null;
      if (base !== undefined) {
        base = toUSVString(base);
        parsedBase = basicParse(base);
        if (parsedBase === FAILURE) throw invalidUrl("construct 'URL'", base);
      }
      const parsed = basicParse(url, parsedBase);
      if (parsed === FAILURE) throw invalidUrl("construct 'URL'", url);
      this.#url = parsed;
      this.#query = new URLSearchParams();
      setQueryUrl(this.#query, this);
      if (parsed.query !== null) setQueryList(this.#query, parseFormUrlencoded(parsed.query));
    }

    static {
      urlRecordOf = (url) => url.#url;
    }

    static parse(url, base = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to execute 'parse' on 'URL'");
      url = toUSVString(url);
      if (base !== undefined) base = toUSVString(base);
      return URL.canParse(url, base) ? new URL(url, base) : null;
    }

    static canParse(url, base = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to execute 'canParse' on 'URL'");
      url = toUSVString(url);
      let parsedBase = null;
      if (base !== undefined) {
        parsedBase = basicParse(toUSVString(base));
        if (parsedBase === FAILURE) return false;
      }
      return basicParse(url, parsedBase) !== FAILURE;
    }

    static #check(self) {
      if (!(self !== null && typeof self === 'object' && #url in self)) idl.illegalInvocation();
    }

    get href() {
      URL.#check(this);
      return serializeUrl(this.#url);
    }

    set href(value) {
      URL.#check(this);
      value = toUSVString(value);
      const parsed = basicParse(value);
      if (parsed === FAILURE) throw invalidUrl("set the 'href' property on 'URL'", value);
      this.#url = parsed;
      setQueryList(this.#query,
          parsed.query === null ? [] : parseFormUrlencoded(parsed.query));
    }

    get origin() {
      URL.#check(this);
      return serializeOrigin(this.#url);
    }

    get protocol() {
      URL.#check(this);
      return this.#url.scheme + ':';
    }

    set protocol(value) {
      URL.#check(this);
      basicParse(toUSVString(value) + ':', null, this.#url, S.schemeStart);
    }

    get username() {
      URL.#check(this);
      return this.#url.username;
    }

    set username(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(this.#url)) return;
      this.#url.username = percentEncodeString(value, userinfoSet);
    }

    get password() {
      URL.#check(this);
      return this.#url.password;
    }

    set password(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(this.#url)) return;
      this.#url.password = percentEncodeString(value, userinfoSet);
    }

    get host() {
      URL.#check(this);
      const url = this.#url;
      if (url.host === null) return '';
      return url.port === null ? url.host : url.host + ':' + url.port;
    }

    set host(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (this.#url.opaquePath) return;
      this.#setWithOverride(value, S.host);
    }

    get hostname() {
      URL.#check(this);
      return this.#url.host === null ? '' : this.#url.host;
    }

    set hostname(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (this.#url.opaquePath) return;
      this.#setWithOverride(value, S.hostname);
    }

    get port() {
      URL.#check(this);
      return this.#url.port === null ? '' : String(this.#url.port);
    }

    set port(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(this.#url)) return;
      if (value === '') {
        this.#url.port = null;
      } else {
        this.#setWithOverride(value, S.port);
      }
    }

    get pathname() {
      URL.#check(this);
      return serializePath(this.#url);
    }

    set pathname(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (this.#url.opaquePath) return;
      this.#url.path = [];
      basicParse(value, null, this.#url, S.pathStart);
    }

    get search() {
      URL.#check(this);
      const query = this.#url.query;
      return query === null || query === '' ? '' : '?' + query;
    }

    set search(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (value === '') {
        this.#url.query = null;
        setQueryList(this.#query, []);
        return;
      }
      const input = value[0] === '?' ? call(slice, value, 1) : value;
      this.#url.query = '';
      basicParse(input, null, this.#url, S.query);
      setQueryList(this.#query, parseFormUrlencoded(input));
    }

    get searchParams() {
      URL.#check(this);
      return this.#query;
    }

    get hash() {
      URL.#check(this);
      const fragment = this.#url.fragment;
      return fragment === null || fragment === '' ? '' : '#' + fragment;
    }

    set hash(value) {
      URL.#check(this);
      value = toUSVString(value);
      if (value === '') {
        this.#url.fragment = null;
        return;
      }
      const input = value[0] === '#' ? call(slice, value, 1) : value;
      this.#url.fragment = '';
      basicParse(input, null, this.#url, S.fragment);
    }

    toJSON() {
      URL.#check(this);
      return serializeUrl(this.#url);
    }

    toString() {
      URL.#check(this);
      return serializeUrl(this.#url);
    }

    // The setters run the basic URL parser with a state override on the URL itself: what it
    // set before failing stays set, as the standard has it.
    #setWithOverride(value, state) {
      basicParse(value, null, this.#url, state);
    }
  }

  idl.defineInterface(URL);
  idl.defineInterface(URLSearchParams);
  ObjectDefineProperty(URLSearchParams.prototype, SymbolIterator, {
    value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  });
  for (const name of ['parse', 'canParse']) ObjectDefineProperty(URL, name, {enumerable: true});

  // The URL a string names, resolved against `base` (a URL string), or null: for the shell
  // (fetch, import.meta) without going through the URL object.
  function resolve(input, base) {
    const parsedBase = base === undefined ? null : basicParse(base);
    const parsed = basicParse(toUSVString(input), parsedBase);
    return parsed === FAILURE ? null : serializeUrl(parsed);
  }

  return {URL, URLSearchParams, resolve};
})
