// quit(code) ends the process at once with that exit code: pending timers and microtasks do not
// run, output written so far is flushed.
console.log('before quit');
print('print works too');
setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => console.log('microtask never runs'));
quit(3);
console.log('never printed');
