const memory = new WebAssembly.Memory({ initial: 1, shared: true });

const u16Array = new Uint16Array(memory.buffer);

u16Array[0] = 42;
