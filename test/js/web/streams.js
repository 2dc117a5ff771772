// ReadableStream, WritableStream and TransformStream: sources with start/pull/cancel and
// backpressure, readers (read, releaseLock, cancel, closed), async iteration, tee, from,
// pipeTo (preventClose, errors both ways, AbortSignal), pipeThrough, writers (ready,
// desiredSize, abort, close), transformers (flush, terminate, errors), queuing strategies,
// and the WebIDL shape. Expected output: node 20's.
const log = (...args) => console.log(...args);

const pulls = [];
const counted = new ReadableStream({
  start(controller) {
    log('start desiredSize', controller.desiredSize);
  },
  pull(controller) {
    pulls.push(controller.desiredSize);
    if (pulls.length > 3) controller.close();
    else controller.enqueue(pulls.length);
  },
  cancel(reason) {
    log('never canceled', reason);
  },
}, {highWaterMark: 2});
await new Promise((resolve) => setTimeout(resolve, 1));
log('pulled ahead', pulls);
const reader = counted.getReader();
log(await reader.read(), await reader.read(), await reader.read(), await reader.read());
await reader.closed.then(() => log('closed resolved'));
reader.releaseLock();
log('locked after release', counted.locked);

const canceled = new ReadableStream({
  cancel(reason) {
    log('source canceled with', reason);
  },
});
await canceled.cancel('enough');
const locked = new ReadableStream();
locked.getReader();
await locked.cancel().catch((e) => log('cancel locked:', e.name));
try {
  locked.getReader();
} catch (e) {
  log('second reader:', e.name);
}
const released = new ReadableStream({start(c) { c.enqueue('x'); }});
const r1 = released.getReader();
r1.releaseLock();
await r1.read().catch((e) => log('read after release:', e.name));
log((await released.getReader().read()).value);

const [a, b] = ReadableStream.from(['t1', 't2']).tee();
const fromA = [];
for await (const chunk of a) fromA.push(chunk);
const readerB = b.getReader();
log(fromA, await readerB.read());
await readerB.cancel('stop');

const iterated = ReadableStream.from((async function* () {
  yield 1;
  yield 2;
  yield 3;
})());
for await (const value of iterated) {
  log('iterated', value);
  if (value === 2) break;
}
log('after break locked', iterated.locked);

const sinkLog = [];
const sink = new WritableStream({
  start() {
    sinkLog.push('start');
  },
  write(chunk, controller) {
    sinkLog.push(`write ${chunk} ${controller.signal.aborted}`);
    return new Promise((resolve) => setTimeout(resolve, 1));
  },
  close() {
    sinkLog.push('close');
  },
}, new CountQueuingStrategy({highWaterMark: 2}));
const writer = sink.getWriter();
log('desiredSize', writer.desiredSize);
writer.write('w1');
writer.write('w2');
log('desiredSize after two writes', writer.desiredSize);
await writer.ready;
await writer.close();
log(sinkLog, await writer.closed);

const aborted = new WritableStream({
  abort(reason) {
    log('sink aborted:', reason);
  },
});
const abortWriter = aborted.getWriter();
await abortWriter.abort('because');
await abortWriter.write('late').catch((e) => log('write after abort:', e));

const failing = new WritableStream({
  write() {
    throw new Error('sink failed');
  },
});
await ReadableStream.from(['x']).pipeTo(failing).catch((e) => log('pipe to failing sink:', e.message));
const erroring = new ReadableStream({
  start(c) {
    c.error(new Error('source failed'));
  },
});
await erroring.pipeTo(new WritableStream({
  abort(reason) {
    log('dest aborted by', reason.message);
  },
})).catch((e) => log('pipe from failing source:', e.message));
const kept = [];
const keptOpen = new WritableStream({
  write(chunk) {
    kept.push(chunk);
  },
  close() {
    kept.push('closed!');
  },
});
await ReadableStream.from(['k1']).pipeTo(keptOpen, {preventClose: true});
log(kept, keptOpen.locked);

const doubled = new TransformStream({
  transform(chunk, controller) {
    controller.enqueue(chunk * 2);
  },
  flush(controller) {
    controller.enqueue('flushed');
  },
});
const out = [];
for await (const value of ReadableStream.from([1, 2, 3]).pipeThrough(doubled)) out.push(value);
log(out);
const terminating = new TransformStream({
  transform(chunk, controller) {
    controller.enqueue(chunk);
    controller.terminate();
  },
});
const tw = terminating.writable.getWriter();
tw.write('only').catch(() => {});
const tr = terminating.readable.getReader();
log(await tr.read(), await tr.read());
const identity = new TransformStream();
const iw = identity.writable.getWriter();
iw.write('same');
iw.close();
log(await new Response(identity.readable.pipeThrough(new TransformStream({
  transform(chunk, controller) {
    controller.enqueue(new TextEncoder().encode(chunk));
  },
}))).text());

log(new ByteLengthQueuingStrategy({highWaterMark: 8}).highWaterMark,
    new CountQueuingStrategy({highWaterMark: 3}).size());
for (const [what, attempt] of Object.entries({
  'new ReadableStreamDefaultReader(not a stream)': () => new ReadableStreamDefaultReader({}),
  'new ReadableStreamDefaultController()': () => new ReadableStreamDefaultController(),
  'negative highWaterMark': () => new ReadableStream({}, {highWaterMark: -1}),
  'size not a function': () => new WritableStream({}, {size: 1}),
  'enqueue after close': () => new ReadableStream({start(c) { c.close(); c.enqueue(1); }}),
})) {
  try {
    attempt();
    log(what, 'no error');
  } catch (e) {
    log(what, e.name);
  }
}
log(Object.prototype.toString.call(new ReadableStream()), typeof ReadableStream.prototype[Symbol.asyncIterator],
    Object.keys(ReadableStream.prototype).sort().join(' '));
