const global = new WebAssembly.Global({ value: "i32", mutable: true }, 0);
