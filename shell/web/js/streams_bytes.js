// Readable byte streams of the Streams Standard (https://streams.spec.whatwg.org/#rbs-controller-class):
// ReadableByteStreamController, ReadableStreamBYOBRequest and ReadableStreamBYOBReader (read(view,
// {min})), over streams_readable.js (which reaches them by `hooks`); their tee is in
// streams_bytes_tee.js.
// TransferArrayBuffer is structuredClone with a transfer list: V8 10.2 has no
// ArrayBuffer.prototype.transfer, and structuredClone refuses what may not be detached (a
// WebAssembly.Memory's buffer), as CanTransferArrayBuffer requires.
(function makeByteStreams(natives) {
  'use strict';

  const {idl} = natives;
  const {TypeErrorCtor, RangeErrorCtor, PromiseReject, Uint8ArrayCtor, newPromise, resetQueue,
    hooks, internalSlots, rejectIllegalInvocation} = natives.base;
  const {makeBareStream, readableStreamClose, readableStreamError, readerGenericInitialize,
    readerClosed, readerCancel, sourceAlgorithms, startController, callPullIfNeeded,
    streamOf, readerRelease} =
    natives.readable.internals;
  const creation = natives.base.internalCreation();
  const structuredCloneFn = structuredClone;
  const ArrayBufferCtor = ArrayBuffer;
  const ArrayBufferIsView = ArrayBuffer.isView;
  const MathMin = Math.min;
  const uncurry = (fn) => Function.prototype.call.bind(fn);
  const getter = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const typedArrayName = getter(TypedArrayPrototype, Symbol.toStringTag);
  const typedArrayBuffer = getter(TypedArrayPrototype, 'buffer');
  const typedArrayByteOffset = getter(TypedArrayPrototype, 'byteOffset');
  const typedArrayByteLength = getter(TypedArrayPrototype, 'byteLength');
  const typedArrayLength = getter(TypedArrayPrototype, 'length');
  const dataViewBuffer = getter(DataView.prototype, 'buffer');
  const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
  const dataViewByteLength = getter(DataView.prototype, 'byteLength');
  const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const typedArraySet = uncurry(TypedArrayPrototype.set);
  const arrayBufferSlice = uncurry(ArrayBuffer.prototype.slice);
  const viewConstructors = {__proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
    Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
    BigUint64Array};

  // ---- ArrayBuffers and views ----

  // A view's slots ([[ViewedArrayBuffer]], [[ByteOffset]], [[ByteLength]]) read through the
  // intrinsic getters, so that a view's own properties cannot lie; undefined if not a view.
  function viewSlots(view) {
    if (!ArrayBufferIsView(view)) return undefined;
    const name = typedArrayName(view);
    if (name === undefined) {
      return {buffer: dataViewBuffer(view), byteOffset: dataViewByteOffset(view),
        byteLength: dataViewByteLength(view), elementSize: 1, ctor: DataView, length: undefined};
    }
    const ctor = viewConstructors[name];
    return {buffer: typedArrayBuffer(view), byteOffset: typedArrayByteOffset(view),
      byteLength: typedArrayByteLength(view), elementSize: ctor.BYTES_PER_ELEMENT, ctor,
      length: typedArrayLength(view)};
  }
  // WebIDL's ArrayBufferView (without [AllowShared]: a view of a SharedArrayBuffer is refused).
  function requireView(value, what) {
    const slots = viewSlots(value);
    if (slots === undefined) {
      throw new TypeErrorCtor(`${what}: parameter 1 is not of type 'ArrayBufferView'.`);
    }
    try {
      arrayBufferByteLength(slots.buffer);  // Throws a TypeError for a SharedArrayBuffer.
    } catch {
      throw new TypeErrorCtor(`${what}: The provided ArrayBufferView value must not be shared.`);
    }
    return slots;
  }

  function isDetached(buffer) {
    try {
      new Uint8ArrayCtor(buffer, 0, 0);  // Throws a TypeError exactly when detached.
      return false;
    } catch {
      return true;
    }
  }
  function transferArrayBuffer(buffer) {
    try {
      return structuredCloneFn(buffer, {transfer: [buffer]});
    } catch {
      throw new TypeErrorCtor('The ArrayBuffer is detached or cannot be transferred.');
    }
  }
  const cloneArrayBuffer = (buffer, byteOffset, byteLength) =>
    arrayBufferSlice(buffer, byteOffset, byteOffset + byteLength);
  function copyDataBlockBytes(to, toIndex, from, fromIndex, count) {
    typedArraySet(new Uint8ArrayCtor(to, toIndex, count),
        new Uint8ArrayCtor(from, fromIndex, count));
  }

  // ---- ReadableStreamBYOBRequest ----

  const requestSlots = internalSlots();
  const requestOf = requestSlots.of;

  class ReadableStreamBYOBRequest {
    constructor() {
      creation.requireActive();
      requestSlots.set(this, {controller: undefined, view: null});
    }

    get view() {
      return requestSlots.check(this).view;
    }

    respond(bytesWritten) {
      const q = requestSlots.check(this);
      const what = "Failed to execute 'respond' on 'ReadableStreamBYOBRequest'";
      idl.requireArguments(arguments.length, 1, what);
      const count = idl.toEnforcedUnsignedLongLong(bytesWritten, what);
      if (q.controller === undefined) throw new TypeErrorCtor(`${what}: This BYOB request has been invalidated`);
      if (isDetached(viewSlots(q.view).buffer)) {
        throw new TypeErrorCtor(`${what}: The BYOB request's buffer has been detached and so cannot be used as a response`);
      }
      controllerRespond(q.controller, count, what);
    }

    respondWithNewView(view) {
      const q = requestSlots.check(this);
      const what = "Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest'";
      idl.requireArguments(arguments.length, 1, what);
      const slots = requireView(view, what);
      if (q.controller === undefined) throw new TypeErrorCtor(`${what}: This BYOB request has been invalidated`);
      if (isDetached(slots.buffer)) throw new TypeErrorCtor(`${what}: The given view's buffer has been detached and so cannot be used as a response`);
      controllerRespondWithNewView(q.controller, slots, what);
    }
  }

  // ---- ReadableByteStreamController ----

  const byteControllerSlots = internalSlots();
  const byteControllerOf = byteControllerSlots.of;

  class ReadableByteStreamController {
    constructor() {
      creation.requireActive();
    }

    get byobRequest() {
      return getBYOBRequest(byteControllerSlots.check(this));
    }

    get desiredSize() {
      return controllerGetDesiredSize(byteControllerSlots.check(this));
    }

    close() {
      const c = byteControllerSlots.check(this);
      const what = "Failed to execute 'close' on 'ReadableByteStreamController'";
      if (c.closeRequested) throw new TypeErrorCtor(`${what}: The stream has already been closed.`);
      if (c.stream.state !== 'readable') {
        throw new TypeErrorCtor(`${what}: The stream is not in a state that permits close.`);
      }
      controllerClose(c);
    }

    enqueue(chunk) {
      const c = byteControllerSlots.check(this);
      const what = "Failed to execute 'enqueue' on 'ReadableByteStreamController'";
      idl.requireArguments(arguments.length, 1, what);
      const slots = requireView(chunk, what);
      if (slots.byteLength === 0) throw new TypeErrorCtor(`${what}: The chunk is empty.`);
      if (arrayBufferByteLength(slots.buffer) === 0) {
        throw new TypeErrorCtor(`${what}: The chunk's buffer is empty or detached.`);
      }
      if (c.closeRequested) throw new TypeErrorCtor(`${what}: Cannot enqueue a chunk into a stream that is closing.`);
      if (c.stream.state !== 'readable') {
        throw new TypeErrorCtor(`${what}: Cannot enqueue a chunk into a stream that is not readable.`);
      }
      controllerEnqueue(c, slots);
    }

    error(e = undefined) {
      controllerError(byteControllerSlots.check(this), e);
    }
  }

  function setUpByteControllerFromSource(s, source, sourceObject, highWaterMark, what) {
    const algorithms = sourceAlgorithms(source, sourceObject);
    let autoAllocateChunkSize;
    if (source.autoAllocateChunkSize !== undefined) {
      autoAllocateChunkSize = idl.toEnforcedUnsignedLongLong(source.autoAllocateChunkSize, what);
      if (autoAllocateChunkSize === 0) {
        throw new TypeErrorCtor(`${what}: autoAllocateChunkSize must be greater than 0.`);
      }
    }
    setUpByteController(s, ...algorithms, highWaterMark, autoAllocateChunkSize);
  }

  function setUpByteController(s, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
      autoAllocateChunkSize) {
    const controller = creation.make(() => new ReadableByteStreamController());
    const c = {object: controller, stream: s, queue: [], queueTotalSize: 0, started: false,
      closeRequested: false, pullAgain: false, pulling: false, byobRequest: null,
      strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize,
      pendingPullIntos: [], isByteController: true, cancelSteps: controllerCancelSteps,
      pullSteps: controllerPullSteps, releaseSteps: controllerReleaseSteps};
    byteControllerSlots.set(controller, c);
    s.controller = c;
    startController(c, startAlgorithm, controllerShouldCallPull, controllerError);
  }

  // A byte stream made by the shell (bodies, tee): high-water mark 0, no autoAllocateChunkSize.
  function createByteStream(pullAlgorithm, cancelAlgorithm) {
    const s = makeBareStream();
    setUpByteController(s, () => undefined, pullAlgorithm, cancelAlgorithm, 0, undefined);
    return s.object;
  }

  // For the shell's bodies: `bytes` as one chunk (none if empty), then close.
  function enqueueAndCloseBytes(controller, bytes) {
    const c = byteControllerOf(controller);
    const slots = viewSlots(bytes);
    if (slots.byteLength > 0 && c.stream.state === 'readable' && !c.closeRequested) {
      controllerEnqueue(c, slots);
    }
    if (c.stream.state === 'readable' && !c.closeRequested) controllerClose(c);
    // A reader that asked for bytes past the end gets its closed, empty view.
    if (c.pendingPullIntos.length > 0 && c.stream.state === 'closed') controllerRespond(c, 0, '');
  }

  const hasDefaultReader = (s) => s.reader !== null && !s.reader.byob;
  const hasBYOBReader = (s) => s.reader !== null && s.reader.byob;

  function getBYOBRequest(c) {
    if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      const view = new Uint8ArrayCtor(first.buffer, first.byteOffset + first.bytesFilled,
          first.byteLength - first.bytesFilled);
      const request = creation.make(() => new ReadableStreamBYOBRequest());
      const q = requestOf(request);
      q.controller = c;
      q.view = view;
      c.byobRequest = request;
    }
    return c.byobRequest;
  }

  function controllerGetDesiredSize(c) {
    const state = c.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return c.strategyHWM - c.queueTotalSize;
  }

  function controllerShouldCallPull(c) {
    const s = c.stream;
    if (s.state !== 'readable' || c.closeRequested || !c.started) return false;
    if (hasDefaultReader(s) && s.reader.readRequests.length > 0) return true;
    if (hasBYOBReader(s) && s.reader.readIntoRequests.length > 0) return true;
    return controllerGetDesiredSize(c) > 0;
  }

  function controllerCallPullIfNeeded(c) {
    callPullIfNeeded(c, controllerShouldCallPull, controllerError);
  }

  function controllerClearAlgorithms(c) {
    c.pullAlgorithm = undefined;
    c.cancelAlgorithm = undefined;
  }

  function invalidateBYOBRequest(c) {
    if (c.byobRequest === null) return;
    const q = requestOf(c.byobRequest);
    q.controller = undefined;
    q.view = null;
    c.byobRequest = null;
  }

  function clearPendingPullIntos(c) {
    invalidateBYOBRequest(c);
    c.pendingPullIntos = [];
  }

  function controllerClose(c) {
    const s = c.stream;
    if (c.closeRequested || s.state !== 'readable') return;
    if (c.queueTotalSize > 0) {
      c.closeRequested = true;
      return;
    }
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      if (first.bytesFilled % first.elementSize !== 0) {
        const e = new TypeErrorCtor('Insufficient bytes to fill elements in the given buffer');
        controllerError(c, e);
        throw e;
      }
    }
    controllerClearAlgorithms(c);
    readableStreamClose(s);
  }

  function controllerError(c, e) {
    const s = c.stream;
    if (s.state !== 'readable') return;
    clearPendingPullIntos(c);
    resetQueue(c);
    controllerClearAlgorithms(c);
    readableStreamError(s, e);
  }

  function controllerEnqueue(c, slots) {
    const s = c.stream;
    if (c.closeRequested || s.state !== 'readable') return;
    const {buffer, byteOffset, byteLength} = slots;
    if (isDetached(buffer)) throw new TypeErrorCtor("The chunk's buffer is detached.");
    const transferredBuffer = transferArrayBuffer(buffer);
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      if (isDetached(first.buffer)) {
        throw new TypeErrorCtor("The BYOB request's buffer has been detached and so cannot be filled with an enqueued chunk");
      }
      invalidateBYOBRequest(c);
      first.buffer = transferArrayBuffer(first.buffer);
      if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(c, first);
    }
    if (hasDefaultReader(s)) {
      processReadRequestsUsingQueue(c);
      if (s.reader.readRequests.length === 0) {
        enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
      } else {
        if (c.pendingPullIntos.length > 0) shiftPendingPullInto(c);
        const view = new Uint8ArrayCtor(transferredBuffer, byteOffset, byteLength);
        s.reader.readRequests.shift().chunk(view);
      }
    } else if (hasBYOBReader(s)) {
      enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
      for (const filled of processPullIntoDescriptorsUsingQueue(c)) commitPullIntoDescriptor(s, filled);
    } else {
      enqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    }
    controllerCallPullIfNeeded(c);
  }

  function enqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
    c.queue.push({buffer, byteOffset, byteLength});
    c.queueTotalSize += byteLength;
  }

  function enqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (e) {
      controllerError(c, e);
      throw e;
    }
    enqueueChunkToQueue(c, clone, 0, byteLength);
  }

  function enqueueDetachedPullIntoToQueue(c, pullInto) {
    if (pullInto.bytesFilled > 0) {
      enqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
    }
    shiftPendingPullInto(c);
  }

  function shiftPendingPullInto(c) {
    return c.pendingPullIntos.shift();
  }

  // Copies queued bytes into the pull-into descriptor; true once it holds its minimum fill
  // (whole elements only).
  function fillPullIntoDescriptorFromQueue(c, pullInto) {
    const maxBytesToCopy = MathMin(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
    const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const maxAlignedBytes = maxBytesFilled - maxBytesFilled % pullInto.elementSize;
    if (maxAlignedBytes >= pullInto.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
      ready = true;
    }
    while (totalBytesToCopyRemaining > 0) {
      const head = c.queue[0];
      const bytesToCopy = MathMin(totalBytesToCopyRemaining, head.byteLength);
      copyDataBlockBytes(pullInto.buffer, pullInto.byteOffset + pullInto.bytesFilled,
          head.buffer, head.byteOffset, bytesToCopy);
      if (head.byteLength === bytesToCopy) {
        c.queue.shift();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      c.queueTotalSize -= bytesToCopy;
      pullInto.bytesFilled += bytesToCopy;
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }

  function fillReadRequestFromQueue(c, readRequest) {
    const entry = c.queue.shift();
    c.queueTotalSize -= entry.byteLength;
    handleQueueDrain(c);
    readRequest.chunk(new Uint8ArrayCtor(entry.buffer, entry.byteOffset, entry.byteLength));
  }

  function handleQueueDrain(c) {
    if (c.queueTotalSize === 0 && c.closeRequested) {
      controllerClearAlgorithms(c);
      readableStreamClose(c.stream);
    } else {
      controllerCallPullIfNeeded(c);
    }
  }

  function processPullIntoDescriptorsUsingQueue(c) {
    const filled = [];
    while (c.pendingPullIntos.length > 0 && c.queueTotalSize > 0) {
      const pullInto = c.pendingPullIntos[0];
      if (fillPullIntoDescriptorFromQueue(c, pullInto)) {
        shiftPendingPullInto(c);
        filled.push(pullInto);
      }
    }
    return filled;
  }

  function processReadRequestsUsingQueue(c) {
    const reader = c.stream.reader;
    while (reader.readRequests.length > 0 && c.queueTotalSize > 0) {
      fillReadRequestFromQueue(c, reader.readRequests.shift());
    }
  }

  function convertPullIntoDescriptor(pullInto) {
    const buffer = transferArrayBuffer(pullInto.buffer);
    return new pullInto.viewConstructor(buffer, pullInto.byteOffset,
        pullInto.bytesFilled / pullInto.elementSize);
  }

  function commitPullIntoDescriptor(s, pullInto) {
    const done = s.state === 'closed';
    const filledView = convertPullIntoDescriptor(pullInto);
    if (pullInto.readerType === 'default') {
      const request = s.reader.readRequests.shift();
      if (done) request.close();
      else request.chunk(filledView);
    } else {
      const request = s.reader.readIntoRequests.shift();
      if (done) request.close(filledView);
      else request.chunk(filledView);
    }
  }

  function controllerPullInto(c, slots, min, readIntoRequest) {
    const s = c.stream;
    let buffer;
    try {
      buffer = transferArrayBuffer(slots.buffer);
    } catch (e) {
      readIntoRequest.error(e);
      return;
    }
    const pullInto = {buffer, bufferByteLength: arrayBufferByteLength(buffer),
      byteOffset: slots.byteOffset, byteLength: slots.byteLength, bytesFilled: 0,
      minimumFill: min * slots.elementSize, elementSize: slots.elementSize,
      viewConstructor: slots.ctor, readerType: 'byob'};
    if (c.pendingPullIntos.length > 0) {
      c.pendingPullIntos.push(pullInto);
      s.reader.readIntoRequests.push(readIntoRequest);
      return;
    }
    if (s.state === 'closed') {
      readIntoRequest.close(new slots.ctor(pullInto.buffer, pullInto.byteOffset, 0));
      return;
    }
    if (c.queueTotalSize > 0) {
      if (fillPullIntoDescriptorFromQueue(c, pullInto)) {
        const filledView = convertPullIntoDescriptor(pullInto);
        handleQueueDrain(c);
        readIntoRequest.chunk(filledView);
        return;
      }
      if (c.closeRequested) {
        const e = new TypeErrorCtor('Insufficient bytes to fill elements in the given buffer');
        controllerError(c, e);
        readIntoRequest.error(e);
        return;
      }
    }
    c.pendingPullIntos.push(pullInto);
    s.reader.readIntoRequests.push(readIntoRequest);
    controllerCallPullIfNeeded(c);
  }

  function controllerRespond(c, bytesWritten, what) {
    const first = c.pendingPullIntos[0];
    if (c.stream.state === 'closed') {
      if (bytesWritten !== 0) {
        throw new TypeErrorCtor(`${what}: bytesWritten must be 0 when calling respond() on a closed stream`);
      }
    } else {
      if (bytesWritten === 0) {
        throw new TypeErrorCtor(`${what}: bytesWritten must be greater than 0 when calling respond() on a readable stream`);
      }
      if (first.bytesFilled + bytesWritten > first.byteLength) {
        throw new RangeErrorCtor(`${what}: bytesWritten out of range`);
      }
    }
    first.buffer = transferArrayBuffer(first.buffer);
    controllerRespondInternal(c, bytesWritten);
  }

  function controllerRespondWithNewView(c, slots, what) {
    const first = c.pendingPullIntos[0];
    if (c.stream.state === 'closed') {
      if (slots.byteLength !== 0) {
        throw new TypeErrorCtor(`${what}: The view's length must be 0 when calling respondWithNewView() on a closed stream`);
      }
    } else if (slots.byteLength === 0) {
      throw new TypeErrorCtor(`${what}: The view's length must be greater than 0 when calling respondWithNewView() on a readable stream`);
    }
    if (first.byteOffset + first.bytesFilled !== slots.byteOffset) {
      throw new RangeErrorCtor(`${what}: The region specified by view does not match byobRequest`);
    }
    if (first.bufferByteLength !== arrayBufferByteLength(slots.buffer)) {
      throw new RangeErrorCtor(`${what}: The buffer of view has different capacity than byobRequest`);
    }
    if (first.bytesFilled + slots.byteLength > first.byteLength) {
      throw new RangeErrorCtor(`${what}: The region specified by view is larger than byobRequest`);
    }
    const viewByteLength = slots.byteLength;
    first.buffer = transferArrayBuffer(slots.buffer);
    controllerRespondInternal(c, viewByteLength);
  }

  function controllerRespondInternal(c, bytesWritten) {
    const first = c.pendingPullIntos[0];
    invalidateBYOBRequest(c);
    if (c.stream.state === 'closed') respondInClosedState(c, first);
    else respondInReadableState(c, bytesWritten, first);
    controllerCallPullIfNeeded(c);
  }

  function respondInClosedState(c, first) {
    if (first.readerType === 'none') shiftPendingPullInto(c);
    const s = c.stream;
    if (!hasBYOBReader(s)) return;
    const filled = [];
    while (filled.length < s.reader.readIntoRequests.length) filled.push(shiftPendingPullInto(c));
    for (const pullInto of filled) commitPullIntoDescriptor(s, pullInto);
  }

  function respondInReadableState(c, bytesWritten, pullInto) {
    pullInto.bytesFilled += bytesWritten;
    if (pullInto.readerType === 'none') {
      enqueueDetachedPullIntoToQueue(c, pullInto);
      for (const filled of processPullIntoDescriptorsUsingQueue(c)) commitPullIntoDescriptor(c.stream, filled);
      return;
    }
    if (pullInto.bytesFilled < pullInto.minimumFill) return;
    shiftPendingPullInto(c);
    const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
    if (remainderSize > 0) {
      const end = pullInto.byteOffset + pullInto.bytesFilled;
      enqueueClonedChunkToQueue(c, pullInto.buffer, end - remainderSize, remainderSize);
    }
    pullInto.bytesFilled -= remainderSize;
    const filledPullIntos = processPullIntoDescriptorsUsingQueue(c);
    commitPullIntoDescriptor(c.stream, pullInto);
    for (const filled of filledPullIntos) commitPullIntoDescriptor(c.stream, filled);
  }

  // [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]].
  function controllerCancelSteps(c, reason) {
    clearPendingPullIntos(c);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    controllerClearAlgorithms(c);
    return result;
  }

  function controllerPullSteps(c, readRequest) {
    const s = c.stream;
    if (c.queueTotalSize > 0) {
      fillReadRequestFromQueue(c, readRequest);
      return;
    }
    const size = c.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBufferCtor(size);
      } catch (e) {
        readRequest.error(e);
        return;
      }
      c.pendingPullIntos.push({buffer, bufferByteLength: size, byteOffset: 0, byteLength: size,
        bytesFilled: 0, minimumFill: 1, elementSize: 1, viewConstructor: Uint8ArrayCtor,
        readerType: 'default'});
    }
    s.reader.readRequests.push(readRequest);
    controllerCallPullIfNeeded(c);
  }

  function controllerReleaseSteps(c) {
    if (c.pendingPullIntos.length === 0) return;
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }

  // ---- ReadableStreamBYOBReader ----

  const byobReaderSlots = internalSlots();
  const byobReaderOf = byobReaderSlots.of;

  class ReadableStreamBYOBReader {
    constructor(stream) {
      const what = "Failed to construct 'ReadableStreamBYOBReader'";
      idl.requireArguments(arguments.length, 1, what);
      const s = streamOf(stream);
      if (s === undefined) throw new TypeErrorCtor(`${what}: parameter 1 is not of type 'ReadableStream'.`);
      byobReaderSlots.set(this, setUpBYOBReader(this, s, what));
    }

    get closed() {
      return readerClosed(byobReaderOf(this));
    }

    cancel(reason = undefined) {
      return readerCancel(byobReaderOf(this), reason);
    }

    read(view, options = undefined) {
      const r = byobReaderOf(this);
      if (r === undefined) return rejectIllegalInvocation();
      const what = "Failed to execute 'read' on 'ReadableStreamBYOBReader'";
      let slots;
      let min = 1;
      try {
        idl.requireArguments(arguments.length, 1, what);
        slots = requireView(view, what);
        const dict = idl.dictionary(options, what);
        if (dict.min !== undefined) min = idl.toEnforcedUnsignedLongLong(dict.min, what);
      } catch (e) {
        return PromiseReject(e);
      }
      if (slots.byteLength === 0) return PromiseReject(new TypeErrorCtor(`${what}: This readable stream reader cannot be used to read as the view has byte length equal to 0`));
      if (arrayBufferByteLength(slots.buffer) === 0) {
        return PromiseReject(new TypeErrorCtor(`${what}: This readable stream reader cannot be used to read as the viewed array buffer is 0-byte length`));
      }
      if (isDetached(slots.buffer)) return PromiseReject(new TypeErrorCtor(`${what}: The view's buffer is detached.`));
      if (min === 0) return PromiseReject(new TypeErrorCtor(`${what}: options.min must be greater than 0`));
      const limit = slots.length === undefined ? slots.byteLength : slots.length;
      if (min > limit) return PromiseReject(new RangeErrorCtor(`${what}: options.min must be less than or equal to the view's length`));
      if (r.stream === undefined) {
        return PromiseReject(new TypeErrorCtor(`${what}: This readable stream reader has been released and cannot be used to read from its previous owner stream`));
      }
      const {promise, resolve, reject} = newPromise();
      byobReaderRead(r, slots, min, {
        chunk: (value) => resolve({value, done: false}),
        close: (value) => resolve({value, done: true}),
        error: reject,
      });
      return promise;
    }

    releaseLock() {
      const r = byobReaderSlots.check(this);
      if (r.stream === undefined) return;
      readerRelease(r);
    }
  }

  function setUpBYOBReader(object, s, what) {
    if (s.reader !== null) {
      throw new TypeErrorCtor(`${what}: ReadableStreamBYOBReader constructor can only accept readable streams that are not yet locked to a reader`);
    }
    if (!s.controller.isByteController) {
      throw new TypeErrorCtor(`${what}: Cannot construct a ReadableStreamBYOBReader for a stream not constructed with a byte source`);
    }
    const r = {object, stream: s, readRequests: [], readIntoRequests: [], closed: newPromise(),
      byob: true};
    readerGenericInitialize(r, s);
    return r;
  }

  function byobReaderRead(r, slots, min, readIntoRequest) {
    const s = r.stream;
    s.disturbed = true;
    if (s.state === 'errored') readIntoRequest.error(s.storedError);
    else controllerPullInto(s.controller, slots, min, readIntoRequest);
  }

  // getReader({mode: 'byob'}).
  function acquireBYOBReader(stream, what) {
    const s = streamOf(stream);
    if (!s.controller.isByteController) {
      throw new TypeErrorCtor(`${what}: Cannot get a BYOB reader for a stream that is not a byte stream.`);
    }
    return new ReadableStreamBYOBReader(stream);
  }

  hooks.setUpByteControllerFromSource = setUpByteControllerFromSource;
  hooks.acquireBYOBReader = acquireBYOBReader;
  hooks.createByteStream = createByteStream;
  hooks.enqueueAndCloseBytes = enqueueAndCloseBytes;

  for (const ctor of [ReadableByteStreamController, ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest]) {
    idl.defineInterface(ctor);
  }
  return {ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
    internals: {viewSlots, cloneArrayBuffer, requestOf, getBYOBRequest, createByteStream,
      controllerError, controllerEnqueue, controllerClose, controllerRespond,
      controllerRespondWithNewView, setUpBYOBReader, byobReaderRead}};
})
