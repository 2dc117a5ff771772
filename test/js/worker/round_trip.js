// postMessage both ways, the worker's name and global scope, structured clone of the data,
// importScripts, and the process ending once the worker is idle.
const worker = new Worker('round_trip_worker.js', {name: 'echo'});
console.log(Object.prototype.toString.call(worker), typeof worker.terminate);
let replies = 0;
worker.onmessage = (event) => {
  console.log('main got', event.constructor.name, JSON.stringify(event.data));
  if (++replies === 4) console.log('done');
};
worker.postMessage({n: 1, list: [1, 2, 3], map: new Map([['a', 1]]), date: new Date(0)});
worker.postMessage('second');
worker.postMessage(42n);
