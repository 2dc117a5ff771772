onmessage = ({data: {shared, times}}) => {
  const cells = new Int32Array(shared);
  for (let i = 0; i < times; i++) Atomics.add(cells, 0, 1);
  // A barrier: the last one to finish wakes the other.
  if (Atomics.add(cells, 1, 1) === 1) {
    Atomics.notify(cells, 1);
  } else {
    while (Atomics.load(cells, 1) < 2) Atomics.wait(cells, 1, 1);
  }
  postMessage(`worker done, sees ${Atomics.load(cells, 0) >= 2e6 ? 'both' : 'one'}`);
};
