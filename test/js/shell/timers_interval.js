// setInterval repeats until cleared (from inside its own callback here); ids are positive
// integers shared with setTimeout; a string handler is run as code; the process ends when no
// timer is left.
let count = 0;
const id = setInterval(() => {
  count++;
  if (count === 3) {
    clearInterval(id);
    setTimeout(() => console.log('interval ran', count, 'times'), 20);
  }
}, 1);
const other = setTimeout(() => {}, 0);
console.log(typeof id, id > 0, other > id);
globalThis.fromString = 0;
setTimeout('fromString += 1; console.log("string handler", fromString)', 0);
clearTimeout(12345);  // Unknown ids are ignored.
clearInterval(other);  // clearInterval clears timeouts too.
