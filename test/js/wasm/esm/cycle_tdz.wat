;; Imports a `const` of the module that imports it: not yet initialized (ReferenceError).
(module (import "./cycle_tdz.mjs" "late" (global i32)))
