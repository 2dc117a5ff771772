// A module whose evaluation throws after a top-level await: reported with its location, exit 1.
console.log('started');
await null;
throw new TypeError('thrown by the module');
