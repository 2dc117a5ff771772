;; memory.wasm of the MDN Memory examples: works on the memory that JavaScript
;; passes in as js.mem and sums 32-bit integers stored in it.
(module
  (import "js" "mem" (memory 1))
  ;; accumulate(ptr, len): the sum of the `len` little-endian i32 values that
  ;; start at byte address `ptr`.
  (func (export "accumulate") (param $ptr i32) (param $len i32) (result i32)
    (local $sum i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (local.get $sum)))
