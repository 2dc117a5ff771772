importScripts('round_trip_helper.js');
postMessage(describeScope());
self.addEventListener('message', (event) => {
  const data = event.data;
  postMessage(typeof data === 'bigint' ? `bigint ${data}` :
    typeof data === 'string' ? data.toUpperCase() :
    {n: data.n + 1, list: data.list, map: [...data.map], date: data.date instanceof Date});
});
