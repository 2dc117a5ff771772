// A rejection with a non-error value is reported with the value formatted by the console
// formatter.
Promise.reject({ reason: 'not an error', code: 7 });
