// A static import of a missing file fails before any of the module runs: exit code 1.
import { nothing } from './modules/missing.mjs';
console.log('not reached');
