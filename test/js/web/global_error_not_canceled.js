// An 'error' listener that does not call preventDefault() sees the event, and then the shell
// reports the exception as usual and exits 1; an exception inside that listener is reported
// without another event.
addEventListener('error', (event) => {
  console.log('saw', event.message);
});
function fail() {
  throw new Error('not canceled');
}
fail();
