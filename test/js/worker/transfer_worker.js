onmessage = ({data}) => {
  if (data === 'second') {
    postMessage('second');
    return;
  }
  const {buffer, shared} = data;
  Atomics.store(shared, 1, 99);
  postMessage(`${buffer.constructor.name} of ${buffer.byteLength}: ${new Uint8Array(buffer)}; ` +
      `${shared.constructor.name} over ${shared.buffer.constructor.name}`);
};
