;; Imports from the module that imports it (cycle.mjs): a cycle.
(module
  (import "./cycle.mjs" "hoisted" (func $hoisted (result i32)))
  (func (export "callHoisted") (result i32) (call $hoisted)))
