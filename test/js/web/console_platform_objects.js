// console.log of platform objects shows the values of their attributes (base interface first),
// as a browser's console does, instead of `URL {}`; prototypes and objects that only inherit
// from an interface without being one show no values. (node formats each class its own way,
// so this output is linea's, not node's.)
console.log(new URL('https://user@example.org:8080/p?q=1#h'));
console.log(new TextDecoder('latin1', {fatal: true}), new Blob(['abc'], {type: 'text/plain'}));
console.log(new File(['x'], 'a.txt', {lastModified: 7}));
console.log(new AbortController(), AbortSignal.abort('why'));
console.log(performance.mark('m', {startTime: 2, detail: [1]}));
console.log(new CustomEvent('ping', {detail: 1}).type, new ReadableStream(), new CountQueuingStrategy({highWaterMark: 1}));
console.log(Object.create(URL.prototype), Object.keys(new URL('http://a/')));
