// The WebIDL shape of TextEncoder and TextDecoder: enumerable accessors and operations on the
// prototype, @@toStringTag, constructor lengths, brand checks, argument conversions.
// Expected output: node 20's, but for the wording of messages (each printed as its type).
for (const ctor of [TextEncoder, TextDecoder]) {
  const proto = ctor.prototype;
  // (Sorted, and without node's own util.inspect.custom symbol.)
  const keys = Reflect.ownKeys(proto).filter((k) => k !== 'constructor' &&
      (typeof k === 'string' || k === Symbol.toStringTag)).sort((a, b) => String(a) < String(b) ? -1 : 1);
  console.log(ctor.name, ctor.length, keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(proto, k);
    const kind = d.get ? 'get' : typeof d.value;
    return `${String(k)}:${kind}:${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}`;
  }).join(' '));
  console.log(Object.prototype.toString.call(new ctor()), String(new ctor()));
}
const desc = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder');
console.log('global', desc.writable, desc.enumerable, desc.configurable);

const attempts = {
  'encoding getter on a plain object': () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}),
  'decode on an encoder': () => TextDecoder.prototype.decode.call(new TextEncoder()),
  'encode on a decoder': () => TextEncoder.prototype.encode.call(new TextDecoder()),
  'called without new': () => TextDecoder(),
  'decode of a string': () => new TextDecoder().decode('text'),
  'encodeInto an Int8Array': () => new TextEncoder().encodeInto('a', new Int8Array(2)),
  'symbol label': () => new TextDecoder(Symbol('x')),
  'options not an object': () => new TextDecoder('utf-8', 5),
};
for (const [what, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(what, 'no error');
  } catch (e) {
    console.log(what, e.constructor.name);
  }
}
console.log(new TextDecoder('utf-8', {fatal: 1, ignoreBOM: 'yes'}).ignoreBOM,
    new TextDecoder('utf-8', null).fatal, new TextEncoder().encode(12.5), new TextEncoder().encode(null));
