// The shared parts of the Streams Standard (https://streams.spec.whatwg.org/) for
// streams_readable.js, streams_writable.js and streams_transform.js: promise helpers, the
// queuing strategies (ByteLengthQueuingStrategy, CountQueuingStrategy), queue-with-sizes, the
// underlying source/sink/transformer callbacks, and the internal slots and construction guard of
// the interfaces' objects.
// `hooks` lets the readable side call into the writable one (pipeTo), which is made after it.
(function makeStreamsBase(natives) {
  'use strict';

  const {idl} = natives;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const PromiseCtor = Promise;
  const PromiseResolve = Promise.resolve.bind(Promise);
  const PromiseReject = Promise.reject.bind(Promise);
  const PromiseThen = Function.prototype.call.bind(Promise.prototype.then);
  const ReflectApply = Reflect.apply;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const SymbolIterator = Symbol.iterator;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const NumberIsNaN = Number.isNaN;
  const isObject = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');
  const queueMicrotaskFn = queueMicrotask;
  const AbortControllerCtor = AbortController;
  const AbortSignalCtor = AbortSignal;
  const Uint8ArrayCtor = Uint8Array;
  const WeakMapCtor = WeakMap;
  const WeakMapGet = Function.prototype.call.bind(WeakMap.prototype.get);
  const WeakMapSet = Function.prototype.call.bind(WeakMap.prototype.set);

  // ---- Promise helpers ----

  // A promise with its resolving functions and whether it has settled.
  function newPromise() {
    const record = {promise: undefined, resolve: undefined, reject: undefined, settled: false};
    record.promise = new PromiseCtor((resolve, reject) => {
      record.resolve = (value) => {
        record.settled = true;
        resolve(value);
      };
      record.reject = (reason) => {
        record.settled = true;
        reject(reason);
      };
    });
    return record;
  }
  // "Upon fulfillment/rejection" without the result being observed as unhandled.
  function react(promise, onFulfilled, onRejected) {
    return PromiseThen(promise, onFulfilled, onRejected);
  }
  function markHandled(promise) {
    PromiseThen(promise, undefined, () => {});
  }
  // "Promise-call": a user callback whose exception becomes a rejected promise.
  function promiseCall(fn, thisArg, args) {
    try {
      return PromiseResolve(ReflectApply(fn, thisArg, args));
    } catch (e) {
      return PromiseReject(e);
    }
  }
  // The algorithm of an optional callback member of an underlying source, sink or transformer:
  // its promise-call, or a promise resolved with undefined when the member is absent.
  function promiseCallOrResolve(fn, thisArg, args) {
    return fn === undefined ? PromiseResolve() : promiseCall(fn, thisArg, args);
  }
  // What a promise-returning method gives for a `this` of the wrong interface.
  function rejectIllegalInvocation() {
    return PromiseReject(new TypeErrorCtor('Illegal invocation'));
  }

  // The callback members of an underlying source, sink or transformer (`dictName`), by name:
  // read in the order of `names`, then checked (each must be undefined or a function).
  function callbackMembers(dict, dictName, names) {
    const members = {__proto__: null};
    for (let i = 0; i < names.length; i++) members[names[i]] = dict[names[i]];
    for (let i = 0; i < names.length; i++) {
      const member = members[names[i]];
      if (member !== undefined && typeof member !== 'function') {
        throw new TypeErrorCtor(`${dictName}.${names[i]} is not a function.`);
      }
    }
    return members;
  }

  // ---- Queuing strategies ----

  function extractHighWaterMark(strategy, defaultHWM) {
    if (strategy.highWaterMark === undefined) return defaultHWM;
    const hwm = +strategy.highWaterMark;
    if (NumberIsNaN(hwm) || hwm < 0) {
      throw new RangeErrorCtor('The highWaterMark of a queuing strategy must be a non-negative number.');
    }
    return hwm;
  }
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined) return () => 1;
    if (typeof size !== 'function') throw new TypeErrorCtor('The size of a queuing strategy must be a function.');
    return (chunk) => ReflectApply(size, undefined, [chunk]);
  }

  const byteLengthSize = {size(chunk) {
    return chunk.byteLength;
  }}.size;
  const countSize = {size() {
    return 1;
  }}.size;

  // The two built-in strategies differ only in their name and size function: one class each,
  // made by the same maker (separate interfaces, as WebIDL has them).
  function makeStrategy(name, sizeFunction) {
    const what = `Failed to construct '${name}'`;
    return {[name]: class {
      #highWaterMark;

      constructor(init) {
        idl.requireArguments(arguments.length, 1, what);
        const dict = idl.dictionary(init, what);
        if (dict.highWaterMark === undefined) {
          throw new TypeErrorCtor(`${what}: required member highWaterMark is undefined.`);
        }
        this.#highWaterMark = +dict.highWaterMark;
      }

      get highWaterMark() {
        if (!(isObject(this) && #highWaterMark in this)) idl.illegalInvocation();
        return this.#highWaterMark;
      }

      get size() {
        if (!(isObject(this) && #highWaterMark in this)) idl.illegalInvocation();
        return sizeFunction;
      }
    }}[name];
  }
  const ByteLengthQueuingStrategy = makeStrategy('ByteLengthQueuingStrategy', byteLengthSize);
  const CountQueuingStrategy = makeStrategy('CountQueuingStrategy', countSize);

  // ---- Queue-with-sizes ----

  function enqueueValueWithSize(container, value, size) {
    size = +size;
    if (NumberIsNaN(size) || size < 0 || size === Infinity) {
      throw new RangeErrorCtor('The size of a chunk must be a finite, non-negative number.');
    }
    container.queue.push({value, size});
    container.queueTotalSize += size;
  }
  function dequeueValue(container) {
    const pair = container.queue.shift();
    container.queueTotalSize -= pair.size;
    if (container.queueTotalSize < 0) container.queueTotalSize = 0;
    return pair.value;
  }
  function resetQueue(container) {
    container.queue = [];
    container.queueTotalSize = 0;
  }

  // ---- Internal slots and construction ----

  // The internal slots of one interface's objects: a record per object, kept where user code
  // cannot reach it. of(value) is value's record or undefined; check(value) the record, else an
  // "Illegal invocation" TypeError (the brand check of WebIDL operations and attributes);
  // set(object, record) gives an object its record.
  function internalSlots() {
    const records = new WeakMapCtor();
    const of = (value) => (isObject(value) ? WeakMapGet(records, value) : undefined);
    return {
      of,
      check(value) {
        const record = of(value);
        if (record === undefined) idl.illegalInvocation();
        return record;
      },
      set(object, record) {
        WeakMapSet(records, object, record);
      },
    };
  }

  // For the classes only the streams may construct: creation.make(() => new X()) lets X's
  // constructor see creation.active; requireActive() is the constructor's "Illegal constructor"
  // for everyone else.
  function internalCreation() {
    const creation = {
      active: false,
      make(construct) {
        creation.active = true;
        try {
          return construct();
        } finally {
          creation.active = false;
        }
      },
      requireActive() {
        if (!creation.active) throw new TypeErrorCtor('Illegal constructor');
      },
    };
    return creation;
  }

  idl.defineInterface(ByteLengthQueuingStrategy);
  idl.defineInterface(CountQueuingStrategy);
  return {TypeErrorCtor, RangeErrorCtor, PromiseCtor, PromiseResolve, PromiseReject, PromiseThen, ReflectApply, SymbolAsyncIterator, SymbolIterator, ObjectDefineProperty, ObjectGetPrototypeOf, NumberIsNaN, isObject, queueMicrotaskFn, AbortControllerCtor, AbortSignalCtor, Uint8ArrayCtor, newPromise, react, markHandled, promiseCall, extractHighWaterMark, extractSizeAlgorithm, enqueueValueWithSize, dequeueValue, resetQueue, ByteLengthQueuingStrategy, rejectIllegalInvocation, internalSlots, callbackMembers, promiseCallOrResolve, CountQueuingStrategy, internalCreation, hooks: {}};
})
