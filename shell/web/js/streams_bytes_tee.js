// ReadableByteStreamTee of the Streams Standard (https://streams.spec.whatwg.org/#abstract-opdef-readablebytestreamtee):
// tee() of a byte stream, whose branches are byte streams that read from the source with a
// default reader, or with a BYOB reader into a branch's BYOB request; installed into `hooks`.
(function makeByteStreamTee(natives) {
  'use strict';

  const {PromiseResolve, Uint8ArrayCtor, queueMicrotaskFn, newPromise, react, hooks} =
    natives.base;
  const {streamOf, readableStreamCancel, acquireReader, readerRead, readerRelease} =
    natives.readable.internals;
  const {viewSlots, cloneArrayBuffer, requestOf, getBYOBRequest, createByteStream, controllerError,
    controllerEnqueue, controllerClose, controllerRespond, controllerRespondWithNewView,
    setUpBYOBReader, byobReaderRead} = natives.bytes.internals;

  function cloneAsUint8Array(view) {
    const slots = viewSlots(view);
    return new Uint8ArrayCtor(cloneArrayBuffer(slots.buffer, slots.byteOffset, slots.byteLength));
  }

  function byteTee(s) {
    let reader = acquireReader(s);
    let reading = false;
    const readAgain = [false, false];
    const canceled = [false, false];
    const reasons = [undefined, undefined];
    const branches = [];
    const controllerOfBranch = (i) => streamOf(branches[i]).controller;
    const cancelPromise = newPromise();
    const resolveCancel = (value) => {
      if (!cancelPromise.settled) cancelPromise.resolve(value);
    };

    function forwardReaderError(thisReader) {
      react(thisReader.closed.promise, undefined, (e) => {
        if (thisReader !== reader) return;
        controllerError(controllerOfBranch(0), e);
        controllerError(controllerOfBranch(1), e);
        if (!canceled[0] || !canceled[1]) resolveCancel(undefined);
      });
    }
    function cloneOrError(chunk) {
      try {
        return cloneAsUint8Array(chunk);
      } catch (e) {
        controllerError(controllerOfBranch(0), e);
        controllerError(controllerOfBranch(1), e);
        resolveCancel(readableStreamCancel(s, e));
        return undefined;
      }
    }
    function afterChunk() {
      reading = false;
      if (readAgain[0]) pull(0);
      else if (readAgain[1]) pull(1);
    }
    function pullWithDefaultReader() {
      if (reader.byob) {
        readerRelease(reader);
        reader = acquireReader(s);
        forwardReaderError(reader);
      }
      readerRead(reader, {
        chunk(chunk) {
          queueMicrotaskFn(() => {
            readAgain[0] = readAgain[1] = false;
            let chunk2 = chunk;
            if (!canceled[0] && !canceled[1]) {
              chunk2 = cloneOrError(chunk);
              if (chunk2 === undefined) return;
            }
            if (!canceled[0]) controllerEnqueue(controllerOfBranch(0), viewSlots(chunk));
            if (!canceled[1]) controllerEnqueue(controllerOfBranch(1), viewSlots(chunk2));
            afterChunk();
          });
        },
        close() {
          reading = false;
          for (const i of [0, 1]) if (!canceled[i]) controllerClose(controllerOfBranch(i));
          for (const i of [0, 1]) {
            const c = controllerOfBranch(i);
            if (c.pendingPullIntos.length > 0) controllerRespond(c, 0, '');
          }
          if (!canceled[0] || !canceled[1]) resolveCancel(undefined);
        },
        error() {
          reading = false;
        },
      });
    }
    function pullWithBYOBReader(view, forBranch) {
      if (!reader.byob) {
        readerRelease(reader);
        reader = setUpBYOBReader(null, s, '');
        forwardReaderError(reader);
      }
      const other = 1 - forBranch;
      byobReaderRead(reader, viewSlots(view), 1, {
        chunk(chunk) {
          queueMicrotaskFn(() => {
            readAgain[0] = readAgain[1] = false;
            if (!canceled[other]) {
              const clone = cloneOrError(chunk);
              if (clone === undefined) return;
              if (!canceled[forBranch]) {
                controllerRespondWithNewView(controllerOfBranch(forBranch), viewSlots(chunk), '');
              }
              controllerEnqueue(controllerOfBranch(other), viewSlots(clone));
            } else if (!canceled[forBranch]) {
              controllerRespondWithNewView(controllerOfBranch(forBranch), viewSlots(chunk), '');
            }
            afterChunk();
          });
        },
        close(chunk) {
          reading = false;
          if (!canceled[forBranch]) controllerClose(controllerOfBranch(forBranch));
          if (!canceled[other]) controllerClose(controllerOfBranch(other));
          if (chunk !== undefined) {
            if (!canceled[forBranch]) {
              controllerRespondWithNewView(controllerOfBranch(forBranch), viewSlots(chunk), '');
            }
            const otherController = controllerOfBranch(other);
            if (!canceled[other] && otherController.pendingPullIntos.length > 0) {
              controllerRespond(otherController, 0, '');
            }
          }
          if (!canceled[forBranch] || !canceled[other]) resolveCancel(undefined);
        },
        error() {
          reading = false;
        },
      });
    }
    function pull(i) {
      if (reading) {
        readAgain[i] = true;
        return PromiseResolve();
      }
      reading = true;
      const request = getBYOBRequest(controllerOfBranch(i));
      if (request === null) pullWithDefaultReader();
      else pullWithBYOBReader(requestOf(request).view, i);
      return PromiseResolve();
    }
    function cancel(i, reason) {
      canceled[i] = true;
      reasons[i] = reason;
      if (canceled[1 - i]) resolveCancel(readableStreamCancel(s, [reasons[0], reasons[1]]));
      return cancelPromise.promise;
    }
    for (const i of [0, 1]) {
      branches.push(createByteStream(() => pull(i), (reason) => cancel(i, reason)));
    }
    forwardReaderError(reader);
    return branches;
  }

  hooks.byteTee = byteTee;
  return {};
})
