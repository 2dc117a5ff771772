// JSON modules: static and dynamic imports with `assert { type: 'json' }` (one module per file,
// so both give the same object); failures of dynamic import() reject with the error instead.
import config from './data/config.json' assert { type: 'json' };

console.log(config);
const dynamic = await import('./data/config.json', { assert: { type: 'json' } });
console.log(Object.keys(dynamic), dynamic.default === config);

const relative = (text) => text.replace(/\/[^ ']*\/test\/js\/shell\//g, '.../');
const attempts = [
  ['./modules/errors/invalid.json', { assert: { type: 'json' } }],
  ['./data/config.json', undefined],
  ['./data/config.json', { assert: { type: 'css' } }],
  ['./data/add.wasm', undefined],
  ['./modules/errors/syntax_error.mjs', undefined],
  ['./modules/errors/imports_syntax_error.mjs', undefined],
  ['./modules/errors/missing.mjs', undefined],
];
for (const [specifier, options] of attempts) {
  await import(specifier, options).then(
      () => console.log(specifier, 'loaded!'),
      (e) => console.log(specifier, '->', e.name + ':', relative(e.message)));
}
