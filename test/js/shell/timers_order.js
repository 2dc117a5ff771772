// Browser ordering: the script, then its microtasks, then timers in the order they fall due
// (equal due times in the order they were set), each timer a task followed by its microtasks.
const log = [];
setTimeout(() => log.push('timeout 30'), 30);
setTimeout(() => {
  log.push('timeout 0 a');
  Promise.resolve().then(() => log.push('promise in a'));
  queueMicrotask(() => log.push('queueMicrotask in a'));
}, 0);
setTimeout(() => log.push('timeout 0 b'), 0);
setTimeout(() => log.push('timeout 10'), 10);
setTimeout((x, y) => log.push(`timeout with arguments ${x} ${y}`), 0, 'x', 2);
Promise.resolve().then(() => log.push('promise 1'));
queueMicrotask(() => log.push('queueMicrotask 2'));
Promise.resolve().then(() => Promise.resolve()).then(() => log.push('promise chain'));
log.push('script');
const cleared = setTimeout(() => log.push('cleared timeout ran!'), 5);
clearTimeout(cleared);
setTimeout(() => console.log(log.join('\n')), 60);
