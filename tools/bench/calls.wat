;; For calls.js (not a kernel: it has no `run`): an exported function that does nothing, and a
;; loop that calls a JS import N times.
(module
  (import "js" "f" (func $f (param i32) (result i32)))
  (func (export "nop") (param i32) (result i32) (local.get 0))
  (func (export "callJs") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (call $f (local.get $n))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $acc)))
