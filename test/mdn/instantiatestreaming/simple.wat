;; simple.wasm of the MDN examples: calls the JavaScript function
;; my_namespace.imported_func with the number 42 when exported_func is called.
(module
  (import "my_namespace" "imported_func" (func $log (param i32)))
  (func (export "exported_func")
    (call $log (i32.const 42))))
