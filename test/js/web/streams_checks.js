// The streams' brand checks (a method or attribute given an object of another interface), their
// "Illegal constructor" guards, the checks of underlying source, sink and transformer callbacks,
// and the ways a TransformStream finishes (abort, close, cancel). The output is node 20's.

function syncResult(f) {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e.constructor.name;
  }
}
async function asyncResult(f) {
  let promise;
  try {
    promise = f();
  } catch (e) {
    return 'threw ' + e.constructor.name;
  }
  try {
    await promise;
    return 'fulfilled';
  } catch (e) {
    return 'rejected ' + e.constructor.name;
  }
}
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

(async () => {
  let readableController, writableController, transformController;
  const rs = new ReadableStream({start(c) { readableController = c; }});
  const ws = new WritableStream({start(c) { writableController = c; }});
  const ts = new TransformStream({start(c) { transformController = c; }});
  const bytes = new ReadableStream({type: 'bytes'});
  const reader = new ReadableStream().getReader();
  const writer = new WritableStream().getWriter();
  const byobReader = bytes.getReader({mode: 'byob'});

  console.log('-- brand checks, synchronous');
  const sync = {
    'ReadableStream locked': () => getter(ReadableStream.prototype, 'locked').call(ws),
    'ReadableStream getReader': () => ReadableStream.prototype.getReader.call(ws),
    'ReadableStream tee': () => ReadableStream.prototype.tee.call(ts),
    'WritableStream locked': () => getter(WritableStream.prototype, 'locked').call(rs),
    'WritableStream getWriter': () => WritableStream.prototype.getWriter.call(rs),
    'TransformStream readable': () => getter(TransformStream.prototype, 'readable').call(rs),
    'TransformStream writable': () => getter(TransformStream.prototype, 'writable').call(ws),
    'default controller enqueue': () =>
      ReadableStreamDefaultController.prototype.enqueue.call(transformController, 1),
    'default controller close': () => ReadableStreamDefaultController.prototype.close.call({}),
    'byte controller desiredSize': () =>
      getter(ReadableByteStreamController.prototype, 'desiredSize').call(readableController),
    'byte controller close': () =>
      ReadableByteStreamController.prototype.close.call(readableController),
    'writable controller error': () =>
      WritableStreamDefaultController.prototype.error.call(readableController),
    'transform controller desiredSize': () =>
      getter(TransformStreamDefaultController.prototype, 'desiredSize').call(readableController),
    'transform controller terminate': () =>
      TransformStreamDefaultController.prototype.terminate.call(writableController),
    'reader releaseLock': () => ReadableStreamDefaultReader.prototype.releaseLock.call(writer),
    'writer desiredSize': () =>
      getter(WritableStreamDefaultWriter.prototype, 'desiredSize').call(reader),
    'writer releaseLock': () => WritableStreamDefaultWriter.prototype.releaseLock.call(reader),
    'BYOB request view': () => getter(ReadableStreamBYOBRequest.prototype, 'view').call({}),
  };
  for (const [name, f] of Object.entries(sync)) console.log(name, syncResult(f));

  console.log('-- brand checks, promises');
  const promises = {
    'ReadableStream cancel': () => ReadableStream.prototype.cancel.call(ws),
    'ReadableStream pipeTo': () => ReadableStream.prototype.pipeTo.call(ws, ws),
    'WritableStream abort': () => WritableStream.prototype.abort.call(rs),
    'WritableStream close': () => WritableStream.prototype.close.call(rs),
    'reader read': () => ReadableStreamDefaultReader.prototype.read.call(writer),
    'reader closed': () => getter(ReadableStreamDefaultReader.prototype, 'closed').call(writer),
    'reader cancel': () => ReadableStreamDefaultReader.prototype.cancel.call(byobReader),
    'BYOB reader read': () =>
      ReadableStreamBYOBReader.prototype.read.call(reader, new Uint8Array(1)),
    'writer closed': () => getter(WritableStreamDefaultWriter.prototype, 'closed').call(reader),
    'writer ready': () => getter(WritableStreamDefaultWriter.prototype, 'ready').call({}),
    'writer write': () => WritableStreamDefaultWriter.prototype.write.call(reader, 1),
    'writer abort': () => WritableStreamDefaultWriter.prototype.abort.call(reader),
    'writer close': () => WritableStreamDefaultWriter.prototype.close.call(reader),
  };
  for (const [name, f] of Object.entries(promises)) console.log(name, await asyncResult(f));

  console.log('-- constructors');
  for (const ctor of [ReadableStreamDefaultController, ReadableByteStreamController,
    ReadableStreamBYOBRequest, WritableStreamDefaultController,
    TransformStreamDefaultController]) {
    console.log(ctor.name, syncResult(() => new ctor()));
  }
  console.log('reader of a non-stream', syncResult(() => new ReadableStreamDefaultReader(ws)));
  console.log('writer of a non-stream', syncResult(() => new WritableStreamDefaultWriter(rs)));

  console.log('-- callbacks');
  const callbacks = {
    'source start': () => new ReadableStream({start: 1}),
    'source pull': () => new ReadableStream({pull: 'pull'}),
    'source cancel': () => new ReadableStream({cancel: {}}),
    'byte source pull': () => new ReadableStream({type: 'bytes', pull: 2}),
    'sink start': () => new WritableStream({start: 1}),
    'sink write': () => new WritableStream({write: 'write'}),
    'sink close': () => new WritableStream({close: {}}),
    'sink abort': () => new WritableStream({abort: 3}),
    'transformer start': () => new TransformStream({start: 1}),
    'transformer transform': () => new TransformStream({transform: 'transform'}),
    'transformer flush': () => new TransformStream({flush: {}}),
    'all undefined': () => {
      new ReadableStream({start: undefined, pull: undefined, cancel: undefined});
      new WritableStream({start: undefined, write: undefined, close: undefined});
      new TransformStream({start: undefined, transform: undefined, flush: undefined});
    },
  };
  for (const [name, f] of Object.entries(callbacks)) console.log(name, syncResult(f));

  console.log('-- transform streams finishing');
  {
    // Aborting the writable side errors the readable side with the reason.
    const t = new TransformStream();
    const aborted = await asyncResult(() => t.writable.getWriter().abort(new RangeError('r')));
    console.log('abort:', aborted, await asyncResult(() => t.readable.getReader().read()));
  }
  {
    // Closing runs flush, then closes the readable side.
    const log = [];
    const t = new TransformStream({
      transform(chunk, c) { c.enqueue(chunk * 2); },
      flush(c) { log.push('flush'); c.enqueue('last'); },
    });
    const w = t.writable.getWriter();
    w.write(21);
    const closed = w.close();
    const r = t.readable.getReader();
    for (let i = 0; i < 3; i++) log.push(JSON.stringify(await r.read()));
    console.log('close:', await asyncResult(() => closed), log.join(' '));
  }
  {
    // A flush that throws errors the readable side, and close rejects with what it threw.
    const t = new TransformStream({flush() { throw new SyntaxError('flush'); }});
    const closed = await asyncResult(() => t.writable.getWriter().close());
    console.log('throwing flush:', closed, await asyncResult(() => t.readable.getReader().read()));
  }
  {
    // A flush that errors the stream itself: close rejects with the stored error.
    const t = new TransformStream({flush(c) { c.error(new URIError('stored')); }});
    const closed = await asyncResult(() => t.writable.getWriter().close());
    console.log('erroring flush:', closed);
  }
  {
    // Cancelling the readable side errors the writable side with the reason.
    const t = new TransformStream();
    const w = t.writable.getWriter();
    const cancelled = await asyncResult(() => t.readable.cancel(new EvalError('c')));
    console.log('cancel:', cancelled, await asyncResult(() => w.write(1)),
        await asyncResult(() => w.closed));
  }
  {
    // Cancelling while a write waits on backpressure: the write fails, the writable errors.
    const t = new TransformStream({}, undefined, {highWaterMark: 0});
    const w = t.writable.getWriter();
    const write = w.write('waiting');
    const cancelled = await asyncResult(() => t.readable.cancel(new TypeError('c')));
    console.log('cancel with a pending write:', cancelled, await asyncResult(() => write));
  }
})();
