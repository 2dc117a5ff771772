// An exception in a timer callback is reported with its location and ends the process with
// exit code 1; later timers do not run.
setTimeout(() => {
  console.log('first timer');
  null.property;
}, 0);
setTimeout(() => console.log('never runs'), 10);
