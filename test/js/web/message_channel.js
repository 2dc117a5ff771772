// MessageChannel: messages cloned and delivered in order as tasks, queued until start() or
// onmessage, transfer of ArrayBuffers, close(), MessageEvent. Expected output: node 20's, except
// that a port whose listener came by addEventListener gets nothing before start(), as HTML has
// it (node starts such a port at once).
const {port1, port2} = new MessageChannel();
const received = [];
port2.onmessage = (event) => {
  received.push(event.data);
  console.log('port2 got', event.data, event.constructor.name, event.target === port2, event.ports.length);
};
const payload = {list: [1, 2], nested: {ok: true}};
port1.postMessage(payload);
port1.postMessage('second');
payload.list.push(3);  // The clone was taken at postMessage.
console.log('posted synchronously; received so far:', received.length);
await new Promise((resolve) => setTimeout(resolve, 10));

const buffer = new Uint8Array([1, 2, 3]).buffer;
const late = new MessageChannel();
late.port2.addEventListener('message', (event) => console.log('after start:', new Uint8Array(event.data)));
late.port1.postMessage(buffer, [buffer]);
console.log('transferred, detached:', buffer.byteLength);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('nothing delivered before start()');
late.port2.start();
await new Promise((resolve) => setTimeout(resolve, 10));

port1.close();
port1.postMessage('after close');
await new Promise((resolve) => setTimeout(resolve, 10));
const event = new MessageEvent('message', {data: 7, origin: 'o', lastEventId: 'i'});
console.log(event.data, event.origin, event.lastEventId, event.source, event.ports);
try {
  port1.postMessage(() => 1);
} catch (e) {
  console.log('uncloneable:', e.name);
}
try {
  new MessagePort();
} catch (e) {
  console.log('new MessagePort:', e.name);
}
port2.close();
late.port1.close();
