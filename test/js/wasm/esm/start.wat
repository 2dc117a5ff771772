;; `linea start.wasm`: calls _start (preferred over main).
(module
  (import "./env.mjs" "log" (func $log (param i32)))
  (func (export "_start") (call $log (i32.const 1)))
  (func (export "main") (result i32) (call $log (i32.const 2)) (i32.const 9)))
