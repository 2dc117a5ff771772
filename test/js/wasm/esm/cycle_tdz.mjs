import './cycle_tdz.wasm';
export const late = 1;
