// URL and URLSearchParams as scripts use them: parsing against a base, setters, searchParams
// kept in sync with the query, iteration, sorting, canParse/parse, toJSON, property attributes
// and brand checks. Expected output: node 20's.
const url = new URL('../lib/x.wasm?v=1#top', 'https://user:pw@Example.COM:8080/app/js/main.js');
console.log(url.href, url.origin, url.host, url.pathname, url.search, url.hash);
console.log(String(url), JSON.stringify({url}), url.toJSON() === url.href);
url.protocol = 'http';
url.port = '80';
url.hostname = 'bücher.example';
url.pathname = '/a b/../c';
url.hash = '';
console.log(url.href, url.port === '', url.username, url.password);
url.username = 'a@b';
url.password = '';
url.search = '?q=a+b&r=%20c&q=2';
console.log(url.href, url.searchParams.get('q'), url.searchParams.getAll('q'), url.searchParams.get('r'));
url.searchParams.append('s', 'x y&z');
url.searchParams.delete('q');
console.log(url.search, url.href);
url.searchParams.set('r', '1');
url.searchParams.sort();
console.log([...url.searchParams], url.searchParams.size, url.searchParams.has('s', 'x y&z'));

const params = new URLSearchParams({b: '2', a: '1', 'é': 'ü'});
console.log(params.toString(), [...params.keys()], [...params.values()]);
console.log(new URLSearchParams([['x', '1'], ['x', '2']]).getAll('x'), new URLSearchParams('?a=1&&b').toString());
params.forEach((value, name, self) => console.log('forEach', name, value, self === params));
const iterator = params.entries();
console.log(Object.prototype.toString.call(iterator), iterator.next(), typeof iterator[Symbol.iterator]);

console.log(URL.canParse('x', 'https://a/'), URL.canParse('x'), URL.parse('nope'), URL.parse('/p', 'file:///d/').href);
for (const input of ['http://[::1]:80/', 'http://0x7f.1/', 'file:///C|/dir/../x', 'data:text/plain,a b',
  'blob:https://example.org/uuid', 'non-special://h/p?q#f', 'http://example.com/%zz']) {
  const u = new URL(input);
  console.log(input, '->', u.href, u.origin, u.host);
}
for (const bad of ['http://[::1', 'http://a b/', 'https://ex%41mple.com:99999/', '//x']) {
  try {
    new URL(bad);
    console.log(bad, 'parsed');
  } catch (e) {
    console.log(bad, e.constructor.name);
  }
}
const proto = URL.prototype;
console.log(Object.keys(proto).sort().join(' '));  // (Sorted: the order is not specified.)
console.log(Object.keys(URLSearchParams.prototype).sort().join(' '));
const hrefDescriptor = Object.getOwnPropertyDescriptor(proto, 'href');
console.log(typeof hrefDescriptor.get, typeof hrefDescriptor.set, hrefDescriptor.enumerable,
    Object.prototype.toString.call(url), Object.prototype.toString.call(params));
try {
  hrefDescriptor.get.call({});
} catch (e) {
  console.log('brand check', e.constructor.name);
}
try {
  new URL();
} catch (e) {
  console.log('no argument', e.constructor.name);
}
