// Request of the Fetch Standard (https://fetch.spec.whatwg.org/#request-class), over the Headers
// and Response of shell/js/response.js: a request's body is kept in an internal Response, which
// gives it the body mixin (text, json, arrayBuffer, blob, bytes, body, bodyUsed) and the same
// body extraction. `requestInfo` gives fetch() a Request's URL, method and signal.
(function makeRequest(natives) {
  'use strict';

  const {idl, Headers: HeadersCtor, Response: ResponseCtor, URL: URLCtor} = natives;
  const TypeErrorCtor = TypeError;
  const BlobCtor = Blob;
  const PromiseReject = Promise.reject.bind(Promise);
  const AbortControllerCtor = AbortController;
  const AbortSignalCtor = AbortSignal;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');
  const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const normalizedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
  const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];
  // The enumerated RequestInit members and their values.
  const enums = {
    mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
    credentials: ['omit', 'same-origin', 'include'],
    cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
    redirect: ['follow', 'error', 'manual'],
    referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
      'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
    priority: ['high', 'low', 'auto'],
  };
  const defaults = {mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: 'follow',
    referrerPolicy: '', priority: 'auto'};

  let requestOf;

  class Request {
    #r;

    constructor(input, init = undefined) {
      const what = "Failed to construct 'Request'";
      idl.requireArguments(arguments.length, 1, what);
      const dict = idl.dictionary(init, what);
      const source = requestOf(input);
      let r;
      if (source === undefined) {
        const text = natives.toWellFormed(idl.toDOMString(input));
        let url;
        try {
          url = new URLCtor(text, natives.baseUrl());
        } catch {
          throw new TypeErrorCtor(`${what}: Failed to parse URL from ${text}`);
        }
        if (url.username !== '' || url.password !== '') {
          throw new TypeErrorCtor(`${what}: Request cannot be constructed from a URL that includes credentials: ${text}`);
        }
        r = {url: url.href, method: 'GET', headers: new HeadersCtor(), body: null, signal: null,
          ...defaults, referrer: 'about:client', integrity: '', keepalive: false};
      } else {
        r = {...source, headers: new HeadersCtor(source.headers)};
      }
      for (const member of Object.keys(enums)) {
        if (dict[member] === undefined) continue;
        const value = idl.toDOMString(dict[member]);
        if (!enums[member].includes(value)) {
          throw new TypeErrorCtor(`${what}: The provided value '${value}' is not a valid enum value of type Request${member[0].toUpperCase()}${member.slice(1)}.`);
        }
        if (member === 'mode' && value === 'navigate') {
          throw new TypeErrorCtor(`${what}: Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.`);
        }
        r[member] = value;
      }
      if (dict.integrity !== undefined) r.integrity = idl.toDOMString(dict.integrity);
      if (dict.keepalive !== undefined) r.keepalive = !!dict.keepalive;
      if (dict.referrer !== undefined) {
        const referrer = natives.toWellFormed(idl.toDOMString(dict.referrer));
        r.referrer = referrer === '' ? '' : 'about:client';
      }
      if (dict.method !== undefined) {
        let method = idl.toDOMString(dict.method);
        if (!tokenPattern.test(method)) throw new TypeErrorCtor(`${what}: '${method}' is not a valid HTTP method.`);
        const upper = method.toUpperCase();
        if (forbiddenMethods.includes(upper)) throw new TypeErrorCtor(`${what}: '${method}' HTTP method is unsupported.`);
        if (normalizedMethods.includes(upper)) method = upper;
        r.method = method;
      }
      if (dict.signal !== undefined && dict.signal !== null && !(dict.signal instanceof AbortSignalCtor)) {
        throw new TypeErrorCtor(`${what}: Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'.`);
      }
      // The request's own signal follows the given one (or the input request's).
      const followed = dict.signal !== undefined ? dict.signal : r.signal;
      r.signal = followed === null || followed === undefined ?
        new AbortControllerCtor().signal : AbortSignalCtor.any([followed]);
      if (dict.headers !== undefined) r.headers = new HeadersCtor(dict.headers);
      const bodyInit = dict.body;
      if ((bodyInit !== undefined && bodyInit !== null || (source !== undefined && r.body !== null)) &&
          (r.method === 'GET' || r.method === 'HEAD')) {
        throw new TypeErrorCtor(`${what}: Request with GET/HEAD method cannot have body.`);
      }
      if (bodyInit !== undefined && bodyInit !== null) {
        r.body = new ResponseCtor(bodyInit);
        const contentType = r.body.headers.get('content-type');
        if (contentType !== null && !r.headers.has('content-type')) r.headers.append('content-type', contentType);
      } else if (source !== undefined && r.body !== null) {
        // The input request's body moves to this one; the input is then used.
        if (r.body.bodyUsed) throw new TypeErrorCtor(`${what}: Cannot construct a Request with a Request object that has already been used.`);
        const moved = r.body.body;
        r.body = new ResponseCtor(moved);
        requestOf.markUsed(input);
      }
      this.#r = r;
    }

    static {
      requestOf = (value) => (isObject(value) && #r in value ? value.#r : undefined);
      requestOf.markUsed = (request) => {
        request.#r = {...request.#r, used: true};
      };
    }

    static #check(self) {
      const r = requestOf(self);
      if (r === undefined) idl.illegalInvocation();
      return r;
    }

    get method() { return Request.#check(this).method; }
    get url() { return Request.#check(this).url; }
    get headers() { return Request.#check(this).headers; }
    get destination() { Request.#check(this); return ''; }
    get referrer() { return Request.#check(this).referrer; }
    get referrerPolicy() { return Request.#check(this).referrerPolicy; }
    get mode() { return Request.#check(this).mode; }
    get credentials() { return Request.#check(this).credentials; }
    get cache() { return Request.#check(this).cache; }
    get redirect() { return Request.#check(this).redirect; }
    get integrity() { return Request.#check(this).integrity; }
    get keepalive() { return Request.#check(this).keepalive; }
    get isReloadNavigation() { Request.#check(this); return false; }
    get isHistoryNavigation() { Request.#check(this); return false; }
    get signal() { return Request.#check(this).signal; }
    get duplex() { Request.#check(this); return 'half'; }

    get body() {
      const r = Request.#check(this);
      return r.body === null ? null : r.body.body;
    }

    get bodyUsed() {
      const r = Request.#check(this);
      return r.used === true || (r.body !== null && r.body.bodyUsed);
    }

    arrayBuffer() { return this.#consume('arrayBuffer'); }
    blob() { return this.#consume('blob'); }
    bytes() { return this.#consume('bytes'); }
    json() { return this.#consume('json'); }
    text() { return this.#consume('text'); }

    #consume(method) {
      const r = requestOf(this);
      if (r === undefined) return PromiseReject(new TypeErrorCtor('Illegal invocation'));
      if (r.used === true) {
        return PromiseReject(new TypeErrorCtor(`Failed to execute '${method}' on 'Request': body stream already read`));
      }
      if (r.body === null) return new ResponseCtor(null)[method]();
      if (method === 'blob') {
        const type = r.headers.get('content-type');
        return r.body.arrayBuffer().then((buffer) => new BlobCtor([buffer], {type: type === null ? '' : type}));
      }
      return r.body[method]();
    }

    clone() {
      const r = Request.#check(this);
      if (this.bodyUsed) throw new TypeErrorCtor("Failed to execute 'clone' on 'Request': Request body is already used");
      const copy = new Request(this.url);
      copy.#r = {...r, headers: new HeadersCtor(r.headers), body: r.body === null ? null : r.body.clone(),
        signal: AbortSignalCtor.any([r.signal])};
      return copy;
    }
  }

  // For fetch(): the URL and method of a Request, and whether its signal is aborted.
  function requestInfo(value) {
    const r = requestOf(value);
    if (r === undefined) return undefined;
    return {url: r.url, method: r.method, aborted: r.signal.aborted, reason: r.signal.reason};
  }

  idl.defineInterface(Request);
  return {Request, requestInfo};
})
