// An error thrown by TextDecoder is reported at the user's line that called it, not inside
// linea's own JavaScript; exit 1.
function makeDecoder(label) {
  return new TextDecoder(label);
}
console.log(new TextDecoder('latin1').encoding);
makeDecoder('no-such-encoding');
