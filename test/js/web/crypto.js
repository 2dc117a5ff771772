// crypto: getRandomValues (integer arrays only, 65536 bytes at most), randomUUID (version 4),
// subtle.digest with SHA-1/256/384/512 (known answers for 'abc'), errors, WebIDL shape.
// Expected output: node 20's.
const a = crypto.getRandomValues(new Uint8Array(16));
console.log(a.length, a.some((b) => b !== 0), crypto.randomUUID().length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
for (const alg of ['SHA-1', 'sha-256', {name: 'SHA-384'}, 'SHA-512']) {
  const d = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
  console.log(alg, d instanceof ArrayBuffer, Buffer_hex(d));
}
function Buffer_hex(b) { return [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join(''); }
await crypto.subtle.digest('MD5', new Uint8Array(1)).catch((e) => console.log(e.name, e.constructor.name));
await crypto.subtle.digest('SHA-256', 'x').catch((e) => console.log(e.name));
for (const bad of [new Float32Array(1), new DataView(new ArrayBuffer(1)), new Uint8Array(65537)]) {
  try { crypto.getRandomValues(bad); } catch (e) { console.log(e.name, e.code); }
}
try { new Crypto(); } catch (e) { console.log(e.name, e.message); }
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.enumerable, d.configurable, crypto.subtle === crypto.subtle, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(crypto.getRandomValues(new BigUint64Array(2)).length);
