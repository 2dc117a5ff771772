// TransformStream of the Streams Standard (https://streams.spec.whatwg.org/) with its default
// controller, over streams_readable.js and streams_writable.js.
(function makeTransformStreams(natives) {
  'use strict';

  const {idl} = natives;
  const {TypeErrorCtor, RangeErrorCtor, PromiseResolve, PromiseReject, ReflectApply, newPromise,
    react, promiseCall, extractHighWaterMark, extractSizeAlgorithm, internalSlots, callbackMembers,
    promiseCallOrResolve} = natives.base;
  const {streamOf, createReadableStream, defaultControllerError, defaultControllerClose,
    defaultControllerCanCloseOrEnqueue, defaultControllerEnqueue,
    defaultControllerHasBackpressure, defaultControllerGetDesiredSize} = natives.readable.internals;
  const {writableOf, createWritableStream, writableControllerErrorIfNeeded} = natives.writable.internals;
  const creation = natives.base.internalCreation();

  // ---- TransformStream ----

  const transformSlots = internalSlots();
  const transformOf = transformSlots.of;

  class TransformStream {
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
      transformSlots.set(this, t);
      initializeTransformStream(t, startPromise.promise, writableHWM, writableSize, readableHWM,
          readableSize);
      const {start, transform, flush, cancel} = callbackMembers(transformerDict, 'transformer',
          ['start', 'transform', 'flush', 'cancel']);
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
          () => promiseCallOrResolve(flush, transformer, [t.controller.object]),
          (reason) => promiseCallOrResolve(cancel, transformer, [reason]));
      if (start !== undefined) {
        startPromise.resolve(ReflectApply(start, transformer, [t.controller.object]));
      } else {
        startPromise.resolve(undefined);
      }
    }

    get readable() {
      const t = transformSlots.check(this);
      return t.readable;
    }

    get writable() {
      const t = transformSlots.check(this);
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

  const transformControllerSlots = internalSlots();
  const transformControllerOf = transformControllerSlots.of;

  class TransformStreamDefaultController {
    constructor() {
      creation.requireActive();
    }

    get desiredSize() {
      const c = transformControllerSlots.check(this);
      return defaultControllerGetDesiredSize(streamOf(c.stream.readable).controller);
    }

    enqueue(chunk = undefined) {
      transformControllerEnqueue(transformControllerSlots.check(this), chunk);
    }

    error(reason = undefined) {
      transformError(transformControllerSlots.check(this).stream, reason);
    }

    terminate() {
      const c = transformControllerSlots.check(this);
      const t = c.stream;
      defaultControllerClose(streamOf(t.readable).controller);
      transformErrorWritableAndUnblockWrite(t, new TypeErrorCtor('TransformStream terminated'));
    }
  }

  function setUpTransformController(t, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
    const controller = creation.make(() => new TransformStreamDefaultController());
    const c = {object: controller, stream: t, transformAlgorithm, flushAlgorithm,
      cancelAlgorithm, finishPromise: null};
    transformControllerSlots.set(controller, c);
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

  // The shape TransformStreamDefaultSinkAbortAlgorithm, ...SinkCloseAlgorithm and
  // ...SourceCancelAlgorithm share: the first call runs `algorithm` and clears the controller's
  // algorithms, and every call gets c.finishPromise, which settles when algorithm's promise does:
  // rejected with the other side's (`other`'s) stored error if it errored meanwhile, else after onFulfilled
  // (resolved) or onRejected(r) (rejected with r).
  function transformFinish(c, algorithm, other, onFulfilled, onRejected) {
    if (c.finishPromise !== null) return c.finishPromise.promise;
    c.finishPromise = newPromise();
    const promise = algorithm();
    transformControllerClearAlgorithms(c);
    react(promise, () => {
      if (other.state === 'errored') {
        c.finishPromise.reject(other.storedError);
      } else {
        onFulfilled();
        c.finishPromise.resolve(undefined);
      }
    }, (r) => {
      onRejected(r);
      c.finishPromise.reject(r);
    });
    return c.finishPromise.promise;
  }

  function transformSinkAbort(t, reason) {
    const c = t.controller;
    const readable = streamOf(t.readable);
    return transformFinish(c, () => c.cancelAlgorithm(reason), readable,
        () => defaultControllerError(readable.controller, reason),
        (r) => defaultControllerError(readable.controller, r));
  }

  function transformSinkClose(t) {
    const c = t.controller;
    const readable = streamOf(t.readable);
    return transformFinish(c, () => c.flushAlgorithm(), readable,
        () => defaultControllerClose(readable.controller),
        (r) => defaultControllerError(readable.controller, r));
  }

  function transformSourcePull(t) {
    transformSetBackpressure(t, false);
    return t.backpressureChangePromise.promise;
  }

  function transformSourceCancel(t, reason) {
    const c = t.controller;
    const writable = writableOf(t.writable);
    return transformFinish(c, () => c.cancelAlgorithm(reason), writable, () => {
      writableControllerErrorIfNeeded(writable.controller, reason);
      transformUnblockWrite(t);
    }, (r) => {
      writableControllerErrorIfNeeded(writable.controller, r);
      transformUnblockWrite(t);
    });
  }

  idl.defineInterface(TransformStream);
  idl.defineInterface(TransformStreamDefaultController);
  return {TransformStream, TransformStreamDefaultController};
})
