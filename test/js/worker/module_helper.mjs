export const twice = (x) => 2 * x;
export const thrice = (x) => 3 * x;
