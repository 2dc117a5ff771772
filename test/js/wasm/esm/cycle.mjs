// A JavaScript module and a wasm module importing each other: the wasm module is evaluated
// first, and its import of a hoisted function declaration is already initialized.
import { callHoisted } from './cycle.wasm';
export function hoisted() {
  return 42;
}
export const viaWasm = callHoisted();
