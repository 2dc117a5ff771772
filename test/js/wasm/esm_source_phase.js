// `import source` (source phase imports) is newer than V8 10.2's parser: a SyntaxError that
// says so and what to write instead; exit 1.
import source addModule from './esm/add.wasm';
console.log('not reached', addModule);
