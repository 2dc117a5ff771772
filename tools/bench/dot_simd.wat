;; dot_scalar.wat vectorized: four i32 lanes per step (i32x4.mul, i32x4.add), the four partial
;; sums added at the end. Wrapping arithmetic makes the result equal to the scalar build's.
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
    (local $rep i32) (local $p i32) (local $sums v128)
    (call $fill)
    (loop $repeat
      (local.set $p (i32.const 0))
      (loop $next
        (local.set $sums (i32x4.add (local.get $sums)
          (i32x4.mul (v128.load (local.get $p)) (v128.load offset=16384 (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br_if $next (i32.lt_u (local.get $p) (i32.const 16384))))
      (local.set $rep (i32.add (local.get $rep) (i32.const 1)))
      (br_if $repeat (i32.lt_u (local.get $rep) (i32.const 2000))))
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $sums)) (i32x4.extract_lane 1 (local.get $sums)))
      (i32.add (i32x4.extract_lane 2 (local.get $sums)) (i32x4.extract_lane 3 (local.get $sums))))))
