const table = new WebAssembly.Table({ element: "externref", minimum: 2 });
const newTable = new WebAssembly.Table(table.type());
console.log(newTable.length); // 2
