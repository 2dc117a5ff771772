;; Imports from a JavaScript module (env.mjs) and from another wasm module (add.wasm); exports
;; a function, its memory, a mutable global, a table, and a "default" export.
(module
  (import "./env.mjs" "log" (func $log (param i32)))
  (import "./env.mjs" "base" (global $base i32))
  (import "./env.mjs" "memory" (memory 1))
  (import "./add.wasm" "add" (func $add (param i32 i32) (result i32)))
  (global $count (export "count") (mut i32) (i32.const 0))
  (table (export "table") 1 funcref)
  (func $bump (export "bump") (result i32)
    (global.set $count (call $add (global.get $count) (i32.const 1)))
    (i32.store (i32.const 0) (global.get $count))
    (call $log (i32.add (global.get $base) (global.get $count)))
    (global.get $count))
  (export "default" (func $bump))
  (export "weird name!" (global $count)))
