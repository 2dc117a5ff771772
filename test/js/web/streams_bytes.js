// Readable byte streams (type: 'bytes'): enqueue, default and BYOB readers, byobRequest with
// respond and respondWithNewView, read(view, {min}), autoAllocateChunkSize, tee, cancel, the
// errors of constructors and readers, and Response.body / Blob.stream() as byte streams.
// Expected output: node 20's.
const log = (...a) => console.log(...a);
const errName = (f) => { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } };
const show = (v) => v === undefined ? 'undefined' : `${v.constructor.name}(${v.byteLength})[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}]`;
async function main() {
  // enqueue + default reader
  {
    let ctrl;
    const rs = new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    log(Object.prototype.toString.call(ctrl), ctrl.desiredSize, ctrl.byobRequest);
    const chunk = new Uint8Array([1, 2, 3]);
    ctrl.enqueue(chunk);
    log('after enqueue chunk byteLength', chunk.byteLength, chunk.buffer.byteLength, ctrl.desiredSize);
    const r = rs.getReader();
    const res = await r.read();
    log(res.done, show(res.value));
  }
  // BYOB reader with pull + byobRequest.respond
  {
    const rs = new ReadableStream({type: 'bytes', pull(c) {
      const req = c.byobRequest;
      log('pull view', req.view.constructor.name, req.view.byteOffset, req.view.byteLength);
      req.view[0] = 42; req.view[1] = 43;
      req.respond(2);
      log('after respond', req.view, c.byobRequest);
    }});
    const r = rs.getReader({mode: 'byob'});
    log(Object.prototype.toString.call(r));
    const buf = new Uint8Array(8);
    const res = await r.read(buf);
    log(res.done, show(res.value), buf.byteLength, res.value.buffer.byteLength);
    const res2 = await r.read(new Uint16Array(res.value.buffer, 0, 4));
    log(res2.done, res2.value.constructor.name, res2.value.length);
  }
  // min option
  {
    let n = 0;
    const rs = new ReadableStream({type: 'bytes', pull(c) {
      n++;
      const v = c.byobRequest.view;
      v[0] = n;
      c.byobRequest.respond(1);
      if (n === 5) { c.close(); c.byobRequest.respond(0); }
    }});
    const r = rs.getReader({mode: 'byob'});
    const res = await r.read(new Uint8Array(4), {min: 3});
    log('min', res.done, show(res.value), n);
    const res2 = await r.read(new Uint8Array(4), {min: 3});
    log('min2', res2.done, show(res2.value), n);
    const res3 = await r.read(new Uint8Array(4));
    log('min3', res3.done, show(res3.value));
    await r.read(new Uint8Array(4), {min: 5}).catch((e) => log(e.constructor.name));
    await r.read(new Uint8Array(4), {min: 0}).catch((e) => log(e.constructor.name));
  }
  // autoAllocateChunkSize
  {
    const rs = new ReadableStream({type: 'bytes', autoAllocateChunkSize: 16, pull(c) {
      const v = c.byobRequest.view;
      log('auto view', v.byteLength);
      v.set([9, 8, 7]);
      c.byobRequest.respond(3);
    }});
    const r = rs.getReader();
    const res = await r.read();
    log('auto', show(res.value), res.value.buffer.byteLength);
  }
  // respondWithNewView
  {
    const rs = new ReadableStream({type: 'bytes', pull(c) {
      const v = c.byobRequest.view;
      const nv = new Uint8Array(v.buffer, v.byteOffset, 2);
      nv.set([5, 6]);
      c.byobRequest.respondWithNewView(nv);
    }});
    const r = rs.getReader({mode: 'byob'});
    const res = await r.read(new Uint8Array(10));
    log('newview', show(res.value));
  }
  // tee
  {
    const rs = new ReadableStream({type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); }});
    const [a, b] = rs.tee();
    log('branch is a byte stream', errName(() => a.getReader({mode: 'byob'}).releaseLock()));
    const ra = a.getReader({mode: 'byob'});
    const rb = b.getReader();
    log('a', show((await ra.read(new Uint8Array(5))).value));
    log('b', show((await rb.read()).value));
    log('b', show((await rb.read()).value));
    log('a', show((await ra.read(new Uint8Array(5))).value));
    const end = await ra.read(new Uint8Array(5));
    log('a end', end.done, show(end.value));
    log('b end', (await rb.read()).done);
  }
  // errors
  {
    try { new ReadableStream({type: 'bytes'}, {size() { return 1; }}); } catch (e) { log(e.constructor.name); }
    try { new ReadableStream({type: 'bytes', autoAllocateChunkSize: 0}); } catch (e) { log(e.constructor.name); }
    try { new ReadableStream().getReader({mode: 'byob'}); } catch (e) { log(e.constructor.name); }
    try { new ReadableStreamBYOBReader(new ReadableStream()); } catch (e) { log(e.constructor.name); }
    try { new ReadableByteStreamController(); } catch (e) { log(e.constructor.name); }
    try { new ReadableStreamBYOBRequest(); } catch (e) { log(e.constructor.name); }
    let ctrl;
    new ReadableStream({type: 'bytes', start(c) { ctrl = c; }});
    try { ctrl.enqueue(new Uint8Array(0)); } catch (e) { log(e.constructor.name); }
    try { ctrl.enqueue('x'); } catch (e) { log(e.constructor.name); }
    ctrl.enqueue(new Uint8Array(4));
    ctrl.enqueue(new DataView(new ArrayBuffer(2)));
    log('queued bytes', ctrl.desiredSize);
    ctrl.close();
    try { ctrl.close(); } catch (e) { log(e.constructor.name); }
    try { ctrl.enqueue(new Uint8Array(1)); } catch (e) { log(e.constructor.name); }
    const rs = new ReadableStream({type: 'bytes'});
    const r = rs.getReader({mode: 'byob'});
    await r.read(new Uint8Array(0)).catch((e) => log('r0', e.constructor.name));
    await r.read({}).catch((e) => log('r1', e.constructor.name));
    const p = r.read(new Uint8Array(2));
    r.releaseLock();
    await p.catch((e) => log('released', e.constructor.name));
    await r.read(new Uint8Array(2)).catch((e) => log('r2', e.constructor.name));
  }
  // cancel with pending byob read
  {
    const rs = new ReadableStream({type: 'bytes', cancel(r) { log('cancel', r); }});
    const r = rs.getReader({mode: 'byob'});
    const p = r.read(new Uint8Array(2));
    await r.cancel('why');
    const res = await p;
    log('canceled read', res.done, res.value);
  }
  // Response / Blob
  {
    const body = new Response('hello').body;
    const r = body.getReader({mode: 'byob'});
    const res = await r.read(new Uint8Array(3));
    log('resp', show(res.value));
    log('resp', show((await r.read(new Uint8Array(3))).value));
    const end = await r.read(new Uint8Array(3));
    log('resp end', end.done, show(end.value));
    const b = new Blob(['abc']).stream();
    const br = b.getReader({mode: 'byob'});
    log('blob', show((await br.read(new Uint8Array(10))).value));
    log(await new Response(new Blob(['xyz']).stream()).text());
    const [t1, t2] = new Response('tee').body.tee();
    log(await new Response(t1).text(), await new Response(t2).text());
  }
  log(Object.getOwnPropertyNames(ReadableByteStreamController.prototype).sort().join());
  log(Object.getOwnPropertyNames(ReadableStreamBYOBReader.prototype).sort().join());
  log(Object.getOwnPropertyNames(ReadableStreamBYOBRequest.prototype).sort().join());
  log(ReadableStreamBYOBReader.prototype.read.length, ReadableStreamBYOBRequest.prototype.respond.length);
}
main().catch((e) => log('FAIL', e));
