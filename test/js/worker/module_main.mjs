import {twice} from './module_helper.mjs';
const {thrice} = await import('./module_helper.mjs');
let refused;
try {
  importScripts('module_helper.mjs');
} catch (e) {
  refused = e.message;
}
postMessage(`${name}: ${twice(21)} ${thrice(3)} ${typeof import.meta.url}; ${refused}`);
