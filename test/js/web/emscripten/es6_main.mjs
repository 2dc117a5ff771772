// Loads the -sEXPORT_ES6 -sMODULARIZE build (es6.mjs, which finds es6.wasm with
// new URL('es6.wasm', import.meta.url) and fetch) and calls an export directly and via ccall.
import createModule from './es6.mjs';

const module = await createModule();
console.log('add(2, 40) =', module._add(2, 40), module.ccall('add', 'number', ['number', 'number'], [1, 2]));
