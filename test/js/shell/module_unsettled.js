// A top-level await that can never settle (nothing left to run) ends with exit code 13, as in node.
console.log('waiting forever');
await new Promise(() => {});
console.log('not reached');
