;; wat2wasm-flags: --debug-names
;; simple-name-section.wasm of the MDN customSections example: simple.wasm
;; compiled with wabt's --debug-names, so that it carries a "name" custom
;; section naming the module's functions and their parameters.
(module
  (import "my_namespace" "imported_func" (func $imported_func (param $value i32)))
  (func $exported_func (export "exported_func")
    (call $imported_func (i32.const 42))))
