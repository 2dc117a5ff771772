// The ES module integration of WebAssembly (https://github.com/WebAssembly/esm-integration):
// .wasm files in the module graph, imports resolved from their module names as specifiers
// (JavaScript and other wasm modules), exports as the module's named exports (functions, and
// Memory/Table/Global objects), instantiation at evaluation (imports are snapshots), cycles
// and errors as the proposal describes them. Expected output written from its text.
import { add } from './esm/add.wasm';
import * as counter from './esm/counter.wasm';
import bump, { count, table } from './esm/counter.wasm';
import { memory as envMemory } from './esm/env.mjs';

console.log('add(2, 3) =', add(2, 3));
console.log('exports:', Object.keys(counter).join(', '));
console.log('bump() =', counter.bump(), '; default is bump:', bump === counter.bump);
console.log('bump() =', bump(), '; memory[0] =', new Int32Array(envMemory.buffer)[0]);
console.log('count is a WebAssembly.Global:', count instanceof WebAssembly.Global, count.value);
console.log('table is a WebAssembly.Table:', table instanceof WebAssembly.Table, table.length);
console.log('"weird name!" === count:', counter['weird name!'] === count);
console.log('add is an exported function:', add instanceof WebAssembly.Function, add.name);

const again = await import('./esm/add.wasm');
console.log('dynamic import gives the same module:', again.add === add);

const relative = (text) => text.replace(/\/[^ ']*\/test\/js\/wasm\//g, '.../');
for (const specifier of ['./esm/bad.wasm', './esm/mismatch.wasm', './esm/missing.wasm',
                         './esm/cycle.mjs', './esm/cycle_tdz.mjs']) {
  await import(specifier).then(
      (ns) => console.log(specifier, 'loaded:', JSON.stringify(ns)),
      (e) => console.log(specifier, '->', e.constructor.name + ':', relative(e.message)));
}
