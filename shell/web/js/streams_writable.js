// WritableStream of the Streams Standard (https://streams.spec.whatwg.org/) with its default
// controller and writer, and ReadableStream's pipeTo (installed into streams_base.js's hooks).
(function makeWritableStreams(natives) {
  'use strict';

  const {idl} = natives;
  const {TypeErrorCtor, RangeErrorCtor, PromiseCtor, PromiseResolve, PromiseReject, ReflectApply,
    AbortControllerCtor, newPromise, react, markHandled, extractHighWaterMark, extractSizeAlgorithm,
    enqueueValueWithSize, dequeueValue, resetQueue, internalSlots, rejectIllegalInvocation,
    callbackMembers, promiseCallOrResolve, hooks} = natives.base;
  const {streamOf, readableStreamCancel, acquireReader, readerRead, readerRelease} = natives.readable.internals;
  const creation = natives.base.internalCreation();

  // ---- WritableStream ----

  const writableSlots = internalSlots();
  const writableOf = writableSlots.of;

  class WritableStream {
    constructor(underlyingSink = undefined, strategy = undefined) {
      const w = {object: this, state: 'writable', storedError: undefined, writer: null,
        controller: null, inFlightWriteRequest: null, closeRequest: null,
        inFlightCloseRequest: null, pendingAbortRequest: null, writeRequests: [],
        backpressure: false};
      writableSlots.set(this, w);
      if (creation.active) return;
      const what = "Failed to construct 'WritableStream'";
      const sink = underlyingSink === undefined || underlyingSink === null ? {} :
        idl.dictionary(underlyingSink, what);
      const strategyDict = idl.dictionary(strategy, what);
      if (sink.type !== undefined) throw new RangeErrorCtor(`${what}: Invalid type is specified`);
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      const {start, write, close, abort} =
          callbackMembers(sink, 'underlyingSink', ['start', 'write', 'close', 'abort']);
      setUpWritableController(w,
          (controller) => (start === undefined ? undefined : ReflectApply(start, underlyingSink, [controller])),
          (chunk, controller) => promiseCallOrResolve(write, underlyingSink, [chunk, controller]),
          () => promiseCallOrResolve(close, underlyingSink, []),
          (reason) => promiseCallOrResolve(abort, underlyingSink, [reason]),
          highWaterMark, sizeAlgorithm);
    }

    get locked() {
      return writableSlots.check(this).writer !== null;
    }

    abort(reason = undefined) {
      const w = writableOf(this);
      if (w === undefined) return rejectIllegalInvocation();
      if (w.writer !== null) return PromiseReject(new TypeErrorCtor("Failed to execute 'abort' on 'WritableStream': Cannot abort a locked stream"));
      return writableStreamAbort(w, reason);
    }

    close() {
      const w = writableOf(this);
      if (w === undefined) return rejectIllegalInvocation();
      if (w.writer !== null) return PromiseReject(new TypeErrorCtor("Failed to execute 'close' on 'WritableStream': Cannot close a locked stream"));
      if (writableStreamCloseQueuedOrInFlight(w)) return PromiseReject(new TypeErrorCtor("Failed to execute 'close' on 'WritableStream': Cannot close a stream that is already closing"));
      return writableStreamClose(w);
    }

    getWriter() {
      return new WritableStreamDefaultWriter(this);
    }
  }

  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
      highWaterMark = 1, sizeAlgorithm = () => 1) {
    const stream = creation.make(() => new WritableStream());
    setUpWritableController(writableOf(stream), startAlgorithm, writeAlgorithm, closeAlgorithm,
        abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }

  const writableControllerSlots = internalSlots();
  const writableControllerOf = writableControllerSlots.of;

  class WritableStreamDefaultController {
    constructor() {
      creation.requireActive();
    }

    get signal() {
      const c = writableControllerSlots.check(this);
      return c.abortController.signal;
    }

    error(e = undefined) {
      const c = writableControllerSlots.check(this);
      if (c.stream.state !== 'writable') return;
      writableControllerError(c, e);
    }
  }

  const closeSentinel = {};

  function setUpWritableController(w, startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm) {
    const controller = creation.make(() => new WritableStreamDefaultController());
    const c = {object: controller, stream: w, queue: [], queueTotalSize: 0, started: false,
      strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark, writeAlgorithm,
      closeAlgorithm, abortAlgorithm, abortController: new AbortControllerCtor()};
    writableControllerSlots.set(controller, c);
    w.controller = c;
    writableStreamUpdateBackpressure(w, writableControllerGetBackpressure(c));
    const startResult = startAlgorithm(controller);
    react(PromiseResolve(startResult), () => {
      c.started = true;
      writableControllerAdvanceQueueIfNeeded(c);
    }, (r) => {
      c.started = true;
      writableStreamDealWithRejection(w, r);
    });
  }

  function writableStreamAbort(w, reason) {
    if (w.state === 'closed' || w.state === 'errored') return PromiseResolve(undefined);
    w.controller.abortController.abort(reason);
    const state = w.state;
    if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
    if (w.pendingAbortRequest !== null) return w.pendingAbortRequest.promise.promise;
    let wasAlreadyErroring = false;
    if (state === 'erroring') {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const promise = newPromise();
    w.pendingAbortRequest = {promise, reason, wasAlreadyErroring};
    if (!wasAlreadyErroring) writableStreamStartErroring(w, reason);
    return promise.promise;
  }

  function writableStreamClose(w) {
    const state = w.state;
    if (state === 'closed' || state === 'errored') {
      return PromiseReject(new TypeErrorCtor('The stream is closed or errored and cannot be closed'));
    }
    const promise = newPromise();
    w.closeRequest = promise;
    const writer = w.writer;
    if (writer !== null && w.backpressure && state === 'writable') writer.ready.resolve(undefined);
    enqueueValueWithSize(w.controller, closeSentinel, 0);
    writableControllerAdvanceQueueIfNeeded(w.controller);
    return promise.promise;
  }

  function writableStreamAddWriteRequest(w) {
    const promise = newPromise();
    w.writeRequests.push(promise);
    return promise.promise;
  }

  function writableStreamDealWithRejection(w, error) {
    if (w.state === 'writable') {
      writableStreamStartErroring(w, error);
      return;
    }
    writableStreamFinishErroring(w);
  }

  function writableStreamStartErroring(w, reason) {
    const c = w.controller;
    w.state = 'erroring';
    w.storedError = reason;
    const writer = w.writer;
    if (writer !== null) writerEnsureReadyPromiseRejected(writer, reason);
    if (!writableStreamHasOperationMarkedInFlight(w) && c.started) writableStreamFinishErroring(w);
  }

  function writableStreamFinishErroring(w) {
    w.state = 'errored';
    const c = w.controller;
    resetQueue(c);
    const storedError = w.storedError;
    for (const request of w.writeRequests) request.reject(storedError);
    w.writeRequests = [];
    if (w.pendingAbortRequest === null) {
      writableStreamRejectCloseAndClosedPromiseIfNeeded(w);
      return;
    }
    const abortRequest = w.pendingAbortRequest;
    w.pendingAbortRequest = null;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.promise.reject(storedError);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(w);
      return;
    }
    const promise = c.abortAlgorithm(abortRequest.reason);
    writableControllerClearAlgorithms(c);
    react(promise, () => {
      abortRequest.promise.resolve(undefined);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(w);
    }, (reason) => {
      abortRequest.promise.reject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(w);
    });
  }

  function writableStreamFinishInFlightWrite(w) {
    w.inFlightWriteRequest.resolve(undefined);
    w.inFlightWriteRequest = null;
  }

  function writableStreamFinishInFlightWriteWithError(w, error) {
    w.inFlightWriteRequest.reject(error);
    w.inFlightWriteRequest = null;
    writableStreamDealWithRejection(w, error);
  }

  function writableStreamFinishInFlightClose(w) {
    w.inFlightCloseRequest.resolve(undefined);
    w.inFlightCloseRequest = null;
    if (w.state === 'erroring') {
      w.storedError = undefined;
      if (w.pendingAbortRequest !== null) {
        w.pendingAbortRequest.promise.resolve(undefined);
        w.pendingAbortRequest = null;
      }
    }
    w.state = 'closed';
    const writer = w.writer;
    if (writer !== null) writer.closed.resolve(undefined);
  }

  function writableStreamFinishInFlightCloseWithError(w, error) {
    w.inFlightCloseRequest.reject(error);
    w.inFlightCloseRequest = null;
    if (w.pendingAbortRequest !== null) {
      w.pendingAbortRequest.promise.reject(error);
      w.pendingAbortRequest = null;
    }
    writableStreamDealWithRejection(w, error);
  }

  const writableStreamCloseQueuedOrInFlight = (w) => w.closeRequest !== null || w.inFlightCloseRequest !== null;
  const writableStreamHasOperationMarkedInFlight = (w) => w.inFlightWriteRequest !== null || w.inFlightCloseRequest !== null;

  function writableStreamMarkCloseRequestInFlight(w) {
    w.inFlightCloseRequest = w.closeRequest;
    w.closeRequest = null;
  }

  function writableStreamMarkFirstWriteRequestInFlight(w) {
    w.inFlightWriteRequest = w.writeRequests.shift();
  }

  function writableStreamRejectCloseAndClosedPromiseIfNeeded(w) {
    if (w.closeRequest !== null) {
      w.closeRequest.reject(w.storedError);
      w.closeRequest = null;
    }
    const writer = w.writer;
    if (writer !== null) {
      writer.closed.reject(w.storedError);
      markHandled(writer.closed.promise);
    }
  }

  function writableStreamUpdateBackpressure(w, backpressure) {
    const writer = w.writer;
    if (writer !== null && backpressure !== w.backpressure) {
      if (backpressure) writer.ready = newPromise();
      else writer.ready.resolve(undefined);
    }
    w.backpressure = backpressure;
  }

  // ---- WritableStreamDefaultController operations ----

  function writableControllerClearAlgorithms(c) {
    c.writeAlgorithm = undefined;
    c.closeAlgorithm = undefined;
    c.abortAlgorithm = undefined;
    c.strategySizeAlgorithm = undefined;
  }

  function writableControllerGetChunkSize(c, chunk) {
    try {
      return c.strategySizeAlgorithm(chunk);
    } catch (e) {
      writableControllerErrorIfNeeded(c, e);
      return 1;
    }
  }

  const writableControllerGetDesiredSize = (c) => c.strategyHWM - c.queueTotalSize;
  const writableControllerGetBackpressure = (c) => writableControllerGetDesiredSize(c) <= 0;

  function writableControllerWrite(c, chunk, chunkSize) {
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (e) {
      writableControllerErrorIfNeeded(c, e);
      return;
    }
    const w = c.stream;
    if (!writableStreamCloseQueuedOrInFlight(w) && w.state === 'writable') {
      writableStreamUpdateBackpressure(w, writableControllerGetBackpressure(c));
    }
    writableControllerAdvanceQueueIfNeeded(c);
  }

  function writableControllerAdvanceQueueIfNeeded(c) {
    const w = c.stream;
    if (!c.started || w.inFlightWriteRequest !== null) return;
    if (w.state === 'erroring') {
      writableStreamFinishErroring(w);
      return;
    }
    if (c.queue.length === 0) return;
    const value = c.queue[0].value;
    if (value === closeSentinel) writableControllerProcessClose(c);
    else writableControllerProcessWrite(c, value);
  }

  function writableControllerErrorIfNeeded(c, error) {
    if (c.stream.state === 'writable') writableControllerError(c, error);
  }

  function writableControllerProcessClose(c) {
    const w = c.stream;
    writableStreamMarkCloseRequestInFlight(w);
    dequeueValue(c);
    const sinkClosePromise = c.closeAlgorithm();
    writableControllerClearAlgorithms(c);
    react(sinkClosePromise, () => writableStreamFinishInFlightClose(w),
        (reason) => writableStreamFinishInFlightCloseWithError(w, reason));
  }

  function writableControllerProcessWrite(c, chunk) {
    const w = c.stream;
    writableStreamMarkFirstWriteRequestInFlight(w);
    react(c.writeAlgorithm(chunk, c.object), () => {
      writableStreamFinishInFlightWrite(w);
      const state = w.state;
      dequeueValue(c);
      if (!writableStreamCloseQueuedOrInFlight(w) && state === 'writable') {
        writableStreamUpdateBackpressure(w, writableControllerGetBackpressure(c));
      }
      writableControllerAdvanceQueueIfNeeded(c);
    }, (reason) => {
      if (w.state === 'writable') writableControllerClearAlgorithms(c);
      writableStreamFinishInFlightWriteWithError(w, reason);
    });
  }

  function writableControllerError(c, error) {
    writableControllerClearAlgorithms(c);
    writableStreamStartErroring(c.stream, error);
  }

  // ---- WritableStreamDefaultWriter ----

  const writerSlots = internalSlots();
  const writerOf = writerSlots.of;

  class WritableStreamDefaultWriter {
    constructor(stream) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'WritableStreamDefaultWriter'");
      const w = writableOf(stream);
      if (w === undefined) {
        throw new TypeErrorCtor("Failed to construct 'WritableStreamDefaultWriter': parameter 1 is not of type 'WritableStream'.");
      }
      if (w.writer !== null) {
        throw new TypeErrorCtor("Failed to construct 'WritableStreamDefaultWriter': This stream has already been locked for exclusive writing by another writer");
      }
      const wr = {object: this, stream: w, ready: newPromise(), closed: newPromise()};
      writerSlots.set(this, wr);
      w.writer = wr;
      const state = w.state;
      if (state === 'writable') {
        if (!writableStreamCloseQueuedOrInFlight(w) && w.backpressure) {
          // ready stays pending.
        } else {
          wr.ready.resolve(undefined);
        }
      } else if (state === 'erroring') {
        wr.ready.reject(w.storedError);
        markHandled(wr.ready.promise);
      } else if (state === 'closed') {
        wr.ready.resolve(undefined);
        wr.closed.resolve(undefined);
      } else {
        wr.ready.reject(w.storedError);
        markHandled(wr.ready.promise);
        wr.closed.reject(w.storedError);
        markHandled(wr.closed.promise);
      }
    }

    get closed() {
      const wr = writerOf(this);
      if (wr === undefined) return rejectIllegalInvocation();
      return wr.closed.promise;
    }

    get desiredSize() {
      const wr = writerSlots.check(this);
      if (wr.stream === undefined) throw new TypeErrorCtor('This writer has been released');
      const state = wr.stream.state;
      if (state === 'errored' || state === 'erroring') return null;
      if (state === 'closed') return 0;
      return writableControllerGetDesiredSize(wr.stream.controller);
    }

    get ready() {
      const wr = writerOf(this);
      if (wr === undefined) return rejectIllegalInvocation();
      return wr.ready.promise;
    }

    abort(reason = undefined) {
      const wr = writerOf(this);
      if (wr === undefined) return rejectIllegalInvocation();
      if (wr.stream === undefined) return PromiseReject(new TypeErrorCtor('This writer has been released'));
      return writableStreamAbort(wr.stream, reason);
    }

    close() {
      const wr = writerOf(this);
      if (wr === undefined) return rejectIllegalInvocation();
      const w = wr.stream;
      if (w === undefined) return PromiseReject(new TypeErrorCtor('This writer has been released'));
      if (writableStreamCloseQueuedOrInFlight(w)) return PromiseReject(new TypeErrorCtor('Cannot close a stream that is already closing'));
      return writableStreamClose(w);
    }

    releaseLock() {
      const wr = writerSlots.check(this);
      if (wr.stream === undefined) return;
      writerRelease(wr);
    }

    write(chunk = undefined) {
      const wr = writerOf(this);
      if (wr === undefined) return rejectIllegalInvocation();
      if (wr.stream === undefined) return PromiseReject(new TypeErrorCtor('This writer has been released'));
      return writerWrite(wr, chunk);
    }
  }

  function writerEnsureReadyPromiseRejected(wr, error) {
    if (wr.ready.settled) wr.ready = newPromise();
    wr.ready.reject(error);
    markHandled(wr.ready.promise);
  }

  function writerEnsureClosedPromiseRejected(wr, error) {
    if (wr.closed.settled) wr.closed = newPromise();
    wr.closed.reject(error);
    markHandled(wr.closed.promise);
  }

  function writerRelease(wr) {
    const w = wr.stream;
    const released = new TypeErrorCtor('Writer was released');
    writerEnsureReadyPromiseRejected(wr, released);
    writerEnsureClosedPromiseRejected(wr, released);
    w.writer = null;
    wr.stream = undefined;
  }

  function writerWrite(wr, chunk) {
    const w = wr.stream;
    const c = w.controller;
    const chunkSize = writableControllerGetChunkSize(c, chunk);
    if (w !== wr.stream) return PromiseReject(new TypeErrorCtor('This writer has been released'));
    const state = w.state;
    if (state === 'errored') return PromiseReject(w.storedError);
    if (writableStreamCloseQueuedOrInFlight(w) || state === 'closed') {
      return PromiseReject(new TypeErrorCtor('The stream is closing or closed and cannot be written to'));
    }
    if (state === 'erroring') return PromiseReject(w.storedError);
    const promise = writableStreamAddWriteRequest(w);
    writableControllerWrite(c, chunk, chunkSize);
    return promise;
  }

  // Writer records made internally (pipes) share the same operations.
  function acquireWriter(w) {
    return writerOf(new WritableStreamDefaultWriter(w.object));
  }

  // ---- pipeTo ----

  function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
    const reader = acquireReader(source);
    const writer = acquireWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    let currentWrite = PromiseResolve();
    const result = newPromise();
    let abortAlgorithm;
    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest.state === 'writable' ? writableStreamAbort(dest, error) : PromiseResolve()));
        }
        if (!preventCancel) {
          actions.push(() => (source.state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve()));
        }
        shutdownWithAction(() => PromiseCtor.all(actions.map((action) => action())), true, error);
      };
      if (signal.aborted) {
        abortAlgorithm();
        return result.promise;
      }
      signal.addEventListener('abort', abortAlgorithm);
    }

    function pipeStep() {
      if (shuttingDown) return PromiseResolve(true);
      return react(writer.ready.promise, () => new PromiseCtor((resolve, reject) => {
        readerRead(reader, {
          chunk(chunk) {
            currentWrite = writerWrite(writer, chunk);
            markHandled(currentWrite);
            resolve(false);
          },
          close: () => resolve(true),
          error: reject,
        });
      }));
    }
    function loop() {
      react(pipeStep(), (done) => {
        if (!done) loop();
      }, () => {});
    }

    // Errors and closes are propagated as the standard's "in parallel" steps describe.
    react(reader.closed.promise, () => {
      if (!preventClose) {
        shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
      } else {
        shutdown();
      }
    }, (storedError) => {
      if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    react(writer.closed.promise, undefined, (storedError) => {
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
      else shutdown(true, storedError);
    });
    if (writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
      const destClosed = new TypeErrorCtor('the destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      else shutdown(true, destClosed);
    }
    loop();

    function waitForWritesToFinish() {
      const oldCurrentWrite = currentWrite;
      return react(currentWrite, () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined),
          () => undefined);
    }
    function shutdownWithAction(action, hasError = false, originalError = undefined) {
      if (shuttingDown) return;
      shuttingDown = true;
      const doAction = () => {
        react(action(), () => finalize(hasError, originalError), (newError) => finalize(true, newError));
      };
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        react(waitForWritesToFinish(), doAction);
      } else {
        doAction();
      }
    }
    function shutdown(hasError = false, error = undefined) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
        react(waitForWritesToFinish(), () => finalize(hasError, error));
      } else {
        finalize(hasError, error);
      }
    }
    function finalize(hasError, error) {
      writerRelease(writer);
      readerRelease(reader);
      if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
      if (hasError) result.reject(error);
      else result.resolve(undefined);
    }
    return result.promise;
  }

  function writerCloseWithErrorPropagation(wr) {
    const w = wr.stream;
    const state = w.state;
    if (writableStreamCloseQueuedOrInFlight(w) || state === 'closed') return PromiseResolve();
    if (state === 'errored') return PromiseReject(w.storedError);
    return writableStreamClose(w);
  }

  hooks.writableOf = writableOf;
  hooks.pipeTo = readableStreamPipeTo;
  for (const ctor of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController]) {
    idl.defineInterface(ctor);
  }
  return {WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
    internals: {writableOf, createWritableStream, writableControllerErrorIfNeeded}};
})
