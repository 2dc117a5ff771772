// fetch() of local files: relative URLs resolve against this script's directory; absolute paths
// and file: URLs work; a missing file rejects with a TypeError naming the path. Content-Type
// comes from the extension.
(async () => {
  const relative = await fetch('data/hello.txt');
  console.log(relative.ok, relative.status, relative.statusText, relative.type);
  console.log(relative.url.startsWith('file:///'), relative.url.endsWith('/test/js/shell/data/hello.txt'));
  console.log(JSON.stringify(await relative.text()));

  // The same file through an absolute path and through its file: URL.
  const absolutePath = decodeURIComponent(relative.url.slice('file://'.length));
  console.log(await (await fetch(absolutePath)).text() === 'hello, file\n');
  console.log(await (await fetch(relative.url)).text() === 'hello, file\n');
  console.log(await (await fetch('./data/../data/hello.txt?query#fragment')).text() === 'hello, file\n');

  const json = await fetch('data/config.json');
  console.log(json.headers.get('Content-Type'), await json.json());
  console.log((await fetch('data/page.html')).headers.get('content-type'));
  console.log((await fetch('data/add.wasm')).headers.get('content-type'));
  console.log((await fetch('fetch_files.js')).headers.get('content-type'));
  console.log((await fetch('data/add.bin')).headers.get('content-type'));
  const bytes = await (await fetch('data/add.wasm')).bytes();
  console.log(bytes.constructor.name, bytes.length, bytes.slice(0, 4));

  for (const bad of ['data/missing.txt', 'data', 'https://example.com/x.wasm']) {
    try {
      await fetch(bad);
      console.log('no error for', bad);
    } catch (e) {
      console.log(e.constructor.name, e.message.replace(/'\/.*\/test\/js\/shell\//, "'.../"));
    }
  }
  const pending = fetch('data/missing.txt');
  console.log(pending instanceof Promise);
  pending.catch(() => console.log('rejected later, not thrown'));
})();
