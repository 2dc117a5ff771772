;; A tight loop of 64-bit arithmetic on locals (an LCG): dispatch and local access.
(module
  (func (export "run") (result i64)
    (local $i i32) (local $x i64)
    (local.set $x (i64.const 1))
    (loop $next
      (local.set $x (i64.add (i64.mul (local.get $x) (i64.const 6364136223846793005))
                             (i64.const 1442695040888963407)))
      (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 29))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 10000000))))
    (local.get $x)))
