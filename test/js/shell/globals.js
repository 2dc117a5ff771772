// The shell's globals: d8-style ones, web ones (with `self`, as workers and windows have it), and
// none of a browser's window/document (harnesses test for those to tell a browser from a shell).
const expected = ['console', 'print', 'printErr', 'read', 'readbuffer', 'load', 'quit', 'scriptArgs',
  'arguments', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask',
  'performance', 'TextEncoder', 'TextDecoder', 'fetch', 'Response', 'Headers', 'WebAssembly',
  'self', 'navigator', 'crypto', 'URL', 'URLSearchParams', 'atob', 'btoa', 'structuredClone',
  'reportError', 'EventTarget', 'Event', 'AbortController', 'DOMException'];
console.log(expected.map((name) => `${name}: ${typeof globalThis[name]}`).join('\n'));
console.log('absent:', ['window', 'document', 'location', 'process', 'require', 'global'].map((name) => typeof globalThis[name]).join(' '));
// Interfaces are not enumerable properties of the global object, like in browsers.
console.log(Object.keys(globalThis).includes('Response'), Object.keys(globalThis).includes('TextDecoder'));
const t0 = performance.now();
let spin = 0;
while (performance.now() - t0 < 2) spin++;
console.log(typeof t0, performance.now() > t0, performance.timeOrigin > 1.6e12);
