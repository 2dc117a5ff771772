// XMLHttpRequest and ProgressEvent (the XMLHttpRequest Standard), over linea's fetch: what the
// glue of toolchains uses to load a file: URL, which fetch() in browsers refuses and XHR allows
// (Emscripten's web glue reads its .wasm this way when its page is a file). Requests are
// asynchronous; a synchronous one (open(method, url, false)) throws a NotSupportedError when
// sent: linea's fetch has no blocking form. Uploads have no progress events (linea's fetch
// sends its body at once); `timeout` aborts the request with a 'timeout' event.
(function makeXhr(natives) {
  'use strict';

  const {idl, Event: EventCtor, EventTarget: EventTargetCtor, dispatch, setEventHandler} = natives;
  const {DOMException} = idl;
  const fetchFunction = globalThis.fetch;
  const HeadersCtor = globalThis.Headers;
  const BlobCtor = globalThis.Blob;
  const AbortControllerCtor = globalThis.AbortController;
  const TextDecoderCtor = globalThis.TextDecoder;
  const setTimeoutFunction = globalThis.setTimeout;
  const clearTimeoutFunction = globalThis.clearTimeout;
  const TypeErrorCtor = TypeError;
  const JSONParse = JSON.parse;
  const ObjectDefineProperty = Object.defineProperty;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

  class ProgressEvent extends EventCtor {
    #lengthComputable;
    #loaded;
    #total;

    constructor(type, eventInitDict = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'ProgressEvent'");
      super(type, eventInitDict);
      const init = idl.dictionary(eventInitDict, "Failed to construct 'ProgressEvent'");
      this.#lengthComputable = !!init.lengthComputable;
      this.#loaded = init.loaded === undefined ? 0 : idl.toEnforcedUnsignedLongLong(init.loaded);
      this.#total = init.total === undefined ? 0 : idl.toEnforcedUnsignedLongLong(init.total);
    }

    static #check(self) {
      if (!(isObject(self) && #loaded in self)) idl.illegalInvocation();
    }

    get lengthComputable() {
      ProgressEvent.#check(this);
      return this.#lengthComputable;
    }

    get loaded() {
      ProgressEvent.#check(this);
      return this.#loaded;
    }

    get total() {
      ProgressEvent.#check(this);
      return this.#total;
    }
  }
  idl.defineInterface(ProgressEvent);

  // The event handler attributes of XMLHttpRequestEventTarget (and XMLHttpRequest's
  // onreadystatechange), kept per object.
  const handlers = new WeakMap();
  function defineHandlers(ctor, types) {
    for (const type of types) {
      const get = (target) => handlers.get(target)?.[type] ?? null;
      const set = (target, value) => {
        let own = handlers.get(target);
        if (own === undefined) handlers.set(target, own = {__proto__: null});
        own[type] = value;
      };
      ObjectDefineProperty(ctor.prototype, `on${type}`, {
        get: {[`on${type}`]() {
          if (!(this instanceof ctor)) idl.illegalInvocation();
          return get(this);
        }}[`on${type}`],
        set: {[`on${type}`](value) {
          if (!(this instanceof ctor)) idl.illegalInvocation();
          setEventHandler(this, type, value, get, set);
        }}[`on${type}`],
        enumerable: true,
        configurable: true,
      });
    }
  }

  let constructingUpload = false;
  class XMLHttpRequestEventTarget extends EventTargetCtor {
    constructor() {
      if (new.target === XMLHttpRequestEventTarget) throw new TypeErrorCtor('Illegal constructor');
      super();
    }
  }
  const kProgressTypes = ['loadstart', 'progress', 'abort', 'error', 'load', 'timeout', 'loadend'];
  defineHandlers(XMLHttpRequestEventTarget, kProgressTypes);
  idl.defineInterface(XMLHttpRequestEventTarget);

  class XMLHttpRequestUpload extends XMLHttpRequestEventTarget {
    constructor() {
      if (!constructingUpload) throw new TypeErrorCtor('Illegal constructor');
      super();
    }
  }
  idl.defineInterface(XMLHttpRequestUpload);

  const UNSENT = 0;
  const OPENED = 1;
  const HEADERS_RECEIVED = 2;
  const LOADING = 3;
  const DONE = 4;
  const kForbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
  const kNormalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
  const kResponseTypes = new Set(['', 'arraybuffer', 'blob', 'document', 'json', 'text']);
  const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

  function fail(what, message, name) {
    throw new DOMException(`Failed to ${what} on 'XMLHttpRequest': ${message}`, name);
  }

  function fireProgress(target, type, loaded, total) {
    dispatch(target, new ProgressEvent(type, {loaded, total, lengthComputable: total !== 0}), true);
  }

  class XMLHttpRequest extends XMLHttpRequestEventTarget {
    #state = UNSENT;
    #sendFlag = false;
    #async = true;
    #method = 'GET';
    #url = '';
    #headers = null;  // The author request headers (a Headers object) once opened.
    #timeout = 0;
    #withCredentials = false;
    #upload;
    #responseType = '';
    #response = null;  // The Response once its headers arrived; null before or for an error.
    #body = null;      // The whole body as an ArrayBuffer once done.
    #responseObject;   // The response value made once (for arraybuffer, blob and json).
    #responseObjectMade = false;
    #failed = false;   // A network error, an abort or a timeout ended the request.
    #controller = null;
    #timer = undefined;
    #generation = 0;   // Bumped by open() and abort(), so a request that was left delivers nothing.

    constructor() {
      super();
      constructingUpload = true;
      try {
        this.#upload = new XMLHttpRequestUpload();
      } finally {
        constructingUpload = false;
      }
    }

    static #check(self) {
      if (!(isObject(self) && #state in self)) idl.illegalInvocation();
    }

    get readyState() {
      XMLHttpRequest.#check(this);
      return this.#state;
    }

    open(method, url, async = true, username = null, password = null) {
      XMLHttpRequest.#check(this);
      idl.requireArguments(arguments.length, 2, "Failed to execute 'open' on 'XMLHttpRequest'");
      let name = idl.toDOMString(method);
      const href = idl.toDOMString(url);
      if (!kToken.test(name)) fail("execute 'open'", `'${name}' is not a valid HTTP method.`, 'SyntaxError');
      const upper = name.toUpperCase();
      if (kForbiddenMethods.has(upper)) {
        fail("execute 'open'", `'${name}' HTTP method is unsupported.`, 'SecurityError');
      }
      if (kNormalizedMethods.has(upper)) name = upper;
      // A window's synchronous request may not ask for a typed response (XHR: open() step 10).
      const isAsync = arguments.length < 3 ? true : !!async;
      if (!isAsync && this.#responseType !== '') {
        fail("execute 'open'", 'Synchronous requests from a document must not set a response ' +
          'type.', 'InvalidAccessError');
      }
      void username;
      void password;
      this.#terminate();
      this.#method = name;
      this.#url = href;
      this.#async = isAsync;
      this.#headers = new HeadersCtor();
      this.#sendFlag = false;
      this.#resetResponse();
      if (this.#state !== OPENED) {
        this.#state = OPENED;
        dispatch(this, new EventCtor('readystatechange'), true);
      }
    }

    setRequestHeader(name, value) {
      XMLHttpRequest.#check(this);
      idl.requireArguments(arguments.length, 2,
                           "Failed to execute 'setRequestHeader' on 'XMLHttpRequest'");
      if (this.#state !== OPENED || this.#sendFlag) {
        fail("execute 'setRequestHeader'", "The object's state must be OPENED.", 'InvalidStateError');
      }
      const headerName = idl.toDOMString(name);
      const headerValue = idl.toDOMString(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
      if (!kToken.test(headerName)) {
        fail("execute 'setRequestHeader'", `'${headerName}' is not a valid HTTP header field name.`,
             'SyntaxError');
      }
      this.#headers.append(headerName, headerValue);
    }

    get timeout() {
      XMLHttpRequest.#check(this);
      return this.#timeout;
    }

    set timeout(value) {
      XMLHttpRequest.#check(this);
      this.#timeout = idl.toEnforcedUnsignedLongLong(value) >>> 0;
    }

    get withCredentials() {
      XMLHttpRequest.#check(this);
      return this.#withCredentials;
    }

    set withCredentials(value) {
      XMLHttpRequest.#check(this);
      if ((this.#state !== UNSENT && this.#state !== OPENED) || this.#sendFlag) {
        fail("set the 'withCredentials' property", 'The value may only be set if the object\'s ' +
          'state is UNSENT or OPENED.', 'InvalidStateError');
      }
      this.#withCredentials = !!value;
    }

    get upload() {
      XMLHttpRequest.#check(this);
      return this.#upload;
    }

    send(body = null) {
      XMLHttpRequest.#check(this);
      if (this.#state !== OPENED || this.#sendFlag) {
        fail("execute 'send'", "The object's state must be OPENED.", 'InvalidStateError');
      }
      if (!this.#async) {
        fail("execute 'send'", 'linea runs only asynchronous requests (its fetch has no ' +
          'blocking form).', 'NotSupportedError');
      }
      const hasBody = body !== null && body !== undefined && this.#method !== 'GET' &&
        this.#method !== 'HEAD';
      this.#sendFlag = true;
      this.#failed = false;
      const generation = ++this.#generation;
      this.#controller = new AbortControllerCtor();
      fireProgress(this, 'loadstart', 0, 0);
      if (this.#state !== OPENED || !this.#sendFlag || generation !== this.#generation) return;
      if (this.#timeout !== 0) {
        this.#timer = setTimeoutFunction(() => {
          if (generation === this.#generation) this.#fail('timeout');
        }, this.#timeout);
      }
      let request;
      try {
        request = fetchFunction(this.#url, {method: this.#method, headers: this.#headers,
          body: hasBody ? body : undefined, signal: this.#controller.signal});
      } catch (exception) {
        request = Promise.reject(exception);
      }
      request.then(async (response) => {
        if (generation !== this.#generation) return;
        this.#response = response;
        this.#state = HEADERS_RECEIVED;
        dispatch(this, new EventCtor('readystatechange'), true);
        if (generation !== this.#generation) return;
        const body = await response.arrayBuffer();
        if (generation !== this.#generation) return;
        this.#state = LOADING;
        this.#body = body;
        dispatch(this, new EventCtor('readystatechange'), true);
        if (generation !== this.#generation) return;
        fireProgress(this, 'progress', body.byteLength, body.byteLength);
        if (generation !== this.#generation) return;
        this.#finish();
        this.#state = DONE;
        dispatch(this, new EventCtor('readystatechange'), true);
        fireProgress(this, 'load', body.byteLength, body.byteLength);
        fireProgress(this, 'loadend', body.byteLength, body.byteLength);
      }).catch(() => {
        if (generation === this.#generation) this.#fail('error');
      });
    }

    abort() {
      XMLHttpRequest.#check(this);
      const active = (this.#state === OPENED && this.#sendFlag) ||
        this.#state === HEADERS_RECEIVED || this.#state === LOADING;
      if (active) {
        this.#fail('abort');
      }
      if (this.#state === DONE) {
        this.#state = UNSENT;
        this.#resetResponse();
      }
    }

    // The request error steps (XHR 3.6.4): the request ends with a network error, an abort or
    // a timeout.
    #fail(type) {
      this.#terminate();
      this.#resetResponse();
      this.#failed = true;
      this.#state = DONE;
      this.#sendFlag = false;
      dispatch(this, new EventCtor('readystatechange'), true);
      fireProgress(this, type, 0, 0);
      fireProgress(this, 'loadend', 0, 0);
    }

    // Stops what the request still does, and makes what it would deliver stale.
    #terminate() {
      ++this.#generation;
      this.#finish();
      if (this.#controller !== null) this.#controller.abort();
      this.#controller = null;
    }

    #finish() {
      this.#sendFlag = false;
      if (this.#timer !== undefined) clearTimeoutFunction(this.#timer);
      this.#timer = undefined;
    }

    #resetResponse() {
      this.#response = null;
      this.#body = null;
      this.#responseObject = undefined;
      this.#responseObjectMade = false;
    }

    get status() {
      XMLHttpRequest.#check(this);
      return this.#response === null ? 0 : this.#response.status;
    }

    get statusText() {
      XMLHttpRequest.#check(this);
      return this.#response === null ? '' : this.#response.statusText;
    }

    get responseURL() {
      XMLHttpRequest.#check(this);
      return this.#response === null ? '' : this.#response.url;
    }

    getResponseHeader(name) {
      XMLHttpRequest.#check(this);
      idl.requireArguments(arguments.length, 1,
                           "Failed to execute 'getResponseHeader' on 'XMLHttpRequest'");
      const headerName = idl.toDOMString(name);
      return this.#response === null ? null : this.#response.headers.get(headerName);
    }

    getAllResponseHeaders() {
      XMLHttpRequest.#check(this);
      if (this.#response === null) return '';
      let text = '';
      // Headers iterate sorted by lowercase name, combined as XHR wants them.
      for (const [name, value] of this.#response.headers) text += `${name}: ${value}\r\n`;
      return text;
    }

    overrideMimeType(mime) {
      XMLHttpRequest.#check(this);
      idl.requireArguments(arguments.length, 1,
                           "Failed to execute 'overrideMimeType' on 'XMLHttpRequest'");
      if (this.#state === LOADING || this.#state === DONE) {
        fail("execute 'overrideMimeType'", "The object's state must not be LOADING or DONE.",
             'InvalidStateError');
      }
      void idl.toDOMString(mime);  // Text is decoded as UTF-8 whatever the type says.
    }

    get responseType() {
      XMLHttpRequest.#check(this);
      return this.#responseType;
    }

    set responseType(value) {
      XMLHttpRequest.#check(this);
      const type = idl.toDOMString(value);
      if (!kResponseTypes.has(type)) return;  // WebIDL: an invalid enum value is ignored.
      if (this.#state === LOADING || this.#state === DONE) {
        fail("set the 'responseType' property", "The response type cannot be set if the object's " +
          'state is LOADING or DONE.', 'InvalidStateError');
      }
      if (this.#state === OPENED && !this.#async) {
        fail("set the 'responseType' property", 'The response type cannot be changed for ' +
          'synchronous requests made from a document.', 'InvalidAccessError');
      }
      this.#responseType = type;
    }

    #text() {
      if (this.#body === null) return '';
      return new TextDecoderCtor().decode(this.#body);
    }

    get responseText() {
      XMLHttpRequest.#check(this);
      if (this.#responseType !== '' && this.#responseType !== 'text') {
        fail("read the 'responseText' property", "The value is only accessible if the object's " +
          `'responseType' is '' or 'text' (was '${this.#responseType}').`, 'InvalidStateError');
      }
      return this.#state === LOADING || this.#state === DONE ? this.#text() : '';
    }

    get responseXML() {
      XMLHttpRequest.#check(this);
      if (this.#responseType !== '' && this.#responseType !== 'document') {
        fail("read the 'responseXML' property", "The value is only accessible if the object's " +
          `'responseType' is '' or 'document' (was '${this.#responseType}').`, 'InvalidStateError');
      }
      return null;  // linea has no DOM parser.
    }

    get response() {
      XMLHttpRequest.#check(this);
      if (this.#responseType === '' || this.#responseType === 'text') {
        return this.#state === LOADING || this.#state === DONE ? this.#text() : '';
      }
      if (this.#state !== DONE || this.#failed || this.#body === null) return null;
      if (!this.#responseObjectMade) {
        this.#responseObjectMade = true;
        const contentType = this.#response.headers.get('content-type') ?? '';
        switch (this.#responseType) {
          case 'arraybuffer':
            this.#responseObject = this.#body;
            break;
          case 'blob':
            this.#responseObject = new BlobCtor([this.#body], {type: contentType});
            break;
          case 'json':
            try {
              this.#responseObject = JSONParse(this.#text());
            } catch {
              this.#responseObject = null;
            }
            break;
          default:  // 'document': linea has no DOM parser.
            this.#responseObject = null;
        }
      }
      return this.#responseObject;
    }
  }
  defineHandlers(XMLHttpRequest, ['readystatechange']);
  for (const [name, value] of [['UNSENT', UNSENT], ['OPENED', OPENED],
    ['HEADERS_RECEIVED', HEADERS_RECEIVED], ['LOADING', LOADING], ['DONE', DONE]]) {
    for (const target of [XMLHttpRequest, XMLHttpRequest.prototype]) {
      ObjectDefineProperty(target, name, {value, enumerable: true});
    }
  }
  idl.defineInterface(XMLHttpRequest);

  return {XMLHttpRequest, XMLHttpRequestEventTarget, XMLHttpRequestUpload, ProgressEvent};
})
