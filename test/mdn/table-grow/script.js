const table = new WebAssembly.Table({
  element: "anyfunc",
  initial: 2,
  maximum: 10,
});

console.log(table.length); // 2
table.grow(1);
console.log(table.length); // 3
