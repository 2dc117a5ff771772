WebAssembly.instantiateStreaming(fetch("memory.wasm")).then((obj) => {
  var i32 = new Uint32Array(obj.instance.exports.memory.buffer);
  console.log(i32[0]);
});
