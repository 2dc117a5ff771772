// The `value` setter of WebAssembly.Global called with no argument at all. WebIDL's attribute
// setter takes "the given value" as undefined when no argument was passed (it used to throw a
// TypeError), so the setter then runs the JS API steps on undefined: the receiver check, the
// mutability check, and ToWebAssemblyValue(undefined, type), which throws only where undefined
// does not convert (i64 takes ToBigInt64).
load('harness.js');

// (module
//   (global $g (export "g") (mut i32) (i32.const 7))
//   (global (export "f") (mut f64) (f64.const 2.5))
//   (global (export "r") (mut externref) (ref.null extern))
//   (global (export "c") i32 (i32.const 1))
//   (func (export "get") (result i32) (global.get $g)))
const globalsBytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 6, 28, 4, 127, 1, 65, 7, 11,
  124, 1, 68, 0, 0, 0, 0, 0, 0, 4, 64, 11, 111, 1, 208, 111, 11, 127, 0, 65, 1, 11, 7, 23, 5, 1,
  103, 3, 0, 1, 102, 3, 1, 1, 114, 3, 2, 1, 99, 3, 3, 3, 103, 101, 116, 0, 0, 10, 6, 1, 4, 0, 35,
  0, 11
]);

const setter = Object.getOwnPropertyDescriptor(WebAssembly.Global.prototype, 'value').set;
log('setter:', setter.name, 'length', setter.length);

const {exports} = new WebAssembly.Instance(new WebAssembly.Module(globalsBytes));
const made = {
  'exported mut i32': exports.g,
  'exported mut f64': exports.f,
  'exported mut externref': exports.r,
  'exported const i32': exports.c,
  'new mut i32': new WebAssembly.Global({value: 'i32', mutable: true}, 5),
  'new mut f32': new WebAssembly.Global({value: 'f32', mutable: true}, 5),
  'new mut i64': new WebAssembly.Global({value: 'i64', mutable: true}, 5n),
  'new mut externref': new WebAssembly.Global({value: 'externref', mutable: true}, 'x'),
  'new mut anyfunc': new WebAssembly.Global({value: 'anyfunc', mutable: true}, exports.get),
};
for (const [name, global] of Object.entries(made)) {
  attempt(`${name}: setter.call(global)`, () => setter.call(global));
  log(`  value now`, global.value);
}
log('wasm reads the i32 global set with no argument:', exports.get());

// Same as passing undefined explicitly.
const explicit = new WebAssembly.Global({value: 'i32', mutable: true}, 9);
setter.call(explicit, undefined);
log('setter.call(global, undefined) -> value', explicit.value);

// The receiver is still checked first.
attempt('setter.call({})', () => setter.call({}));
attempt('setter.call(undefined)', () => setter.call(undefined));
attempt('setter.call(a Memory)', () => setter.call(new WebAssembly.Memory({initial: 0})));
