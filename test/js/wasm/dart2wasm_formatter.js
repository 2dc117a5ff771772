// A real WebAssembly GC program: the Dart formatter (dart_style) compiled by dart2wasm, as the
// npm package @wasm-fmt/dart_fmt 0.4.0 ships it (third_party/npm/dart_fmt, pinned in DEPS and
// unpacked by tools/sync_deps), run unmodified through its documented `./web` entry point.
// It uses structs, arrays, i31, casts, exceptions and JS interop with wasm objects crossing as
// externrefs (array wrappers passed back to wasm: JS API ToWebAssemblyValue externalizes them).
//
// Expected output: the package's README ("Usage": format(`void main() { print('Hello, World!');
// }`)) and the Dart formatter's documented style. node 20 cannot run it: its V8 11.3 knows only
// the pre-final GC encoding ("CompileError: WebAssembly.Module(): Unknown type code 0x50").
//
// The module is given to initSync compiled without the js-string builtins compile option, so
// the package's own JS polyfill of wasm:js-string runs; dart2wasm_formatter_builtins.js runs
// the builtins path (it needs a `location`, as in a browser: see there).
import * as dart from '../../../third_party/npm/dart_fmt/dart_fmt_web.js';

const wasm = new URL('../../../third_party/npm/dart_fmt/dart_fmt.wasm', import.meta.url);
dart.initSync(new WebAssembly.Module(await (await fetch(wasm)).arrayBuffer()));
console.log(dart.format(`void main() { print('Hello, World!'); }`));
console.log(dart.format('class Point{final int x,y;Point(this.x,this.y);}', 'point.dart'));
try {
  dart.format('void main( {', 'broken.dart');
} catch (e) {
  console.log('syntax error reported:', e instanceof Error);
}
