// WebAssembly GC: a loop allocating short-lived structs of 4 fields (i32, i64, f64, anyref)
// must run in bounded memory: the collector frees them as allocation goes on. Run by
// gc_stress.test, which measures peak RSS and time; with an argument, the struct count.
const n = typeof scriptArgs !== 'undefined' && scriptArgs.length ? Number(scriptArgs[0]) : 1e7;

// (type $s (struct (field (mut i32)) (field i64) (field f64) (field anyref)))
// (func (export "run") (param $n i32) (result i32) (local $i i32) (local $sum i32)
//   (local $p (ref null $s))
//   (block (loop
//     (br_if 1 (i32.ge_u (local.get $i) (local.get $n)))
//     (local.set $p (struct.new $s (local.get $i) (i64.const 1) (f64.const 2) (ref.null any)))
//     (local.set $sum (i32.add (local.get $sum) (struct.get $s 0 (local.get $p))))
//     (local.set $i (i32.add (local.get $i) (i32.const 1)))
//     (br 0)))
//   (local.get $sum))
const body = [
  0x02, 0x02, 0x7f, 0x01, 0x63, 0x00,  // locals: 2 i32, 1 (ref null 0)
  0x02, 0x40, 0x03, 0x40,  // block loop
  0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01,  // br_if 1 (i32.ge_u $i $n)
  0x20, 0x01, 0x42, 0x01, 0x44, 0, 0, 0, 0, 0, 0, 0, 0x40, 0xd0, 0x6e,  // the fields
  0xfb, 0x00, 0x00, 0x21, 0x03,  // struct.new $s, local.set $p
  0x20, 0x02, 0x20, 0x03, 0xfb, 0x02, 0x00, 0x00, 0x6a, 0x21, 0x02,  // $sum += $p.0
  0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01,  // $i += 1
  0x0c, 0x00, 0x0b, 0x0b,  // br 0, end, end
  0x20, 0x02, 0x0b,  // $sum
];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const bytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [0x02, 0x5f, 0x04, 0x7f, 0x01, 0x7e, 0x00, 0x7c, 0x00, 0x6e, 0x00,
                 0x60, 0x01, 0x7f, 0x01, 0x7f]),
  ...section(3, [0x01, 0x01]),
  ...section(7, [0x01, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x00]),
  ...section(10, [0x01, body.length, ...body]),
]);
const { run } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
const expected = Number(BigInt(n) * BigInt(n - 1) / 2n % 4294967296n) | 0;
const got = run(n);
console.log(`${n} structs: sum ${got === expected ? 'correct' : `wrong: ${got}, expected ${expected}`}`);
