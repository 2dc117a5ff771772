// The WebIDL shape of Module, Instance, Memory, Table and Global: interface objects,
// prototype objects, the attributes of every member, 'new' required, brand checks of every
// operation and attribute, required argument counts, subclassing.
load('harness.js');

// WebIDL shape of every interface: the interface object, its prototype object, their members.
const interfaces = ['Module', 'Instance', 'Memory', 'Table', 'Global'];
for (const name of interfaces) {
  const I = WebAssembly[name];
  log(`--- WebAssembly.${name}`);
  log('typeof:', typeof I, '; [[Prototype]] is Function.prototype:', Object.getPrototypeOf(I) === Function.prototype);
  log('own keys:', Reflect.ownKeys(I).map(String).join(', '));
  for (const key of Reflect.ownKeys(I)) log(' ', String(key), describe(I, key).replace(/\[object .*\]/, '(prototype object)'));
  const proto = I.prototype;
  log('prototype: [[Prototype]] is Object.prototype:', Object.getPrototypeOf(proto) === Object.prototype,
      '; toString:', Object.prototype.toString.call(proto));
  for (const key of Reflect.ownKeys(proto)) log('  prototype.' + String(key), describe(proto, key));
  log('constructor is the interface object:', proto.constructor === I);
  attempt(`WebAssembly.${name}() without new`, () => I({initial: 1}));
}

// Brand checks: every operation and attribute of a prototype refuses other receivers.
const memory = new WebAssembly.Memory({initial: 1});
const table = new WebAssembly.Table({element: 'anyfunc', initial: 1});
const global = new WebAssembly.Global({value: 'i32', mutable: true});
const members = [
  ['Memory', 'grow', [0]], ['Memory', 'buffer'],
  ['Table', 'grow', [0]], ['Table', 'get', [0]], ['Table', 'set', [0, null]], ['Table', 'length'],
  ['Global', 'valueOf', []], ['Global', 'value'],
  ['Instance', 'exports'],
];
const receivers = [['{}', {}], ['undefined', undefined], ['a Memory', memory], ['a Table', table],
                   ['a Global', global], ['Object.create(prototype)', null]];
for (const [iface, member, args] of members) {
  const proto = WebAssembly[iface].prototype;
  const d = Object.getOwnPropertyDescriptor(proto, member);
  for (const [label, value] of receivers) {
    const receiver = value === null ? Object.create(proto) : value;
    if (args) {
      attempt(`${iface}.prototype.${member}.call(${label})`, () => d.value.call(receiver, ...args));
    } else {
      attempt(`get ${iface}.prototype.${member} on ${label}`, () => d.get.call(receiver));
      if (d.set) attempt(`set ${iface}.prototype.${member} on ${label}`, () => d.set.call(receiver, 1));
    }
  }
  attempt(`${iface}.prototype.${member} on the prototype itself`, () => proto[member]);
}
// Static operations check their argument instead.
for (const op of ['exports', 'imports', 'customSections']) {
  attempt(`Module.${op}({}, "")`, () => WebAssembly.Module[op]({}, ''));
  attempt(`Module.${op}(a Memory, "")`, () => WebAssembly.Module[op](memory, ''));
}
attempt('new Instance({})', () => new WebAssembly.Instance({}));
attempt('new Instance(Object.create(Module.prototype))', () => new WebAssembly.Instance(Object.create(WebAssembly.Module.prototype)));

// Required arguments.
attempt('new Module()', () => new WebAssembly.Module());
attempt('new Instance()', () => new WebAssembly.Instance());
attempt('new Memory()', () => new WebAssembly.Memory());
attempt('new Table()', () => new WebAssembly.Table());
attempt('new Global()', () => new WebAssembly.Global());
attempt('memory.grow()', () => memory.grow());
attempt('table.grow()', () => table.grow());
attempt('table.get()', () => table.get());
attempt('table.set()', () => table.set());
attempt('Module.exports()', () => WebAssembly.Module.exports());
attempt('Module.customSections(module)', () => WebAssembly.Module.customSections(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))));

// Subclassing: new.target's prototype is used, the brand is the interface's.
class MyMemory extends WebAssembly.Memory {
  pages() { return this.buffer.byteLength / 65536; }
}
const mine = new MyMemory({initial: 2});
log('subclass: instanceof', mine instanceof MyMemory, mine instanceof WebAssembly.Memory,
    '; pages()', mine.pages(), '; toString', Object.prototype.toString.call(mine));
const viaReflect = Reflect.construct(WebAssembly.Global, [{value: 'i32'}, 7], Object);
log('Reflect.construct with newTarget Object: prototype is Object.prototype:',
    Object.getPrototypeOf(viaReflect) === Object.prototype,
    '; still a Global:', WebAssembly.Global.prototype.valueOf.call(viaReflect));
log('instances are extensible:', Object.isExtensible(memory), '; own keys:', Reflect.ownKeys(memory).length);
