// The shell's globals: d8-style ones, web ones (with `self`, as workers and windows have it), and
// a browser window's `window` and `document` (the main thread is a window: it may not block), but
// no `location` unless --location gives one, and none of node's.
const expected = ['console', 'print', 'printErr', 'read', 'readbuffer', 'load', 'quit', 'scriptArgs',
  'arguments', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask',
  'performance', 'TextEncoder', 'TextDecoder', 'fetch', 'Response', 'Headers', 'WebAssembly',
  'self', 'navigator', 'crypto', 'URL', 'URLSearchParams', 'atob', 'btoa', 'structuredClone',
  'reportError', 'EventTarget', 'Event', 'AbortController', 'DOMException', 'window', 'document',
  'XMLHttpRequest'];
console.log(expected.map((name) => `${name}: ${typeof globalThis[name]}`).join('\n'));
// The running classic script is document.currentScript, with its file: URL.
console.log(window === globalThis, /^file:\/\/\/.*\/shell\/globals\.js$/.test(document.currentScript.src));
setTimeout(() => console.log('after the script:', document.currentScript));
console.log('absent:', ['location', 'process', 'require', 'global'].map((name) => typeof globalThis[name]).join(' '));
// Interfaces are not enumerable properties of the global object, like in browsers.
console.log(Object.keys(globalThis).includes('Response'), Object.keys(globalThis).includes('TextDecoder'));
const t0 = performance.now();
let spin = 0;
while (performance.now() - t0 < 2) spin++;
console.log(typeof t0, performance.now() > t0, performance.timeOrigin > 1.6e12);
