// A .json file imported without `assert { type: 'json' }` is not JavaScript: a TypeError that
// names the import's file:line:column and says what to write, exit 1.
import config from './data/config.json';
console.log('not reached', config);
