// The Dart formatter of dart2wasm_formatter.js through the package's default path: initAsync()
// fetches dart_fmt.wasm and compiles it with the JS String Builtins (`builtins: ['js-string']`),
// so wasm:js-string's imports are linea's builtins, not the package's JS polyfill.
//
// Run with --location (this file's .flags): the program asks for `globalThis.location.href` at
// start-up (dart2wasm's "_82" import, Uri.base) and keeps the answer as a Dart string; without a
// location (node, or linea running a script without --location) that answer is null, and the
// builtin `length` traps on it as the JS String Builtins proposal says (the package's polyfill
// answers 0 instead, which is why dart2wasm_formatter.js passes without --location).
import initAsync, * as dart from '../../../third_party/npm/dart_fmt/dart_fmt_web.js';

await initAsync();
console.log(dart.format(`void main() { print('Hello, World!'); }`));
console.log(dart.format('class Point{final int x,y;Point(this.x,this.y);}', 'point.dart'));
