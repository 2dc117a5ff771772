// Response bodies can be read once: bodyUsed turns true and a second read rejects with a
// TypeError. new Response(body, init) for in-memory bodies, Headers, clone, Response.json.
(async () => {
  const fetched = await fetch('data/hello.txt');
  console.log('before', fetched.bodyUsed);
  const first = fetched.text();
  console.log('while reading', fetched.bodyUsed);
  console.log(JSON.stringify(await first));
  for (const method of ['text', 'arrayBuffer', 'json', 'bytes']) {
    await fetched[method]().then(
        () => console.log(method, 'read twice!'),
        (e) => console.log(method, e.constructor.name, e.message));
  }
  try {
    fetched.clone();
  } catch (e) {
    console.log('clone', e.constructor.name);
  }

  const fresh = await fetch('data/config.json');
  const copy = fresh.clone();
  console.log((await fresh.json()).name, (await copy.text()).length, copy.url === fresh.url);

  const made = new Response('héllo', { status: 201, statusText: 'Created', headers: [['X-One', '1'], ['x-one', '2']] });
  console.log(made.status, made.statusText, made.ok, made.type, JSON.stringify(made.url));
  console.log(made.headers.get('content-type'), made.headers.get('X-ONE'), made.headers.has('nope'));
  console.log([...made.headers], made.bodyUsed);
  console.log(await made.arrayBuffer(), made.bodyUsed);

  console.log(await new Response(new Uint8Array([104, 105])).text(), await new Response(new Uint16Array([0x6968]).buffer).text());
  console.log(await new Response().text() === '', new Response(null).bodyUsed, new Response().headers.get('content-type'));
  console.log(await new Response('{"a":[1]}').json());
  await new Response('not json').json().catch((e) => console.log(e.constructor.name));
  const json = Response.json({ x: 1 }, { status: 202 });
  console.log(json.status, json.headers.get('content-type'), await json.text());
  console.log(Response.error().type, Response.error().status);

  for (const init of [{ status: 600 }, { status: 99 }, { statusText: 'bad\n' }, { headers: { 'bad name': 'x' } }]) {
    try {
      new Response('x', init);
    } catch (e) {
      console.log(e.constructor.name);
    }
  }
  try {
    new Response('x', { status: 204 });
  } catch (e) {
    console.log('null body status', e.constructor.name);
  }

  const headers = new Headers({ 'Content-Type': 'text/plain', Accept: 'a' });
  headers.append('accept', 'b');
  headers.set('X-New', '  padded  ');
  headers.delete('content-type');
  console.log([...headers.entries()], headers.get('accept'), JSON.stringify(headers.get('x-new')));
  headers.forEach((value, name) => console.log('forEach', name, value));
  try {
    fetched.headers.set('x', 'y');
  } catch (e) {
    console.log('fetched headers are immutable:', e.constructor.name);
  }
  console.log(Object.prototype.toString.call(made), Object.prototype.toString.call(headers));
  try {
    Response.prototype.text.call({});
  } catch (e) {
    console.log('brand check', e.constructor.name);
  }
})();
