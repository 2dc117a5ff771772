// Run with --module (module_import.flags) as a module: static imports of relative files
// (nested, each evaluated once), default exports, import.meta.url, dynamic import(), and
// top-level await. (cli.test checks that .mjs files are modules without the flag.)
import triple, { add, scaled, url } from './modules/math.mjs';
import * as scaleModule from './modules/nested/scale.mjs';

console.log(add(1, 2), triple(3), scaled, scaleModule.evaluations);
console.log(url.startsWith('file:///'), url.endsWith('/test/js/shell/modules/math.mjs'));
console.log(import.meta.url.endsWith('/module_import.js'));
console.log(typeof this, typeof scriptArgs);

const dynamic = await import('./modules/dynamic.js');
console.log('dynamic import:', dynamic.answer, dynamic);
const again = await import('./modules/nested/scale.mjs');
console.log('same module instance:', again === scaleModule, again.evaluations);

await new Promise((resolve) => setTimeout(resolve, 5));
console.log('after a top-level await of a timer');

for (const specifier of ['./modules/missing.mjs', 'bare-package', './modules/throws.mjs']) {
  await import(specifier).then(
      () => console.log(specifier, 'loaded!'),
      (e) => console.log(specifier, e.constructor.name, e.message.replace(/\/[^ ]*\/test\/js\/shell\//g, '.../')));
}
