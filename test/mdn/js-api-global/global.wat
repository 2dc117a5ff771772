;; global.wasm of the MDN Global examples: reads and increments the mutable i32
;; global that JavaScript passes in as js.global.
(module
  (import "js" "global" (global $g (mut i32)))
  (func (export "getGlobal") (result i32)
    (global.get $g))
  (func (export "incGlobal")
    (global.set $g (i32.add (global.get $g) (i32.const 1)))))
