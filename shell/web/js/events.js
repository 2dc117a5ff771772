// Events of the DOM Standard (Event, CustomEvent, EventTarget, AbortController, AbortSignal)
// and of HTML (ErrorEvent, PromiseRejectionEvent), and the global object as an EventTarget:
// `fireError` and `fireUnhandledRejection` are HTML's "report an exception" and unhandled
// rejection steps, called by the shell before its default report (shell/web/events.cc).
// linea has no DOM tree, so an event's path is its target alone.
(function makeEvents(natives) {
  'use strict';

  const {idl} = natives;
  const {DOMException} = idl;
  const TypeErrorCtor = TypeError;
  const ObjectDefineProperty = Object.defineProperty;
  const ReflectApply = Reflect.apply;
  const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
  const ArrayPrototypeIndexOf = Function.prototype.call.bind(Array.prototype.indexOf);
  const ArrayPrototypeSplice = Function.prototype.call.bind(Array.prototype.splice);
  const global = globalThis;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');
  const timeOrigin = natives.now();

  // ---- Event ----

  const NONE = 0;
  const CAPTURING_PHASE = 1;
  const AT_TARGET = 2;
  const BUBBLING_PHASE = 3;

  // The getter of every event's own, unforgeable isTrusted.
  let isTrustedGetter;
  // Internal access to an event's state, for dispatch.
  let eventState;

  class Event {
    #type;
    #bubbles;
    #cancelable;
    #composed;
    #target = null;
    #currentTarget = null;
    #phase = NONE;
    #stopPropagation = false;
    #stopImmediatePropagation = false;
    #canceled = false;
    #inPassiveListener = false;
    #dispatching = false;
    #initialized = true;
    #trusted = false;
    #timeStamp;

    constructor(type, eventInitDict = undefined) {
      idl.requireArguments(arguments.length, 1, `Failed to construct '${new.target.name}'`);
      this.#type = idl.toDOMString(type);
      const init = idl.dictionary(eventInitDict, `Failed to construct '${new.target.name}'`);
      this.#bubbles = !!init.bubbles;
      this.#cancelable = !!init.cancelable;
      this.#composed = !!init.composed;
      this.#timeStamp = natives.now() - timeOrigin;
      ObjectDefineProperty(this, 'isTrusted', {get: isTrustedGetter, enumerable: true});
    }

    static {
      isTrustedGetter = {get isTrusted() {
        if (!(isObject(this) && #trusted in this)) idl.illegalInvocation();
        return this.#trusted;
      }}.__lookupGetter__('isTrusted');
      eventState = {
        begin(event, target, trusted) {
          event.#dispatching = true;
          event.#target = target;
          event.#currentTarget = target;
          event.#phase = AT_TARGET;
          if (trusted) event.#trusted = true;
        },
        end(event) {
          event.#phase = NONE;
          event.#currentTarget = null;
          event.#dispatching = false;
          event.#stopPropagation = false;
          event.#stopImmediatePropagation = false;
          return !event.#canceled;
        },
        dispatching: (event) => event.#dispatching,
        initialized: (event) => event.#initialized,
        type: (event) => event.#type,
        stoppedImmediately: (event) => event.#stopImmediatePropagation,
        setPassive(event, passive) {
          event.#inPassiveListener = passive;
        },
        isEvent: (value) => isObject(value) && #type in value,
      };
    }

    static #check(self) {
      if (!(isObject(self) && #type in self)) idl.illegalInvocation();
    }

    get type() {
      Event.#check(this);
      return this.#type;
    }

    get target() {
      Event.#check(this);
      return this.#target;
    }

    get srcElement() {
      Event.#check(this);
      return this.#target;
    }

    get currentTarget() {
      Event.#check(this);
      return this.#currentTarget;
    }

    composedPath() {
      Event.#check(this);
      return this.#currentTarget === null ? [] : [this.#currentTarget];
    }

    get eventPhase() {
      Event.#check(this);
      return this.#phase;
    }

    stopPropagation() {
      Event.#check(this);
      this.#stopPropagation = true;
    }

    get cancelBubble() {
      Event.#check(this);
      return this.#stopPropagation;
    }

    set cancelBubble(value) {
      Event.#check(this);
      if (value) this.#stopPropagation = true;
    }

    stopImmediatePropagation() {
      Event.#check(this);
      this.#stopPropagation = true;
      this.#stopImmediatePropagation = true;
    }

    get bubbles() {
      Event.#check(this);
      return this.#bubbles;
    }

    get cancelable() {
      Event.#check(this);
      return this.#cancelable;
    }

    get returnValue() {
      Event.#check(this);
      return !this.#canceled;
    }

    set returnValue(value) {
      Event.#check(this);
      if (!value) this.#setCanceled();
    }

    preventDefault() {
      Event.#check(this);
      this.#setCanceled();
    }

    #setCanceled() {
      if (this.#cancelable && !this.#inPassiveListener) this.#canceled = true;
    }

    get defaultPrevented() {
      Event.#check(this);
      return this.#canceled;
    }

    get composed() {
      Event.#check(this);
      return this.#composed;
    }

    get timeStamp() {
      Event.#check(this);
      return this.#timeStamp;
    }

    initEvent(type, bubbles = false, cancelable = false) {
      Event.#check(this);
      idl.requireArguments(arguments.length, 1, "Failed to execute 'initEvent' on 'Event'");
      if (this.#dispatching) return;
      this.#type = idl.toDOMString(type);
      this.#bubbles = !!bubbles;
      this.#cancelable = !!cancelable;
      this.#stopPropagation = false;
      this.#stopImmediatePropagation = false;
      this.#canceled = false;
      this.#target = null;
    }
  }

  const phaseConstants = {NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE};

  class CustomEvent extends Event {
    #detail;

    constructor(type, eventInitDict = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'CustomEvent'");
      super(type, eventInitDict);
      const init = idl.dictionary(eventInitDict, "Failed to construct 'CustomEvent'");
      this.#detail = init.detail === undefined ? null : init.detail;
    }

    get detail() {
      if (!(isObject(this) && #detail in this)) idl.illegalInvocation();
      return this.#detail;
    }

    initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
      if (!(isObject(this) && #detail in this)) idl.illegalInvocation();
      idl.requireArguments(arguments.length, 1,
          "Failed to execute 'initCustomEvent' on 'CustomEvent'");
      if (eventState.dispatching(this)) return;
      this.initEvent(type, bubbles, cancelable);
      this.#detail = detail;
    }
  }

  class ErrorEvent extends Event {
    #message;
    #filename;
    #lineno;
    #colno;
    #error;

    constructor(type, eventInitDict = undefined) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'ErrorEvent'");
      super(type, eventInitDict);
      const init = idl.dictionary(eventInitDict, "Failed to construct 'ErrorEvent'");
      this.#message = init.message === undefined ? '' : idl.toDOMString(init.message);
      this.#filename = init.filename === undefined ? '' : natives.toWellFormed(idl.toDOMString(init.filename));
      this.#lineno = init.lineno === undefined ? 0 : init.lineno >>> 0;
      this.#colno = init.colno === undefined ? 0 : init.colno >>> 0;
      this.#error = init.error;
    }

    static #check(self) {
      if (!(isObject(self) && #message in self)) idl.illegalInvocation();
    }

    get message() {
      ErrorEvent.#check(this);
      return this.#message;
    }

    get filename() {
      ErrorEvent.#check(this);
      return this.#filename;
    }

    get lineno() {
      ErrorEvent.#check(this);
      return this.#lineno;
    }

    get colno() {
      ErrorEvent.#check(this);
      return this.#colno;
    }

    get error() {
      ErrorEvent.#check(this);
      return this.#error;
    }
  }

  class PromiseRejectionEvent extends Event {
    #promise;
    #reason;

    constructor(type, eventInitDict) {
      idl.requireArguments(arguments.length, 2, "Failed to construct 'PromiseRejectionEvent'");
      super(type, eventInitDict);
      const init = idl.dictionary(eventInitDict, "Failed to construct 'PromiseRejectionEvent'");
      if (!isObject(init.promise)) {
        throw new TypeErrorCtor("Failed to construct 'PromiseRejectionEvent': " +
            "required member promise is undefined or not an object.");
      }
      this.#promise = init.promise;
      this.#reason = init.reason;
    }

    get promise() {
      if (!(isObject(this) && #promise in this)) idl.illegalInvocation();
      return this.#promise;
    }

    get reason() {
      if (!(isObject(this) && #promise in this)) idl.illegalInvocation();
      return this.#reason;
    }
  }

  // ---- EventTarget ----

  // The global object is an EventTarget as a browser's window is, but V8 makes it before this
  // file runs; its listeners are kept here.
  const globalListeners = [];
  let listenersOf;

  function flattenOptions(options) {
    if (typeof options === 'boolean') return {capture: options};
    if (!isObject(options)) return {capture: !!options};
    return {capture: !!options.capture, once: !!options.once, passive: options.passive,
      signal: options.signal};
  }

  class EventTarget {
    #listeners = [];

    static {
      listenersOf = (target) => {
        if (target === global) return globalListeners;
        if (isObject(target) && #listeners in target) return target.#listeners;
        return undefined;
      };
    }

    addEventListener(type, callback, options = undefined) {
      const listeners = listenersOf(this === undefined || this === null ? global : this);
      if (listeners === undefined) idl.illegalInvocation();
      idl.requireArguments(arguments.length, 2,
          "Failed to execute 'addEventListener' on 'EventTarget'");
      type = idl.toDOMString(type);
      if (callback !== null && !isObject(callback)) {
        throw new TypeErrorCtor("Failed to execute 'addEventListener' on 'EventTarget': " +
            "The callback provided as parameter 2 is not an object.");
      }
      const {capture, once, passive, signal} = flattenOptions(options);
      if (signal !== undefined && !(isObject(signal) && abortState.isSignal(signal))) {
        throw new TypeErrorCtor("Failed to execute 'addEventListener' on 'EventTarget': " +
            "member signal is not of type AbortSignal.");
      }
      if (signal !== undefined && abortState.aborted(signal)) return;
      if (callback === null) return;
      for (const listener of listeners) {
        if (listener.type === type && listener.callback === callback &&
            listener.capture === capture) {
          return;
        }
      }
      const listener = {type, callback, capture, once, passive: passive === undefined ? false : !!passive,
        removed: false};
      listeners.push(listener);
      if (signal !== undefined) {
        abortState.addAlgorithm(signal, () => removeListener(listeners, listener));
      }
    }

    removeEventListener(type, callback, options = undefined) {
      const listeners = listenersOf(this === undefined || this === null ? global : this);
      if (listeners === undefined) idl.illegalInvocation();
      idl.requireArguments(arguments.length, 2,
          "Failed to execute 'removeEventListener' on 'EventTarget'");
      type = idl.toDOMString(type);
      const {capture} = flattenOptions(options);
      for (const listener of listeners) {
        if (listener.type === type && listener.callback === callback &&
            listener.capture === capture) {
          removeListener(listeners, listener);
          return;
        }
      }
    }

    dispatchEvent(event) {
      const target = this === undefined || this === null ? global : this;
      if (listenersOf(target) === undefined) idl.illegalInvocation();
      idl.requireArguments(arguments.length, 1, "Failed to execute 'dispatchEvent' on 'EventTarget'");
      if (!eventState.isEvent(event)) {
        throw new TypeErrorCtor("Failed to execute 'dispatchEvent' on 'EventTarget': " +
            "parameter 1 is not of type 'Event'.");
      }
      if (eventState.dispatching(event) || !eventState.initialized(event)) {
        throw new DOMException("Failed to execute 'dispatchEvent' on 'EventTarget': " +
            'The event is already being dispatched.', 'InvalidStateError');
      }
      return dispatch(target, event, false);
    }
  }

  function removeListener(listeners, listener) {
    listener.removed = true;
    const index = ArrayPrototypeIndexOf(listeners, listener);
    if (index >= 0) ArrayPrototypeSplice(listeners, index, 1);
  }

  // DOM's "dispatch" for a path of one target: the capturing listeners, then the others, both at
  // the target. Returns false if the event was canceled.
  function dispatch(target, event, trusted) {
    eventState.begin(event, target, trusted);
    try {
      const listeners = ArrayPrototypeSlice(listenersOf(target));
      for (const capturePass of [true, false]) {
        for (const listener of listeners) {
          if (listener.removed || listener.type !== eventState.type(event) ||
              listener.capture !== capturePass) {
            continue;
          }
          if (listener.once) removeListener(listenersOf(target), listener);
          if (listener.passive) eventState.setPassive(event, true);
          try {
            const callback = listener.callback;
            if (typeof callback === 'function') {
              ReflectApply(callback, target, [event]);
            } else {
              const handleEvent = callback.handleEvent;
              if (typeof handleEvent !== 'function') {
                throw new TypeErrorCtor("'handleEvent' property of the listener is not callable");
              }
              ReflectApply(handleEvent, callback, [event]);
            }
          } catch (exception) {
            natives.reportException(exception);
          }
          eventState.setPassive(event, false);
          if (eventState.stoppedImmediately(event)) break;
        }
        if (eventState.stoppedImmediately(event)) break;
      }
    } finally {
      return eventState.end(event);
    }
  }

  // ---- AbortController and AbortSignal ----

  let abortState;

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #algorithms = [];
    #dependent = false;
    #sources = [];
    #dependents = [];
    #onabort = null;

    constructor() {
      if (!creatingSignal) throw new TypeErrorCtor('Illegal constructor');
      super();
    }

    static {
      abortState = {
        isSignal: (value) => #aborted in value,
        aborted: (signal) => signal.#aborted,
        addAlgorithm(signal, algorithm) {
          if (!signal.#aborted) signal.#algorithms.push(algorithm);
        },
        signalAbort(signal, reason) {
          if (signal.#aborted) return;
          signal.#aborted = true;
          signal.#reason = reason === undefined ?
            new DOMException('This operation was aborted', 'AbortError') : reason;
          const toAbort = [];
          for (const dependent of signal.#dependents) {
            if (!dependent.#aborted) {
              dependent.#aborted = true;
              dependent.#reason = signal.#reason;
              toAbort.push(dependent);
            }
          }
          runAbortSteps(signal);
          for (const dependent of toAbort) runAbortSteps(dependent);
        },
        createDependent(signals) {
          const result = newSignal();
          for (const signal of signals) {
            if (signal.#aborted) {
              result.#aborted = true;
              result.#reason = signal.#reason;
              return result;
            }
          }
          result.#dependent = true;
          for (const signal of signals) {
            const sources = signal.#dependent ? signal.#sources : [signal];
            for (const source of sources) {
              if (source.#aborted || result.#sources.includes(source)) continue;
              result.#sources.push(source);
              source.#dependents.push(result);
            }
          }
          return result;
        },
        onabort: (signal) => signal.#onabort,
        setOnabort(signal, value) {
          signal.#onabort = value;
        },
      };
      function runAbortSteps(signal) {
        const algorithms = signal.#algorithms;
        signal.#algorithms = [];
        for (const algorithm of algorithms) algorithm();
        dispatch(signal, new Event('abort'), true);
      }
    }

    static #check(self) {
      if (!(isObject(self) && #aborted in self)) idl.illegalInvocation();
    }

    static abort(reason = undefined) {
      const signal = newSignal();
      abortState.signalAbort(signal, reason);
      return signal;
    }

    static timeout(milliseconds) {
      idl.requireArguments(arguments.length, 1, "Failed to execute 'timeout' on 'AbortSignal'");
      const ms = idl.toEnforcedUnsignedLongLong(milliseconds,
          "Failed to execute 'timeout' on 'AbortSignal'");
      const signal = newSignal();
      // A timer that does not keep the process alive, as node's (a page would stay open).
      natives.setUnrefTimeout(ms, () => abortState.signalAbort(signal,
          new DOMException('The operation was aborted due to timeout', 'TimeoutError')));
      return signal;
    }

    static any(signals) {
      idl.requireArguments(arguments.length, 1, "Failed to execute 'any' on 'AbortSignal'");
      const list = [];
      for (const signal of signals) {
        if (!(isObject(signal) && #aborted in signal)) {
          throw new TypeErrorCtor("Failed to execute 'any' on 'AbortSignal': " +
              "Failed to convert value to 'AbortSignal'.");
        }
        list.push(signal);
      }
      return abortState.createDependent(list);
    }

    get aborted() {
      AbortSignal.#check(this);
      return this.#aborted;
    }

    get reason() {
      AbortSignal.#check(this);
      return this.#reason;
    }

    throwIfAborted() {
      AbortSignal.#check(this);
      if (this.#aborted) throw this.#reason;
    }

    get onabort() {
      AbortSignal.#check(this);
      return this.#onabort;
    }

    set onabort(value) {
      AbortSignal.#check(this);
      setEventHandler(this, 'abort', value, abortState.onabort, abortState.setOnabort);
    }
  }

  let creatingSignal = false;
  function newSignal() {
    creatingSignal = true;
    try {
      return new AbortSignal();
    } finally {
      creatingSignal = false;
    }
  }

  class AbortController {
    #signal = newSignal();

    get signal() {
      if (!(isObject(this) && #signal in this)) idl.illegalInvocation();
      return this.#signal;
    }

    abort(reason = undefined) {
      if (!(isObject(this) && #signal in this)) idl.illegalInvocation();
      abortState.signalAbort(this.#signal, reason);
    }
  }

  // An event handler IDL attribute (HTML): the handler is called through one listener added
  // the first time it is set to a function.
  const handlerListeners = new WeakMap();
  function setEventHandler(target, type, value, get, set) {
    set(target, isObject(value) ? value : null);
    let perTarget = handlerListeners.get(target);
    if (perTarget === undefined) handlerListeners.set(target, perTarget = {__proto__: null});
    if (perTarget[type] === undefined && isObject(value)) {
      perTarget[type] = function(event) {
        const handler = get(target);
        if (typeof handler !== 'function') return;
        // HTML's special case: the global's onerror gets (message, source, lineno, colno,
        // error) for an ErrorEvent, and returning true (not false) cancels it.
        if (type === 'error' && target === global && event instanceof ErrorEvent) {
          const result = ReflectApply(handler, this, [event.message, event.filename, event.lineno,
            event.colno, event.error]);
          if (result === true) event.preventDefault();
          return;
        }
        const result = ReflectApply(handler, this, [event]);
        if (result === false) event.preventDefault();
      };
      EventTarget.prototype.addEventListener.call(target, type, perTarget[type]);
    }
  }

  // The global's onerror and onunhandledrejection event handler attributes (HTML).
  const globalHandlers = {__proto__: null};
  for (const type of ['error', 'unhandledrejection']) {
    const get = () => (globalHandlers[type] === undefined ? null : globalHandlers[type]);
    const setHandler = (target, value) => {
      globalHandlers[type] = value;
    };
    ObjectDefineProperty(global, `on${type}`, {
      get: {[`on${type}`]() {
        return get();
      }}[`on${type}`],
      set: {[`on${type}`](value) {
        setEventHandler(global, type, value, get, setHandler);
      }}[`on${type}`],
      enumerable: true,
      configurable: true,
    });
  }

  // ---- The global object's error reporting ----

  let reporting = false;

  // HTML's "report an exception" at the global: an ErrorEvent, cancelable. True when a
  // listener canceled it (then the shell does not report it). An exception of a listener of
  // that event is not reported through another event.
  function fireError(error, message, filename, lineno, colno) {
    if (reporting || globalListeners.length === 0) return false;
    reporting = true;
    try {
      const event = new ErrorEvent('error', {cancelable: true, message, filename, lineno, colno, error});
      return !dispatch(global, event, true);
    } finally {
      reporting = false;
    }
  }

  function fireUnhandledRejection(promise, reason) {
    if (globalListeners.length === 0) return false;
    const event = new PromiseRejectionEvent('unhandledrejection', {cancelable: true, promise, reason});
    return !dispatch(global, event, true);
  }

  for (const ctor of [Event, CustomEvent, ErrorEvent, PromiseRejectionEvent, EventTarget,
    AbortSignal, AbortController]) {
    idl.defineInterface(ctor);
  }
  for (const [name, value] of Object.entries(phaseConstants)) {
    for (const target of [Event, Event.prototype]) {
      ObjectDefineProperty(target, name, {value, enumerable: true});
    }
  }
  for (const name of ['abort', 'timeout', 'any']) {
    ObjectDefineProperty(AbortSignal, name, {enumerable: true});
  }

  // The global object is an EventTarget, as a browser's window: EventTarget.prototype goes into
  // its prototype chain (it was Object.prototype, which EventTarget.prototype inherits). (From
  // JavaScript: V8's API would set the prototype of the global proxy instead.)
  Object.setPrototypeOf(global, EventTarget.prototype);

  return {Event, CustomEvent, ErrorEvent, PromiseRejectionEvent, EventTarget, AbortController,
    AbortSignal, fireError, fireUnhandledRejection, dispatch, setEventHandler};
})
