// The shared parts of the Streams Standard (https://streams.spec.whatwg.org/) for
// streams_readable.js, streams_writable.js and streams_transform.js: promise helpers, the
// queuing strategies (ByteLengthQueuingStrategy, CountQueuingStrategy) and queue-with-sizes.
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

  // For the classes only the streams may construct: creation.make(() => new X()) lets X's
  // constructor see creation.active.
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
    };
    return creation;
  }

  idl.defineInterface(ByteLengthQueuingStrategy);
  idl.defineInterface(CountQueuingStrategy);
  return {TypeErrorCtor, RangeErrorCtor, PromiseCtor, PromiseResolve, PromiseReject, PromiseThen, ReflectApply, SymbolAsyncIterator, SymbolIterator, ObjectDefineProperty, ObjectGetPrototypeOf, NumberIsNaN, isObject, queueMicrotaskFn, AbortControllerCtor, AbortSignalCtor, Uint8ArrayCtor, newPromise, react, markHandled, promiseCall, extractHighWaterMark, extractSizeAlgorithm, enqueueValueWithSize, dequeueValue, resetQueue, ByteLengthQueuingStrategy, CountQueuingStrategy, internalCreation, hooks: {}};
})
