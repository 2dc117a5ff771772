;; 200x200 f64 matrix multiplication: float arithmetic and address computation.
(module
  (memory 16)
  (func $init (local $i i32)
    (loop $l
      (f64.store (i32.shl (local.get $i) (i32.const 3))
                 (f64.convert_i32_u (i32.rem_u (local.get $i) (i32.const 17))))
      (f64.store offset=320000 (i32.shl (local.get $i) (i32.const 3))
                 (f64.convert_i32_u (i32.rem_u (local.get $i) (i32.const 13))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 40000)))))
  (func $multiply (local $i i32) (local $j i32) (local $k i32) (local $sum f64)
    (local.set $i (i32.const 0))
    (loop $li
      (local.set $j (i32.const 0))
      (loop $lj
        (local.set $sum (f64.const 0))
        (local.set $k (i32.const 0))
        (loop $lk
          (local.set $sum
            (f64.add (local.get $sum)
              (f64.mul
                (f64.load (i32.shl (i32.add (i32.mul (local.get $i) (i32.const 200)) (local.get $k)) (i32.const 3)))
                (f64.load offset=320000
                  (i32.shl (i32.add (i32.mul (local.get $k) (i32.const 200)) (local.get $j)) (i32.const 3))))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br_if $lk (i32.lt_u (local.get $k) (i32.const 200))))
        (f64.store offset=640000
          (i32.shl (i32.add (i32.mul (local.get $i) (i32.const 200)) (local.get $j)) (i32.const 3))
          (local.get $sum))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $lj (i32.lt_u (local.get $j) (i32.const 200))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $li (i32.lt_u (local.get $i) (i32.const 200)))))
  (func (export "run") (result f64)
    (local $n i32)
    (call $init)
    (loop $again
      (call $multiply)
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $n) (i32.const 1))))
    (f64.load offset=640000 (i32.const 79992))))
