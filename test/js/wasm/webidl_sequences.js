// WebIDL sequence<T> arguments take any iterable (a Set, a generator), and a non-iterable is a
// TypeError: the compile options' builtins (sequence<USVString>) and WebAssembly.Function's
// parameters and results (sequence<ValueType>).
const set = new Set(['js-string']);
console.log(WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0]), { builtins: set }));
try { WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0]), { builtins: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
function* params() { yield 'i32'; yield 'i32'; }
const f = new WebAssembly.Function({ parameters: params(), results: new Set(['i32']) }, (a, b) => a + b);
console.log(f(2, 3), JSON.stringify(f.type()));
try { new WebAssembly.Function({ parameters: 7, results: [] }, () => 0); } catch (e) { console.log(e.constructor.name, e.message); }
