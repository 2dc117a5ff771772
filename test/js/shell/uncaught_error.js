// An uncaught exception prints where it was thrown (file:line, the line, a caret) and the
// stack to stderr, and the exit code is 1; nothing after it runs.
console.log('before');
function fail() {
  throw new Error('boom');
}
fail();
console.log('never printed');
