// cli.test runs this .mjs file without --module: top-level await and import work.
import { scale } from './nested/scale.mjs';
console.log('module', scale(await Promise.resolve(21)));
