;; `linea main.wasm`: calls the exported main, whose result is the exit status.
(module
  (import "./env.mjs" "log" (func $log (param i32)))
  (func (export "main") (result i32) (call $log (i32.const 7)) (i32.const 3)))
