// console.log and console.dir of WebAssembly objects, as node 20 prints them (the .out file is
// node 20's output, but for Memory.prototype's `type` of the type reflection proposal, which node
// lacks). An exported function's name is its function index (JS API spec), not the
// name section's.
// (module (func $answer (result i32) i32.const 42) (table $tab 1 funcref) (memory $mem 1)
//   (global $g (mut i32) (i32.const 5)) (export "mem" (memory $mem))
//   (export "fort" (func $answer)) (export "tab" (table $tab)) (export "g" (global $g))
//   (export "run" (func $answer)))   -- with a name section
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,127,3,2,1,0,4,4,1,112,0,1,5,3,1,0,1,6,6,1,127,1,65,5,11,7,30,5,3,109,101,109,2,0,4,102,111,114,116,0,0,3,116,97,98,1,0,1,103,3,0,3,114,117,110,0,0,10,6,1,4,0,65,42,11,0,43,4,110,97,109,101,1,9,1,0,6,97,110,115,119,101,114,2,3,1,0,0,5,6,1,0,3,116,97,98,6,6,1,0,3,109,101,109,7,4,1,0,1,103]);
const mod = new WebAssembly.Module(bytes);
const inst = new WebAssembly.Instance(mod);
const {mem, fort, tab, g} = inst.exports;
console.log(mod);
console.log(inst);
console.log(inst.exports);
console.log(fort, fort.name, fort.length, typeof fort);
console.log(mem);
console.log(tab);
console.log(g);
console.log(new WebAssembly.Memory({initial: 1, maximum: 2}));
console.log(new WebAssembly.Table({initial: 2, element: 'externref'}));
console.log(new WebAssembly.Global({value: 'i64'}, 7n));
console.log([fort, mod, inst]);
console.log({memory: mem, table: tab, global: g, fn: fort});
console.log(new Map([['memory', mem]]), new Set([inst]));
console.log(tab.get(0));
tab.set(0, fort);
console.log(tab.get(0), tab.get(0) === fort);
console.log('%o', mem);
console.log('%O', {inst});
console.log('%s', inst);
console.log(String(inst), String(mem), Object.prototype.toString.call(g));
console.dir(inst, {depth: 0});
console.dir({outer: {exports: inst.exports}}, {depth: 0});
console.dir({outer: {exports: inst.exports}}, {depth: 1});
console.dir({outer: {inner: {deeper: {deepest: mem}}}}, {depth: null});
console.dir({outer: {inner: {deeper: {deepest: mem}}}});
console.log(Object.getPrototypeOf(mem));
console.log(WebAssembly.Memory, WebAssembly.Instance, WebAssembly.Module.name);
console.log(mem.buffer.byteLength, g.value, fort());
const extra = new WebAssembly.Memory({initial: 0});
extra.label = 'with a key';
console.log(extra);
