;; memory.wasm for the "memory exported by a WebAssembly module" snippet: the
;; module defines its own memory and exports it under the name `memory`. The
;; page does not say what the memory holds; a data segment puts the 32-bit
;; value 42 (little endian) in its first word so the printed first element
;; shows that JavaScript really reads the module's memory.
(module
  (memory (export "memory") 1)
  (data (i32.const 0) "\2a\00\00\00"))
