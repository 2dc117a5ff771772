// structuredClone: the types HTML serializes (with cycles and shared references kept), transfer
// of ArrayBuffers (detached afterwards), SharedArrayBuffers shared, and DataCloneError for what
// cannot be cloned. Expected output: node 20's, except for an object in `transfer` that is not
// transferable: HTML throws a DataCloneError there (as Chrome does), node a TypeError.
const shared = {name: 'shared'};
const original = {
  number: 1.5, big: 12345678901234567890n, string: 'text', bool: true, nil: null, undef: undefined,
  date: new Date(86400000), regexp: /a+b/giu, map: new Map([['k', shared]]), set: new Set([1, 'two']),
  array: [1, , 3], typed: new Float64Array([0.5, 2]), boxed: [new Number(3), new String('s'), Object(10n)],
  error: new TypeError('bad', {cause: 'why'}), left: shared, right: shared,
};
original.self = original;
const clone = structuredClone(original);
console.log(clone !== original, clone.self === clone, clone.left === clone.right, clone.left !== shared);
console.log(clone.big, clone.date.toISOString(), clone.regexp.flags, clone.map.get('k') === clone.left,
    [...clone.set], 1 in clone.array, clone.typed, clone.boxed.map((b) => typeof b));
console.log(clone.error instanceof TypeError, clone.error.message, 'undef' in clone);

const buffer = new Uint8Array([1, 2, 3]).buffer;
const moved = structuredClone({view: new Uint8Array(buffer, 1)}, {transfer: [buffer]});
console.log(buffer.byteLength, moved.view, moved.view.buffer.byteLength);
const sab = new SharedArrayBuffer(4);
const sabClone = structuredClone(sab);
new Uint8Array(sab)[0] = 9;
console.log(new Uint8Array(sabClone)[0]);

for (const [what, attempt] of Object.entries({
  'a function': () => structuredClone(() => 1),
  'a symbol': () => structuredClone(Symbol('s')),
  'an object with a method': () => structuredClone({f() {}}),
  'a WeakMap': () => structuredClone(new WeakMap()),
  'a WebAssembly.Memory': () => structuredClone(new WebAssembly.Memory({initial: 1})),
  'a non-buffer in transfer': () => structuredClone(1, {transfer: [{}]}),
  'a buffer twice in transfer': () => structuredClone(1, {transfer: [buffer, buffer]}),
  'a detached buffer': () => structuredClone(buffer),
  'no argument': () => structuredClone(),
})) {
  try {
    structuredClone;
    attempt();
    console.log(what, 'cloned');
  } catch (e) {
    console.log(what, e.constructor.name, e.name);
  }
}
