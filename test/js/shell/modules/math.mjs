// Imported by module_import.mjs.
import { scale } from './nested/scale.mjs';

export function add(a, b) {
  return a + b;
}
export const scaled = scale(21);
export default function triple(x) {
  return x * 3;
}
export const url = import.meta.url;
