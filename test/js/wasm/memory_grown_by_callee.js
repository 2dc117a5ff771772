// A memory grown while a caller waits (by its wasm callee, by a host function it or a callee calls
// or tail-calls, or two frames down): the caller then accesses the new pages. The interpreter keeps
// the memory's base and size in registers across returns (runtime/interpreter/interpreter.cc),
// so every path that can grow the memory must leave them current.
load("harness.js");

// (module
//   (import "env" "grow" (func $grow))
//   (memory (export "mem") 1)
//   (func $callee_grows (call $grow))
//   (func $tail_grows (return_call $grow))
//   (func $wasm_grows (drop (memory.grow (i32.const 1))))
//   (func $nested_grows (call $callee_grows))
//   ;; Stores and loads the last word of the memory as it is now (out of bounds for a stale size),
//   ;; plus 100 x word 0, which the host writes after growing (a stale base would not see it).
//   (func $last_word (result i32) (local $a i32)
//     (local.set $a (i32.sub (i32.shl (memory.size) (i32.const 16)) (i32.const 4)))
//     (i32.store (local.get $a) (i32.const 7))
//     (i32.add (i32.load (local.get $a)) (i32.mul (i32.load (i32.const 0)) (i32.const 100))))
//   (func (export "afterCall") (result i32) (call $callee_grows) (call $last_word))
//   (func (export "afterTailCall") (result i32) (call $tail_grows) (call $last_word))
//   (func (export "afterWasmGrow") (result i32) (call $wasm_grows) (call $last_word))
//   (func (export "afterNested") (result i32) (call $nested_grows) (call $last_word)))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 0, 0, 96, 0, 1, 127, 2, 12, 1, 3, 101, 110, 118, 4,
  103, 114, 111, 119, 0, 0, 3, 10, 9, 0, 0, 0, 0, 1, 1, 1, 1, 1, 5, 3, 1, 0, 1, 7, 65, 5, 3, 109,
  101, 109, 2, 0, 9, 97, 102, 116, 101, 114, 67, 97, 108, 108, 0, 6, 13, 97, 102, 116, 101, 114,
  84, 97, 105, 108, 67, 97, 108, 108, 0, 7, 13, 97, 102, 116, 101, 114, 87, 97, 115, 109, 71,
  114, 111, 119, 0, 8, 11, 97, 102, 116, 101, 114, 78, 101, 115, 116, 101, 100, 0, 9, 10, 89, 9,
  4, 0, 16, 0, 11, 4, 0, 18, 0, 11, 7, 0, 65, 1, 64, 0, 26, 11, 4, 0, 16, 1, 11, 36, 1, 1, 127,
  63, 0, 65, 16, 116, 65, 4, 107, 33, 0, 32, 0, 65, 7, 54, 2, 0, 32, 0, 40, 2, 0, 65, 0, 40, 2,
  0, 65, 228, 0, 108, 106, 11, 6, 0, 16, 1, 16, 5, 11, 6, 0, 16, 2, 16, 5, 11, 6, 0, 16, 3, 16,
  5, 11, 6, 0, 16, 4, 16, 5, 11
]);
let memory;
const { exports: e } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
  env: {
    grow: () => {
      memory.grow(1);
      new Int32Array(memory.buffer)[0] = pages();
    }
  }
});
memory = e.mem;
const pages = () => memory.buffer.byteLength / 65536;

attempt('afterCall (host grows, called by a wasm callee)', () => `${e.afterCall()}, ${pages()} pages`);
attempt('afterTailCall (host grows, tail-called)', () => `${e.afterTailCall()}, ${pages()} pages`);
attempt('afterWasmGrow (memory.grow in the callee)', () => `${e.afterWasmGrow()}, ${pages()} pages`);
attempt('afterNested (host grows two frames down)', () => `${e.afterNested()}, ${pages()} pages`);
