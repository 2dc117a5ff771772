onmessage = ({data: cells}) => {
  // Long enough for the main thread to be asleep by then.
  const until = Date.now() + 50;
  while (Date.now() < until);
  Atomics.store(cells, 0, 7);
  Atomics.notify(cells, 0);
};
