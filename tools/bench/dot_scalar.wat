;; An i32 dot product of two 4096-element arrays, 2000 times: the scalar build of dot_simd.wat
;; (same arrays, same wrapping arithmetic, so the same result). Measures what SIMD saves.
(module
  (memory 1)
  (func $fill
    (local $i i32)
    (loop $next
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.sub (i32.mul (local.get $i) (i32.const 7)) (i32.const 3000)))
      (i32.store offset=16384 (i32.shl (local.get $i) (i32.const 2)) (i32.xor (local.get $i) (i32.const 0x55)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 4096)))))
  (func (export "run") (result i32)
    (local $rep i32) (local $p i32) (local $sum i32)
    (call $fill)
    (loop $repeat
      (local.set $p (i32.const 0))
      (loop $next
        (local.set $sum (i32.add (local.get $sum)
          (i32.mul (i32.load (local.get $p)) (i32.load offset=16384 (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br_if $next (i32.lt_u (local.get $p) (i32.const 16384))))
      (local.set $rep (i32.add (local.get $rep) (i32.const 1)))
      (br_if $repeat (i32.lt_u (local.get $rep) (i32.const 2000))))
    (local.get $sum)))
