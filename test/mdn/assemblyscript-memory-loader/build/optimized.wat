;; Our WebAssembly text for the lesson's assembly/index.ts:
;;   memory.grow(2); store<u8>(0, 21); store<u8>(1, 99);
;;   export function readMemory(n: i32): i32 { return load<u8>(n); }
;; AssemblyScript runs top-level statements in the module's start function and
;; exports the module's memory as `memory`; the lesson's page reads both.
(module
  (memory (export "memory") 1)
  (func $top_level
    (drop (memory.grow (i32.const 2)))
    (i32.store8 (i32.const 0) (i32.const 21))
    (i32.store8 (i32.const 1) (i32.const 99)))
  (start $top_level)
  (func (export "readMemory") (param $n i32) (result i32)
    (i32.load8_u (local.get $n))))
