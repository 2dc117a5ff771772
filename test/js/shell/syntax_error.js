// A syntax error is reported with its location before anything runs.
console.log('not reached');
let x = ;
