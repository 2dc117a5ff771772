;; table.wasm of the MDN Table examples: exports a table `tbl` whose element 0
;; is a function returning 13 and element 1 a function returning 42.
(module
  (func $thirteen (result i32) (i32.const 13))
  (func $forty_two (result i32) (i32.const 42))
  (table $tbl (export "tbl") 2 funcref)
  (elem (table $tbl) (i32.const 0) func $thirteen $forty_two))
