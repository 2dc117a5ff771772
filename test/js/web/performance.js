// performance: now() and timeOrigin, marks and measures (by names, times, and options with
// start/end/duration/detail), getEntries*, clearMarks/clearMeasures, toJSON, errors.
// Expected output: node 20's (times are checked, not printed).
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
const a = performance.mark('a');
const b = performance.mark('b', {detail: {step: 2}, startTime: a.startTime + 5});
const round = (ms) => Math.round(ms * 1000) / 1000;
console.log(a.entryType, a.duration, round(b.startTime - a.startTime), b.detail, a.detail);
const m1 = performance.measure('a to b', 'a', 'b');
const m2 = performance.measure('from a', {start: 'a', duration: 3, detail: 'd'});
const m3 = performance.measure('until b', {end: 'b'});
const m4 = performance.measure('since start');
console.log(round(m1.duration), round(m2.duration), m2.detail, m3.startTime, m3.duration === b.startTime, m4.startTime);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByType('mark').map((e) => e.name),
    performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
console.log(JSON.stringify({...b.toJSON(), startTime: 'x'}), Object.keys(b.toJSON()));
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
performance.clearMarks();
console.log(performance.getEntries().length);
console.log(new PerformanceMark('standalone', {startTime: 1}).startTime, performance.getEntries().length);
for (const [what, attempt] of Object.entries({
  'unknown mark': () => performance.measure('x', 'nope'),
  'negative startTime': () => performance.mark('n', {startTime: -1}),
  'options and end mark': () => performance.measure('x', {start: 0}, 'b'),
  'start, end and duration': () => performance.measure('x', {start: 0, end: 1, duration: 1}),
  'new Performance': () => new Performance(),
  'new PerformanceEntry': () => new PerformanceEntry(),
})) {
  try {
    attempt();
    console.log(what, 'no error');
  } catch (e) {
    console.log(what, e.name);
  }
}
console.log(Object.prototype.toString.call(performance), typeof performance.toJSON().timeOrigin);
