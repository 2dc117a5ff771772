// self, navigator, and no location for a plain script (as in Deno without --location).
// Expected output: node 20's where node has the same (navigator's values differ by design).
console.log(self === globalThis, typeof location, 'location' in globalThis);
const selfDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'self');
console.log(typeof selfDescriptor.get, typeof selfDescriptor.set, selfDescriptor.enumerable, selfDescriptor.configurable);
console.log(Object.prototype.toString.call(navigator), navigator instanceof Navigator);
console.log(navigator.userAgent.startsWith('linea/'), typeof navigator.language, navigator.languages[0] === navigator.language,
    Number.isInteger(navigator.hardwareConcurrency) && navigator.hardwareConcurrency > 0, Object.isFrozen(navigator.languages));
try {
  new Navigator();
} catch (e) {
  console.log('new Navigator', e.name);
}
self = 'replaced';  // [Replaceable]: the global property becomes a data property.
console.log(self, typeof Object.getOwnPropertyDescriptor(globalThis, 'self').value);
