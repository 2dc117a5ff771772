// All tables together hold at most 2^27 elements (a host limit, like the 10,000,000 of one
// table): a tiny module defining 30 tables of 10,000,000 elements each ends in a RangeError
// instead of asking for 2.4 GB.
//
// (module (table 10000000 funcref) ... 30 times)
const table = [0x70, 0x00, 0x80, 0xad, 0xe2, 0x04];  // funcref, min 10000000, no max
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0,
  4, 0xb5, 0x01, 30, ...Array(30).fill(table).flat(),  // table section: 181 bytes
]);
const module = new WebAssembly.Module(bytes);
try {
  new WebAssembly.Instance(module);
  console.log("instantiated");
} catch (e) {
  console.log(e instanceof RangeError, e.message.includes("all tables together"));
}
console.log(new WebAssembly.Table({ element: "anyfunc", initial: 10 }).length);
