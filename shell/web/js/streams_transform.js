// TransformStream of the Streams Standard (https://streams.spec.whatwg.org/) with its default
// controller, over streams_readable.js and streams_writable.js.
(function makeTransformStreams(natives) {
  'use strict';

  const {idl} = natives;
  const {TypeErrorCtor, RangeErrorCtor, PromiseCtor, PromiseResolve, PromiseReject, PromiseThen,
    ReflectApply, SymbolAsyncIterator, SymbolIterator, ObjectDefineProperty, ObjectGetPrototypeOf,
    NumberIsNaN, isObject, queueMicrotaskFn, AbortControllerCtor, AbortSignalCtor, Uint8ArrayCtor,
    newPromise, react, markHandled, promiseCall, extractHighWaterMark, extractSizeAlgorithm,
    enqueueValueWithSize, dequeueValue, resetQueue} = natives.base;
  const {streamOf, createReadableStream, defaultControllerError, defaultControllerClose,
    defaultControllerCanCloseOrEnqueue, defaultControllerEnqueue,
    defaultControllerHasBackpressure, defaultControllerGetDesiredSize} = natives.readable.internals;
  const {writableOf, createWritableStream, writableControllerErrorIfNeeded} = natives.writable.internals;
  const creation = natives.base.internalCreation();

  // ---- TransformStream ----

  let transformOf;

  class TransformStream {
    #t;

    constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
      const what = "Failed to construct 'TransformStream'";
      const transformerDict = transformer === undefined || transformer === null ? {} :
        idl.dictionary(transformer, what);
      const writableDict = idl.dictionary(writableStrategy, what);
      const readableDict = idl.dictionary(readableStrategy, what);
      if (transformerDict.readableType !== undefined) throw new RangeErrorCtor(`${what}: Invalid readableType specified`);
      if (transformerDict.writableType !== undefined) throw new RangeErrorCtor(`${what}: Invalid writableType specified`);
      const readableHWM = extractHighWaterMark(readableDict, 0);
      const readableSize = extractSizeAlgorithm(readableDict);
      const writableHWM = extractHighWaterMark(writableDict, 1);
      const writableSize = extractSizeAlgorithm(writableDict);
      const startPromise = newPromise();
      const t = {object: this, readable: null, writable: null, backpressure: undefined,
        backpressureChangePromise: null, controller: null};
      this.#t = t;
      initializeTransformStream(t, startPromise.promise, writableHWM, writableSize, readableHWM,
          readableSize);
      const start = transformerDict.start;
      const transform = transformerDict.transform;
      const flush = transformerDict.flush;
      const cancel = transformerDict.cancel;
      for (const [name, fn] of [['start', start], ['transform', transform], ['flush', flush], ['cancel', cancel]]) {
        if (fn !== undefined && typeof fn !== 'function') throw new TypeErrorCtor(`transformer.${name} is not a function.`);
      }
      setUpTransformController(t,
          transform === undefined ?
            (chunk) => {
              try {
                transformControllerEnqueue(t.controller, chunk);
                return PromiseResolve();
              } catch (e) {
                return PromiseReject(e);
              }
            } :
            (chunk) => promiseCall(transform, transformer, [chunk, t.controller.object]),
          () => (flush === undefined ? PromiseResolve() : promiseCall(flush, transformer, [t.controller.object])),
          (reason) => (cancel === undefined ? PromiseResolve() : promiseCall(cancel, transformer, [reason])));
      if (start !== undefined) {
        startPromise.resolve(ReflectApply(start, transformer, [t.controller.object]));
      } else {
        startPromise.resolve(undefined);
      }
    }

    static {
      transformOf = (value) => (isObject(value) && #t in value ? value.#t : undefined);
    }

    get readable() {
      const t = transformOf(this);
      if (t === undefined) idl.illegalInvocation();
      return t.readable;
    }

    get writable() {
      const t = transformOf(this);
      if (t === undefined) idl.illegalInvocation();
      return t.writable;
    }
  }

  function initializeTransformStream(t, startPromise, writableHWM, writableSize, readableHWM,
      readableSize) {
    t.writable = createWritableStream(() => startPromise,
        (chunk) => transformSinkWrite(t, chunk), () => transformSinkClose(t),
        (reason) => transformSinkAbort(t, reason), writableHWM, writableSize);
    t.readable = createReadableStream(() => startPromise, () => transformSourcePull(t),
        (reason) => transformSourceCancel(t, reason), readableHWM, readableSize);
    t.backpressure = undefined;
    t.backpressureChangePromise = null;
    transformSetBackpressure(t, true);
  }

  function transformError(t, e) {
    defaultControllerError(streamOf(t.readable).controller, e);
    transformErrorWritableAndUnblockWrite(t, e);
  }

  function transformErrorWritableAndUnblockWrite(t, e) {
    transformControllerClearAlgorithms(t.controller);
    writableControllerErrorIfNeeded(writableOf(t.writable).controller, e);
    transformUnblockWrite(t);
  }

  function transformUnblockWrite(t) {
    if (t.backpressure) transformSetBackpressure(t, false);
  }

  function transformSetBackpressure(t, backpressure) {
    if (t.backpressureChangePromise !== null) t.backpressureChangePromise.resolve(undefined);
    t.backpressureChangePromise = newPromise();
    t.backpressure = backpressure;
  }

  let transformControllerOf;

  class TransformStreamDefaultController {
    #c;

    constructor() {
      if (!creation.active) throw new TypeErrorCtor('Illegal constructor');
    }

    static {
      transformControllerOf = (value) => (isObject(value) && #c in value ? value.#c : undefined);
      TransformStreamDefaultController.attach = (controller, c) => {
        controller.#c = c;
      };
    }

    static #check(self) {
      const c = transformControllerOf(self);
      if (c === undefined) idl.illegalInvocation();
      return c;
    }

    get desiredSize() {
      const c = TransformStreamDefaultController.#check(this);
      return defaultControllerGetDesiredSize(streamOf(c.stream.readable).controller);
    }

    enqueue(chunk = undefined) {
      transformControllerEnqueue(TransformStreamDefaultController.#check(this), chunk);
    }

    error(reason = undefined) {
      transformError(TransformStreamDefaultController.#check(this).stream, reason);
    }

    terminate() {
      const c = TransformStreamDefaultController.#check(this);
      const t = c.stream;
      defaultControllerClose(streamOf(t.readable).controller);
      transformErrorWritableAndUnblockWrite(t, new TypeErrorCtor('TransformStream terminated'));
    }
  }
  const attachTransformController = TransformStreamDefaultController.attach;
  delete TransformStreamDefaultController.attach;

  function setUpTransformController(t, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    const controller = creation.make(() => new TransformStreamDefaultController());
    const c = {object: controller, stream: t, transformAlgorithm, flushAlgorithm,
      cancelAlgorithm, finishPromise: null};
    attachTransformController(controller, c);
    t.controller = c;
  }

  function transformControllerClearAlgorithms(c) {
    c.transformAlgorithm = undefined;
    c.flushAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }

  function transformControllerEnqueue(c, chunk) {
    const t = c.stream;
    const rc = streamOf(t.readable).controller;
    if (!defaultControllerCanCloseOrEnqueue(rc)) {
      throw new TypeErrorCtor('Readable side is not in a state that permits enqueue');
    }
    try {
      defaultControllerEnqueue(rc, chunk);
    } catch (e) {
      transformErrorWritableAndUnblockWrite(t, e);
      throw streamOf(t.readable).storedError;
    }
    const backpressure = defaultControllerHasBackpressure(rc);
    if (backpressure !== t.backpressure) transformSetBackpressure(t, true);
  }

  function transformControllerPerformTransform(c, chunk) {
    return react(c.transformAlgorithm(chunk), undefined, (r) => {
      transformError(c.stream, r);
      throw r;
    });
  }

  function transformSinkWrite(t, chunk) {
    const c = t.controller;
    if (t.backpressure) {
      return react(t.backpressureChangePromise.promise, () => {
        const w = writableOf(t.writable);
        if (w.state === 'erroring') throw w.storedError;
        return transformControllerPerformTransform(c, chunk);
      });
    }
    return transformControllerPerformTransform(c, chunk);
  }

  function transformSinkAbort(t, reason) {
    const c = t.controller;
    if (c.finishPromise !== null) return c.finishPromise.promise;
    const readable = streamOf(t.readable);
    c.finishPromise = newPromise();
    const cancelPromise = c.cancelAlgorithm(reason);
    transformControllerClearAlgorithms(c);
    react(cancelPromise, () => {
      if (readable.state === 'errored') {
        c.finishPromise.reject(readable.storedError);
      } else {
        defaultControllerError(readable.controller, reason);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      defaultControllerError(readable.controller, r);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }

  function transformSinkClose(t) {
    const c = t.controller;
    if (c.finishPromise !== null) return c.finishPromise.promise;
    const readable = streamOf(t.readable);
    c.finishPromise = newPromise();
    const flushPromise = c.flushAlgorithm();
    transformControllerClearAlgorithms(c);
    react(flushPromise, () => {
      if (readable.state === 'errored') {
        c.finishPromise.reject(readable.storedError);
      } else {
        defaultControllerClose(readable.controller);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      defaultControllerError(readable.controller, r);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }

  function transformSourcePull(t) {
    transformSetBackpressure(t, false);
    return t.backpressureChangePromise.promise;
  }

  function transformSourceCancel(t, reason) {
    const c = t.controller;
    if (c.finishPromise !== null) return c.finishPromise.promise;
    const writable = writableOf(t.writable);
    c.finishPromise = newPromise();
    const cancelPromise = c.cancelAlgorithm(reason);
    transformControllerClearAlgorithms(c);
    react(cancelPromise, () => {
      if (writable.state === 'errored') {
        c.finishPromise.reject(writable.storedError);
      } else {
        writableControllerErrorIfNeeded(writable.controller, reason);
        transformUnblockWrite(t);
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      writableControllerErrorIfNeeded(writable.controller, r);
      transformUnblockWrite(t);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }

  idl.defineInterface(TransformStream);
  idl.defineInterface(TransformStreamDefaultController);
  return {TransformStream, TransformStreamDefaultController};
})
