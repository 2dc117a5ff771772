// XMLHttpRequest (shell/web/js/xhr.js) over file: and data: URLs: the events in order, the
// response types, a missing file as a network error, abort(), and what linea cannot do (a
// synchronous request) as a clear error. The main thread is a window, whose glue code (such as
// Emscripten's) reads a file: URL this way.
function request(url, responseType, label) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const seen = [];
    xhr.onreadystatechange = () => seen.push(`rs${xhr.readyState}`);
    for (const type of ['loadstart', 'progress', 'load', 'error', 'abort', 'loadend']) {
      xhr.addEventListener(type, (event) => {
        seen.push(event instanceof ProgressEvent ? `${type}(${event.loaded})` : type);
        if (type === 'loadend') resolve({xhr, seen, label});
      });
    }
    xhr.open('GET', url);
    xhr.responseType = responseType;
    xhr.send();
  });
}

(async () => {
  const here = new URL('xhr_data.json', document.currentScript.src);  // Before the first await.
  let r = await request(here.href, 'json', 'json');
  console.log(r.label, r.seen.join(' '), r.xhr.status, r.xhr.response);
  r = await request('xhr_data.json', 'arraybuffer', 'relative arraybuffer');
  console.log(r.label, r.xhr.response instanceof ArrayBuffer, r.xhr.response.byteLength);
  r = await request('xhr_data.json', '', 'text');
  console.log(r.label, JSON.stringify(r.xhr.responseText), r.xhr.response === r.xhr.responseText);
  r = await request('data:text/plain,hi%20there', 'blob', 'blob');
  console.log(r.label, r.xhr.response instanceof Blob, await r.xhr.response.text());
  r = await request('not-there.bin', 'arraybuffer', 'missing');
  console.log(r.label, r.seen.join(' '), r.xhr.status, r.xhr.response, r.xhr.readyState);

  const aborted = new XMLHttpRequest();
  const seen = [];
  for (const type of ['readystatechange', 'abort', 'loadend', 'load']) {
    aborted.addEventListener(type, () => seen.push(`${type}:${aborted.readyState}`));
  }
  aborted.open('GET', 'xhr_data.json');
  aborted.send();
  aborted.abort();
  console.log('abort', seen.join(' '), aborted.readyState, aborted.status);

  const sync = new XMLHttpRequest();
  sync.open('GET', 'xhr_data.json', false);
  try {
    sync.send();
  } catch (e) {
    console.log('sync', e.name, e.message);
  }
  try {
    new XMLHttpRequest().send();
  } catch (e) {
    console.log('unopened', e.name);
  }
  try {
    new XMLHttpRequest().open('CONNECT', 'x');
  } catch (e) {
    console.log('CONNECT', e.name);
  }
  console.log(XMLHttpRequest.DONE, new XMLHttpRequest().UNSENT, String(new XMLHttpRequest()),
              String(new XMLHttpRequest().upload));
})();
