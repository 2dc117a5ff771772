// Imported by ../math.mjs: relative imports resolve against the importing module.
export const scale = (x) => x * 2;
export let evaluations = 0;
evaluations++;
