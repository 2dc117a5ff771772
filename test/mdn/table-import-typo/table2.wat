;; table2.wasm of the MDN Table examples: fills the two slots of the table that
;; JavaScript passes in as js.tbl with functions returning 42 and 83.
(module
  (import "js" "tbl" (table 2 funcref))
  (func $forty_two (result i32) (i32.const 42))
  (func $eighty_three (result i32) (i32.const 83))
  (elem (i32.const 0) $forty_two $eighty_three))
