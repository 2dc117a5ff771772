onmessage = ({data: {module, rounds, id}}) => {
  let ok = 0;
  for (let i = 0; i < rounds; i++) {
    const {exports} = new WebAssembly.Instance(module);
    const value = {id, i};
    exports.t.set(i % 4, value);
    exports.g.value = value;
    if (exports.f() === value && exports.t.get(i % 4) === value) ok++;
  }
  postMessage(`worker ${id}: ${ok} of ${rounds} ok`);
};
