const memory = new WebAssembly.Memory({
  initial: 10,
  maximum: 100,
  shared: true,
});
