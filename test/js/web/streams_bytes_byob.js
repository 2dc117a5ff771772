// Byte streams in detail: ArrayBuffer transfer (enqueued chunks and read views are detached),
// element-size remainders, DataView reads, partial elements at close, buffers that cannot be
// transferred (WebAssembly.Memory, detached), respond/respondWithNewView checks, enqueue into a
// pending BYOB read, release with a pending pull-into, iteration, pipeTo, errors, BYOB tee,
// tee cancel, and the WebIDL shape. Expected output: node 20's (node 20 skips [EnforceRange]
// on respond(), so negative and infinite counts are not tested against it).
const log = (...a) => console.log(...a);
const show = (v) => v === undefined ? 'undefined' : `${v.constructor.name}(${v.byteLength})[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}]`;
const errName = (f) => { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } };
async function main() {
  // Transfer: an enqueued chunk's buffer and a read view's buffer are detached.
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }}, {highWaterMark: 10});
    log('hwm desiredSize', ctrl.desiredSize);
    const big = new Uint8Array([0, 1, 2, 3, 4, 5]);
    ctrl.enqueue(big.subarray(2, 5));
    log('enqueued buffer', big.byteLength, big.buffer.byteLength, ctrl.desiredSize);
    const r = rs.getReader({mode: 'byob'});
    const view = new Uint8Array(new ArrayBuffer(8), 1, 4);
    const {value} = await r.read(view);
    log('read view detached', view.byteLength, view.buffer.byteLength);
    log('result', show(value), value.byteOffset, value.buffer.byteLength);
    // Remainder of whole elements: 3 bytes into a Uint16Array gives one element, one byte waits.
    ctrl.enqueue(new Uint8Array([10, 11, 12]));
    const u16 = await r.read(new Uint16Array(2));
    log('u16', u16.value.constructor.name, u16.value.length, show(u16.value));
    const rest = await r.read(new Uint8Array(4));
    log('rest', show(rest.value));
    // DataView reads.
    ctrl.enqueue(new Uint8Array([1, 2, 3]));
    const dv = await r.read(new DataView(new ArrayBuffer(2)));
    log('dataview', dv.value.constructor.name, dv.value.byteLength, dv.value.getUint8(1));
    // Closing with half an element pending errors the stream.
    ctrl.enqueue(new Uint8Array([7]));
    const half = r.read(new Uint16Array(1));
    await null;
    ctrl.close();
    await half.then((x) => log('half', x.done, show(x.value)), (e) => log('half error', e.constructor.name));
  }
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    const r = rs.getReader({mode: 'byob'});
    const p = r.read(new Uint16Array(2));
    ctrl.enqueue(new Uint8Array([1]));
    log('close partial', errName(() => ctrl.close()));
    await p.catch((e) => log('read after partial close', e.constructor.name));
    await r.closed.catch((e) => log('closed rejects', e.constructor.name));
  }
  // A WebAssembly.Memory's buffer cannot be transferred.
  {
    let ctrl;
    new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    const memory = new WebAssembly.Memory({initial: 1});
    log('wasm enqueue', errName(() => ctrl.enqueue(new Uint8Array(memory.buffer, 0, 4))));
    log('wasm buffer kept', memory.buffer.byteLength);
    const rs = new ReadableStream({type: 'bytes'});
    await rs.getReader({mode: 'byob'}).read(new Uint8Array(memory.buffer, 0, 4)).catch((e) => log('wasm read', e.constructor.name));
    const detached = new ArrayBuffer(4);
    const view = new Uint8Array(detached);
    structuredClone(detached, {transfer: [detached]});
    log('detached enqueue', errName(() => ctrl.enqueue(view)));
    const shared = new Uint8Array(new SharedArrayBuffer(4));
    log('shared enqueue', errName(() => ctrl.enqueue(shared)));
    await new ReadableStream({type: 'bytes'}).getReader({mode: 'byob'}).read(shared)
        .catch((e) => log('shared read', e.constructor.name));
  }
  // respond / respondWithNewView checks.
  {
    const results = [];
    const rs = new ReadableStream({type: 'bytes', pull(c) {
      const req = c.byobRequest;
      results.push(errName(() => req.respond(0)));
      results.push(errName(() => req.respond(100)));
      results.push(errName(() => req.respondWithNewView(new Uint8Array(req.view.buffer, 1, 2))));
      results.push(errName(() => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 0))));
      req.view[0] = 99;
      req.respond(1);
      results.push(errName(() => req.respondWithNewView(new Uint8Array(4))));
      results.push(errName(() => req.respond(1)));
    }});
    const r = rs.getReader({mode: 'byob'});
    log('respond', show((await r.read(new Uint8Array(4))).value), results.join(' '));
  }
  // Enqueue while a BYOB read is pending fills the reader's buffer.
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    const r = rs.getReader({mode: 'byob'});
    const p = r.read(new Uint8Array(4));
    await null;
    const request = ctrl.byobRequest;
    ctrl.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6]));
    log('request invalidated', request.view, ctrl.byobRequest);
    log('filled', show((await p).value));
    log('then', show((await r.read(new Uint8Array(4))).value));
  }
  // Releasing a BYOB reader with a pending pull-into: the bytes the source then gives go to the queue.
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    const r = rs.getReader({mode: 'byob'});
    const p = r.read(new Uint8Array(4));
    await null;
    const request = ctrl.byobRequest;
    r.releaseLock();
    await p.catch((e) => log('pending read', e.constructor.name));
    request.view.set([7, 8]);
    request.respond(2);
    const d = rs.getReader();
    log('default after release', show((await d.read()).value));
  }
  // Default reader with autoAllocateChunkSize and enqueue; async iteration; pipeTo.
  {
    let i = 0;
    const rs = new ReadableStream({type: 'bytes', autoAllocateChunkSize: 4, pull(c) {
      i++;
      if (i === 1) c.enqueue(new Uint8Array([1]));
      else if (i === 2) { c.byobRequest.view[0] = 2; c.byobRequest.respond(1); }
      else { c.close(); c.byobRequest.respond(0); }
    }});
    const seen = [];
    for await (const chunk of rs) seen.push(show(chunk));
    log('iterated', seen.join(' '));
    const written = [];
    await new ReadableStream({type: 'bytes', start(c) { c.enqueue(new Uint8Array([4, 5])); c.close(); }})
        .pipeTo(new WritableStream({write(chunk) { written.push(show(chunk)); }}));
    log('piped', written.join(' '));
  }
  // Errors reach BYOB readers; tee of BYOB reads on both branches; cancel of both branches.
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    const r = rs.getReader({mode: 'byob'});
    const p = r.read(new Uint8Array(1));
    ctrl.error(new RangeError('boom'));
    await p.catch((e) => log('errored read', e.message));
    log('desiredSize errored', ctrl.desiredSize, ctrl.byobRequest);
    await r.read(new Uint8Array(1)).catch((e) => log('errored again', e.message));
  }
  {
    let n = 0;
    const rs = new ReadableStream({type: 'bytes', pull(c) {
      n++;
      if (n > 3) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
      const v = c.byobRequest ? c.byobRequest.view : null;
      if (v) { v[0] = n * 10; c.byobRequest.respond(1); } else c.enqueue(new Uint8Array([n]));
    }});
    const [a, b] = rs.tee();
    const ra = a.getReader({mode: 'byob'});
    const rb = b.getReader({mode: 'byob'});
    const out = [];
    for (;;) {
      const [x, y] = await Promise.all([ra.read(new Uint8Array(3)), rb.read(new Uint8Array(3))]);
      out.push(`${x.done}:${show(x.value)} ${y.done}:${show(y.value)}`);
      if (x.done && y.done) break;
    }
    log('byob tee', out.join(' | '));
    const cancelReasons = [];
    const src = new ReadableStream({type: 'bytes', cancel(reason) { cancelReasons.push(reason); }});
    const [c1, c2] = src.tee();
    const done1 = c1.cancel('one');
    await c2.cancel('two');
    await done1;
    log('tee cancel', JSON.stringify(cancelReasons));
    const erroring = new ReadableStream({type: 'bytes', start(c) { c.error(new TypeError('bad')); }});
    const [e1, e2] = erroring.tee();
    await e1.getReader({mode: 'byob'}).read(new Uint8Array(1)).catch((e) => log('tee error', e.message));
    await e2.getReader().closed.catch((e) => log('tee error', e.message));
  }
  // Brand checks, property attributes.
  {
    const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x ? `${String(k)}:${'value' in x ? typeof x.value : 'accessor'}${x.enumerable ? 'E' : ''}${x.configurable ? 'C' : ''}${x.writable ? 'W' : ''}` : `${String(k)}:none`; };
    for (const C of [ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest]) {
      const names = Reflect.ownKeys(C.prototype).filter((k) => typeof k === 'string' || k === Symbol.toStringTag).sort((x, y) => String(x) < String(y) ? -1 : 1).map((k) => d(C.prototype, k));
      log(C.name, C.length, d(globalThis, C.name), names.map(String).join(' '), String(C.prototype[Symbol.toStringTag]));
    }
    const getter = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
    log('brand', errName(() => getter(ReadableByteStreamController, 'desiredSize').call({})),
        errName(() => getter(ReadableStreamBYOBRequest, 'view').call({})),
        errName(() => ReadableStreamBYOBRequest.prototype.respond.call({}, 1)),
        errName(() => ReadableByteStreamController.prototype.enqueue.call(new ReadableStreamBYOBReader(new ReadableStream({type: 'bytes'})), new Uint8Array(1))));
    await ReadableStreamBYOBReader.prototype.read.call({}, new Uint8Array(1)).catch((e) => log('read brand', e.constructor.name));
    await getter(ReadableStreamBYOBReader, 'closed').call({}).catch((e) => log('closed brand', e.constructor.name));
    log('default controller', errName(() => ReadableByteStreamController.prototype.close.call(undefined)));
    log('locked', errName(() => { const s = new ReadableStream({type: 'bytes'}); s.getReader(); s.getReader({mode: 'byob'}); }));
    log('bad mode', errName(() => new ReadableStream({type: 'bytes'}).getReader({mode: 'nope'})));
    log('bad type', errName(() => new ReadableStream({type: 'byte'})));
  }
}
main().catch((e) => log('FAIL', e));
