// --location gives scripts a location (as in Deno): a Location with the URL's parts, which
// relative URLs can resolve against; linea cannot navigate, so setting it throws.
console.log(location.href, location.origin, location.host, location.pathname, location.search, location.hash);
console.log(String(location), `${location}` === location.href, new URL('lib/x.wasm', location).href);
const href = Object.getOwnPropertyDescriptor(location, 'href');
console.log(typeof href.get, typeof href.set, href.configurable, Object.prototype.toString.call(location));
for (const attempt of [() => { location.href = '/elsewhere'; }, () => location.assign('/x'), () => location.reload()]) {
  try {
    attempt();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
