// ReadableStream of the Streams Standard (https://streams.spec.whatwg.org/) with its default
// controller and reader, tee, async iteration and ReadableStream.from; and the operations the
// shell's bodies use (streamOfBytes, readAllBytes, pumpChunks). Byte streams (their controller,
// BYOB reader and tee) are in streams_bytes.js, reached through `hooks`: controllers carry their
// own [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]] so that the code here serves both.
(function makeReadableStreams(natives) {
  'use strict';

  const {idl} = natives;
  const {TypeErrorCtor, RangeErrorCtor, PromiseCtor, PromiseResolve, PromiseReject, ReflectApply,
    SymbolAsyncIterator, SymbolIterator, ObjectDefineProperty, ObjectGetPrototypeOf, isObject,
    queueMicrotaskFn, AbortSignalCtor, Uint8ArrayCtor, newPromise, react, markHandled, promiseCall,
    extractHighWaterMark, extractSizeAlgorithm, enqueueValueWithSize, dequeueValue, resetQueue,
    internalSlots, rejectIllegalInvocation, callbackMembers, promiseCallOrResolve, hooks} = natives.base;
  const creation = natives.base.internalCreation();

  // ---- ReadableStream ----
  // Internal state lives in plain records; the objects hold theirs in internal slots
  // (streams_base.js's internalSlots).

  const streamSlots = internalSlots();  // ReadableStream -> its record.
  const streamOf = streamSlots.of;

  class ReadableStream {
    constructor(underlyingSource = undefined, strategy = undefined) {
      const s = {object: this, state: 'readable', reader: null, storedError: undefined,
        disturbed: false, controller: null};
      streamSlots.set(this, s);
      if (creation.active) return;
      const what = "Failed to construct 'ReadableStream'";
      const source = underlyingSource === undefined || underlyingSource === null ? {} :
        idl.dictionary(underlyingSource, what);
      const strategyDict = idl.dictionary(strategy, what);
      if (source.type !== undefined) {
        const type = idl.toDOMString(source.type);
        if (type !== 'bytes') {
          throw new TypeErrorCtor(`${what}: The provided value '${type}' is not a valid enum value of type ReadableStreamType.`);
        }
        if (strategyDict.size !== undefined) {
          throw new RangeErrorCtor(`${what}: The strategy for a byte stream cannot have a size function.`);
        }
        const highWaterMark = extractHighWaterMark(strategyDict, 0);
        hooks.setUpByteControllerFromSource(s, source, underlyingSource, highWaterMark, what);
        return;
      }
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      setUpControllerFromSource(s, source, underlyingSource, highWaterMark, sizeAlgorithm);
    }

    get locked() {
      return streamSlots.check(this).reader !== null;
    }

    cancel(reason = undefined) {
      const s = streamOf(this);
      if (s === undefined) return rejectIllegalInvocation();
      if (s.reader !== null) {
        return PromiseReject(new TypeErrorCtor("Failed to execute 'cancel' on 'ReadableStream': Cannot cancel a locked stream"));
      }
      return readableStreamCancel(s, reason);
    }

    getReader(options = undefined) {
      const s = streamSlots.check(this);
      const dict = idl.dictionary(options, "Failed to execute 'getReader' on 'ReadableStream'");
      if (dict.mode !== undefined) {
        const mode = idl.toDOMString(dict.mode);
        if (mode === 'byob') return hooks.acquireBYOBReader(this, "Failed to execute 'getReader' on 'ReadableStream'");
        throw new TypeErrorCtor(`Failed to execute 'getReader' on 'ReadableStream': The provided value '${mode}' is not a valid enum value of type ReadableStreamReaderMode.`);
      }
      return new ReadableStreamDefaultReader(this);
    }

    pipeThrough(transform, options = undefined) {
      const s = streamSlots.check(this);
      const what = "Failed to execute 'pipeThrough' on 'ReadableStream'";
      idl.requireArguments(arguments.length, 1, what);
      const pair = idl.dictionary(transform, what);
      const readable = pair.readable;
      const writable = pair.writable;
      if (streamOf(readable) === undefined) throw new TypeErrorCtor(`${what}: readable is not a ReadableStream.`);
      const ws = hooks.writableOf(writable);
      if (ws === undefined) throw new TypeErrorCtor(`${what}: writable is not a WritableStream.`);
      const {preventClose, preventAbort, preventCancel, signal} = pipeOptions(options, what);
      if (s.reader !== null) throw new TypeErrorCtor(`${what}: The stream is locked.`);
      if (ws.writer !== null) throw new TypeErrorCtor(`${what}: The writable stream is locked.`);
      markHandled(hooks.pipeTo(s, ws, preventClose, preventAbort, preventCancel, signal));
      return readable;
    }

    pipeTo(destination, options = undefined) {
      const s = streamOf(this);
      if (s === undefined) return rejectIllegalInvocation();
      const what = "Failed to execute 'pipeTo' on 'ReadableStream'";
      const ws = hooks.writableOf(destination);
      if (ws === undefined) return PromiseReject(new TypeErrorCtor(`${what}: parameter 1 is not of type 'WritableStream'.`));
      let parsed;
      try {
        parsed = pipeOptions(options, what);
      } catch (e) {
        return PromiseReject(e);
      }
      if (s.reader !== null) return PromiseReject(new TypeErrorCtor(`${what}: The stream is locked.`));
      if (ws.writer !== null) return PromiseReject(new TypeErrorCtor(`${what}: The destination stream is locked.`));
      return hooks.pipeTo(s, ws, parsed.preventClose, parsed.preventAbort,
          parsed.preventCancel, parsed.signal);
    }

    tee() {
      const s = streamSlots.check(this);
      return s.controller.isByteController ? hooks.byteTee(s) : readableStreamDefaultTee(s);
    }

    values(options = undefined) {
      const s = streamSlots.check(this);
      const dict = idl.dictionary(options, "Failed to execute 'values' on 'ReadableStream'");
      return makeAsyncIterator(s, !!dict.preventCancel);
    }

    static from(asyncIterable) {
      return readableStreamFromIterable(asyncIterable);
    }
  }

  function pipeOptions(options, what) {
    const dict = idl.dictionary(options, what);
    const signal = dict.signal;
    if (signal !== undefined && !(signal instanceof AbortSignalCtor)) {
      throw new TypeErrorCtor(`${what}: Failed to read the 'signal' property: the value is not an AbortSignal.`);
    }
    return {preventClose: !!dict.preventClose, preventAbort: !!dict.preventAbort,
      preventCancel: !!dict.preventCancel, signal};
  }

  // A stream record made from JavaScript internals (tee, from, Response bodies).
  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
      highWaterMark = 1, sizeAlgorithm = () => 1) {
    const stream = creation.make(() => new ReadableStream());
    const s = streamOf(stream);
    setUpDefaultController(s, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
        sizeAlgorithm);
    return stream;
  }

  // The start, pull and cancel algorithms of an underlying source (default or byte).
  function sourceAlgorithms(source, sourceObject) {
    const {start, pull, cancel} =
        callbackMembers(source, 'underlyingSource', ['start', 'pull', 'cancel']);
    return [
      (controller) => (start === undefined ? undefined : ReflectApply(start, sourceObject, [controller])),
      (controller) => promiseCallOrResolve(pull, sourceObject, [controller]),
      (reason) => promiseCallOrResolve(cancel, sourceObject, [reason]),
    ];
  }

  function setUpControllerFromSource(s, source, sourceObject, highWaterMark, sizeAlgorithm) {
    setUpDefaultController(s, ...sourceAlgorithms(source, sourceObject), highWaterMark,
        sizeAlgorithm);
  }

  // The steps both controllers share: run start, then pull once started; and
  // "CallPullIfNeeded", given the controller's own ShouldCallPull and error operations.
  function startController(c, startAlgorithm, shouldCallPull, error) {
    const startResult = startAlgorithm(c.object);
    react(PromiseResolve(startResult), () => {
      c.started = true;
      callPullIfNeeded(c, shouldCallPull, error);
    }, (r) => error(c, r));
  }

  function callPullIfNeeded(c, shouldCallPull, error) {
    if (!shouldCallPull(c)) return;
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    react(c.pullAlgorithm(c.object), () => {
      c.pulling = false;
      if (c.pullAgain) {
        c.pullAgain = false;
        callPullIfNeeded(c, shouldCallPull, error);
      }
    }, (e) => error(c, e));
  }

  const controllerSlots = internalSlots();  // ReadableStreamDefaultController -> its record.
  const controllerOf = controllerSlots.of;

  class ReadableStreamDefaultController {
    constructor() {
      creation.requireActive();
    }

    get desiredSize() {
      return defaultControllerGetDesiredSize(controllerSlots.check(this));
    }

    close() {
      const c = controllerSlots.check(this);
      if (!defaultControllerCanCloseOrEnqueue(c)) {
        throw new TypeErrorCtor("Failed to execute 'close' on 'ReadableStreamDefaultController': The stream is not in a state that permits close");
      }
      defaultControllerClose(c);
    }

    enqueue(chunk = undefined) {
      const c = controllerSlots.check(this);
      if (!defaultControllerCanCloseOrEnqueue(c)) {
        throw new TypeErrorCtor("Failed to execute 'enqueue' on 'ReadableStreamDefaultController': Cannot enqueue a chunk into a closed stream");
      }
      defaultControllerEnqueue(c, chunk);
    }

    error(e = undefined) {
      defaultControllerError(controllerSlots.check(this), e);
    }
  }

  function setUpDefaultController(s, startAlgorithm, pullAlgorithm, cancelAlgorithm,
      highWaterMark, sizeAlgorithm) {
    const controller = creation.make(() => new ReadableStreamDefaultController());
    const c = {object: controller, stream: s, queue: [], queueTotalSize: 0, started: false,
      closeRequested: false, pullAgain: false, pulling: false, strategySizeAlgorithm: sizeAlgorithm,
      strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm, isByteController: false,
      cancelSteps: defaultControllerCancelSteps, pullSteps: defaultControllerPullSteps,
      releaseSteps: () => {}};
    controllerSlots.set(controller, c);
    s.controller = c;
    startController(c, startAlgorithm, defaultControllerShouldCallPull, defaultControllerError);
  }

  function defaultControllerCallPullIfNeeded(c) {
    callPullIfNeeded(c, defaultControllerShouldCallPull, defaultControllerError);
  }

  function defaultControllerShouldCallPull(c) {
    const s = c.stream;
    if (!defaultControllerCanCloseOrEnqueue(c) || !c.started) return false;
    if (isReadableStreamLocked(s) && s.reader.readRequests.length > 0) return true;
    return defaultControllerGetDesiredSize(c) > 0;
  }

  function defaultControllerClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
    c.strategySizeAlgorithm = undefined;
  }

  function defaultControllerClose(c) {
    if (!defaultControllerCanCloseOrEnqueue(c)) return;
    c.closeRequested = true;
    if (c.queue.length === 0) {
      defaultControllerClearAlgorithms(c);
      readableStreamClose(c.stream);
    }
  }

  function defaultControllerEnqueue(c, chunk) {
    if (!defaultControllerCanCloseOrEnqueue(c)) return;
    const s = c.stream;
    if (isReadableStreamLocked(s) && s.reader.readRequests.length > 0) {
      readableStreamFulfillReadRequest(s, chunk, false);
    } else {
      let size;
      try {
        size = c.strategySizeAlgorithm(chunk);
      } catch (e) {
        defaultControllerError(c, e);
        throw e;
      }
      try {
        enqueueValueWithSize(c, chunk, size);
      } catch (e) {
        defaultControllerError(c, e);
        throw e;
      }
    }
    defaultControllerCallPullIfNeeded(c);
  }

  function defaultControllerError(c, e) {
    const s = c.stream;
    if (s.state !== 'readable') return;
    resetQueue(c);
    defaultControllerClearAlgorithms(c);
    readableStreamError(s, e);
  }

  function defaultControllerGetDesiredSize(c) {
    const state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.strategyHWM - c.queueTotalSize;
  }

  function defaultControllerHasBackpressure(c) {
    return !defaultControllerShouldCallPull(c);
  }

  function defaultControllerCanCloseOrEnqueue(c) {
    return !c.closeRequested && c.stream.state === 'readable';
  }

  // [[CancelSteps]] and [[PullSteps]] of the default controller.
  function defaultControllerCancelSteps(c, reason) {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(c);
    return result;
  }

  function defaultControllerPullSteps(c, readRequest) {
    const s = c.stream;
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(c);
        readableStreamClose(s);
      } else {
        defaultControllerCallPullIfNeeded(c);
      }
      readRequest.chunk(chunk);
    } else {
      s.reader.readRequests.push(readRequest);
      defaultControllerCallPullIfNeeded(c);
    }
  }

  // ---- ReadableStream abstract operations ----

  const isReadableStreamLocked = (s) => s.reader !== null;

  function readableStreamCancel(s, reason) {
    s.disturbed = true;
    if (s.state === 'closed') return PromiseResolve(undefined);
    if (s.state === 'errored') return PromiseReject(s.storedError);
    readableStreamClose(s);
    const reader = s.reader;
    if (reader !== null && reader.byob) {
      const requests = reader.readIntoRequests;
      reader.readIntoRequests = [];
      for (const request of requests) request.close(undefined);
    }
    const sourceCancelPromise = s.controller.cancelSteps(s.controller, reason);
    return react(sourceCancelPromise, () => undefined);
  }

  function readableStreamClose(s) {
    s.state = 'closed';
    const reader = s.reader;
    if (reader === null) return;
    reader.closed.resolve(undefined);
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.close();
  }

  function readableStreamError(s, e) {
    s.state = 'errored';
    s.storedError = e;
    const reader = s.reader;
    if (reader === null) return;
    reader.closed.reject(e);
    markHandled(reader.closed.promise);
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.error(e);
    if (reader.byob) {
      const intoRequests = reader.readIntoRequests;
      reader.readIntoRequests = [];
      for (const request of intoRequests) request.error(e);
    }
  }

  function readableStreamFulfillReadRequest(s, chunk, done) {
    const request = s.reader.readRequests.shift();
    if (done) request.close();
    else request.chunk(chunk);
  }

  // ---- ReadableStreamDefaultReader ----

  const readerSlots = internalSlots();
  const readerOf = readerSlots.of;

  class ReadableStreamDefaultReader {
    constructor(stream) {
      idl.requireArguments(arguments.length, 1, "Failed to construct 'ReadableStreamDefaultReader'");
      const s = streamOf(stream);
      if (s === undefined) {
        throw new TypeErrorCtor("Failed to construct 'ReadableStreamDefaultReader': parameter 1 is not of type 'ReadableStream'.");
      }
      if (isReadableStreamLocked(s)) {
        throw new TypeErrorCtor("Failed to construct 'ReadableStreamDefaultReader': ReadableStreamDefaultReader constructor can only accept readable streams that are not yet locked to a reader");
      }
      const r = {object: this, stream: s, readRequests: [], closed: newPromise(), byob: false};
      readerSlots.set(this, r);
      readerGenericInitialize(r, s);
    }

    get closed() {
      return readerClosed(readerOf(this));
    }

    cancel(reason = undefined) {
      return readerCancel(readerOf(this), reason);
    }

    read() {
      const r = readerOf(this);
      if (r === undefined) return rejectIllegalInvocation();
      if (r.stream === undefined) {
        return PromiseReject(new TypeErrorCtor("Failed to execute 'read' on 'ReadableStreamDefaultReader': This readable stream reader has been released and cannot be used to read from its previous owner stream"));
      }
      const {promise, resolve, reject} = newPromise();
      readerRead(r, {
        chunk: (value) => resolve({value, done: false}),
        close: () => resolve({value: undefined, done: true}),
        error: reject,
      });
      return promise;
    }

    releaseLock() {
      const r = readerSlots.check(this);
      if (r.stream === undefined) return;
      readerRelease(r);
    }
  }

  // The closed getter and cancel() of both readers, given the reader's record (or undefined).
  function readerClosed(r) {
    if (r === undefined) return rejectIllegalInvocation();
    return r.closed.promise;
  }

  function readerCancel(r, reason) {
    if (r === undefined) return rejectIllegalInvocation();
    if (r.stream === undefined) return PromiseReject(new TypeErrorCtor('This reader has been released'));
    return readableStreamCancel(r.stream, reason);
  }

  function readerGenericInitialize(r, s) {
    r.stream = s;
    s.reader = r;
    if (s.state === 'readable') return;
    if (s.state === 'closed') {
      r.closed.resolve(undefined);
    } else {
      r.closed.reject(s.storedError);
      markHandled(r.closed.promise);
    }
  }

  function readerRead(r, readRequest) {
    const s = r.stream;
    s.disturbed = true;
    if (s.state === 'closed') readRequest.close();
    else if (s.state === 'errored') readRequest.error(s.storedError);
    else s.controller.pullSteps(s.controller, readRequest);
  }

  function readerRelease(r) {
    const s = r.stream;
    const released = new TypeErrorCtor('Reader was released');
    if (s.state === 'readable') {
      r.closed.reject(released);
    } else {
      r.closed = newPromise();
      r.closed.reject(released);
    }
    markHandled(r.closed.promise);
    s.controller.releaseSteps(s.controller);
    s.reader = null;
    r.stream = undefined;
    const requests = r.byob ? r.readIntoRequests : r.readRequests;
    if (r.byob) r.readIntoRequests = [];
    else r.readRequests = [];
    for (const request of requests) request.error(released);
  }

  // A reader record for internal use (tee, pipes, iteration): no object needed.
  function acquireReader(s) {
    const r = {object: null, stream: s, readRequests: [], closed: newPromise(), byob: false};
    readerGenericInitialize(r, s);
    return r;
  }

  // ---- tee ----

  function readableStreamDefaultTee(s) {
    const r = acquireReader(s);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = newPromise();
    function pull() {
      if (reading) {
        readAgain = true;
        return PromiseResolve();
      }
      reading = true;
      readerRead(r, {
        chunk(chunk) {
          queueMicrotaskFn(() => {
            readAgain = false;
            if (!canceled1) defaultControllerEnqueue(streamOf(branch1).controller, chunk);
            if (!canceled2) defaultControllerEnqueue(streamOf(branch2).controller, chunk);
            reading = false;
            if (readAgain) pull();
          });
        },
        close() {
          reading = false;
          if (!canceled1) defaultControllerClose(streamOf(branch1).controller);
          if (!canceled2) defaultControllerClose(streamOf(branch2).controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        error() {
          reading = false;
        },
      });
      return PromiseResolve();
    }
    function cancel1(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(s, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(s, [reason1, reason2]));
      return cancelPromise.promise;
    }
    branch1 = createReadableStream(() => undefined, pull, cancel1);
    branch2 = createReadableStream(() => undefined, pull, cancel2);
    react(r.closed.promise, undefined, (e) => {
      defaultControllerError(streamOf(branch1).controller, e);
      defaultControllerError(streamOf(branch2).controller, e);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }

  // ---- Async iteration and ReadableStream.from ----

  const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);
  const iteratorState = new WeakMap();
  const ReadableStreamAsyncIteratorPrototype = {__proto__: AsyncIteratorPrototype,
    next() {
      const state = iteratorState.get(this);
      if (state === undefined) return rejectIllegalInvocation();
      // Calls are queued one after another, as WebIDL's async iterators do.
      const result = state.ongoing === undefined ? nextSteps(state) :
        react(state.ongoing, () => nextSteps(state), () => nextSteps(state));
      state.ongoing = result;
      return result;
    },
    return(value = undefined) {
      const state = iteratorState.get(this);
      if (state === undefined) return rejectIllegalInvocation();
      const steps = () => returnSteps(state, value);
      const result = state.ongoing === undefined ? steps() : react(state.ongoing, steps, steps);
      state.ongoing = result;
      return result;
    },
  };
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, Symbol.toStringTag,
      {value: 'ReadableStream AsyncIterator', configurable: true});

  function makeAsyncIterator(s, preventCancel) {
    const r = isReadableStreamLocked(s) ? undefined : acquireReader(s);
    if (r === undefined) {
      throw new TypeErrorCtor("Failed to execute 'values' on 'ReadableStream': Cannot iterate a locked stream");
    }
    const iterator = {__proto__: ReadableStreamAsyncIteratorPrototype};
    iteratorState.set(iterator, {reader: r, preventCancel, finished: false, ongoing: undefined});
    return iterator;
  }

  function nextSteps(state) {
    if (state.finished) return PromiseResolve({value: undefined, done: true});
    const r = state.reader;
    const {promise, resolve, reject} = newPromise();
    readerRead(r, {
      chunk: (value) => resolve({value, done: false}),
      close() {
        readerRelease(r);
        state.finished = true;
        resolve({value: undefined, done: true});
      },
      error(e) {
        readerRelease(r);
        state.finished = true;
        reject(e);
      },
    });
    return promise;
  }

  function returnSteps(state, value) {
    if (state.finished) return PromiseResolve({value, done: true});
    state.finished = true;
    const r = state.reader;
    if (!state.preventCancel) {
      const result = readableStreamCancel(r.stream, value);
      readerRelease(r);
      return react(result, () => ({value, done: true}));
    }
    readerRelease(r);
    return PromiseResolve({value, done: true});
  }

  function readableStreamFromIterable(asyncIterable) {
    let method = asyncIterable === null || asyncIterable === undefined ? undefined :
      asyncIterable[SymbolAsyncIterator];
    let iterator;
    if (method === undefined || method === null) {
      const syncMethod = asyncIterable === null || asyncIterable === undefined ? undefined :
        asyncIterable[SymbolIterator];
      if (typeof syncMethod !== 'function') {
        throw new TypeErrorCtor("Failed to execute 'from' on 'ReadableStream': The provided value is not iterable.");
      }
      const syncIterator = ReflectApply(syncMethod, asyncIterable, []);
      // CreateAsyncFromSyncIterator, by way of an async generator.
      iterator = (async function* () {
        yield* {[SymbolIterator]: () => syncIterator};
      })();
    } else {
      if (typeof method !== 'function') throw new TypeErrorCtor('@@asyncIterator is not a function');
      iterator = ReflectApply(method, asyncIterable, []);
    }
    if (!isObject(iterator)) throw new TypeErrorCtor('The iterator is not an object');
    const next = iterator.next;
    return createReadableStream(() => undefined, (controller) => {
      let nextResult;
      try {
        nextResult = ReflectApply(next, iterator, []);
      } catch (e) {
        return PromiseReject(e);
      }
      return react(PromiseResolve(nextResult), (result) => {
        if (!isObject(result)) throw new TypeErrorCtor('The iterator result is not an object');
        if (result.done) defaultControllerClose(controllerOf(controller));
        else defaultControllerEnqueue(controllerOf(controller), result.value);
      });
    }, (reason) => {
      let returnMethod;
      try {
        returnMethod = iterator.return;
      } catch (e) {
        return PromiseReject(e);
      }
      if (returnMethod === undefined) return PromiseResolve();
      return react(promiseCall(returnMethod, iterator, [reason]), (result) => {
        if (!isObject(result)) throw new TypeErrorCtor('The iterator return result is not an object');
      });
    }, 0);
  }

  // ---- For the shell: a stream of one chunk of bytes (Blob.stream, Response.body) ----

  // A byte stream ("set up with byte reading support", as Fetch and File have their bodies) whose
  // one chunk is the Uint8Array the promise `bytes` gives (read when the stream is first pulled);
  // an empty array closes it without a chunk.
  function streamOfBytes(getBytes) {
    let started = false;
    return hooks.createByteStream((controller) => {
      if (started) return PromiseResolve();
      started = true;
      return react(getBytes(), (bytes) => hooks.enqueueAndCloseBytes(controller, bytes));
    }, () => PromiseResolve());
  }

  // All the chunks of a stream as one Uint8Array (each must be a Uint8Array, as Fetch's "fully
  // read" requires of a body); the stream is locked and read to its end.
  function readAllBytes(stream) {
    const s = streamOf(stream);
    const r = acquireReader(s);
    const chunks = [];
    let total = 0;
    return new PromiseCtor((resolve, reject) => {
      const step = () => readerRead(r, {
        chunk(chunk) {
          if (!(chunk instanceof Uint8ArrayCtor)) {
            const error = new TypeErrorCtor('The body stream gave a chunk that is not a Uint8Array');
            readableStreamCancel(s, error);
            reject(error);
            return;
          }
          chunks.push(chunk);
          total += chunk.byteLength;
          step();
        },
        close() {
          const all = new Uint8ArrayCtor(total);
          let offset = 0;
          for (const chunk of chunks) {
            all.set(chunk, offset);
            offset += chunk.byteLength;
          }
          resolve(all);
        },
        error: reject,
      });
      step();
    });
  }

  // Reads a stream to its end for a native body: onChunk(Uint8Array) for each chunk, then
  // onEnd() or onEnd(error message).
  function pumpChunks(stream, onChunk, onEnd) {
    const s = streamOf(stream);
    if (s === undefined || s.reader !== null) {
      onEnd('the body stream is locked');
      return;
    }
    const r = acquireReader(s);
    const step = () => readerRead(r, {
      chunk(chunk) {
        if (!(chunk instanceof Uint8ArrayCtor)) {
          const error = new TypeErrorCtor('The body stream gave a chunk that is not a Uint8Array');
          readableStreamCancel(s, error);
          onEnd(`${error}`);
          return;
        }
        onChunk(chunk);
        step();
      },
      close: () => onEnd(),
      error: (e) => onEnd(`${e}`),
    });
    step();
  }

  const isDisturbed = (stream) => streamOf(stream).disturbed;
  const isLocked = (stream) => streamOf(stream).reader !== null;
  const isReadableStream = (value) => streamOf(value) !== undefined;

  for (const ctor of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController]) {
    idl.defineInterface(ctor);
  }
  ObjectDefineProperty(ReadableStream, 'from', {enumerable: true});
  ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  });

  return {ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
    streamOfBytes, readAllBytes, pumpChunks, isDisturbed, isLocked, isReadableStream,
    internals: {makeBareStream: () => streamOf(creation.make(() => new ReadableStream())),
      readableStreamClose, readableStreamError, readerGenericInitialize, readerClosed,
      readerCancel, sourceAlgorithms, startController, callPullIfNeeded, streamOf, controllerOf, createReadableStream, readableStreamCancel, acquireReader, readerRead, readerRelease, defaultControllerError, defaultControllerClose, defaultControllerCanCloseOrEnqueue, defaultControllerEnqueue, defaultControllerHasBackpressure, defaultControllerGetDesiredSize}};
})
