"""The GC kernel of tools/bench/run.py's `gc` section, in two binary encodings of one program.

node 20's V8 (11.3) decodes only the GC proposal's pre-final encoding (behind
--experimental-wasm-gc): other reference-type bytes and opcode numbers than the final 3.0 ones
linea implements, and wabt's wat2wasm (1.0.32) assembles neither. So the program below is
encoded here twice, differing only in those bytes (V8 11.3 values: `ref null` 0x6c, struct.new
0xfb07, struct.get 0xfb03; final: 0x63, 0xfb00, 0xfb02), and both engines run the same
instructions.

(module
  (type $s (struct (field (mut i32)) (field i64) (field f64) (field anyref)))
  (func (export "run") (result i32) (local $i i32) (local $sum i32) (local $p (ref null $s))
    (block (loop
      (br_if 1 (i32.ge_u (local.get $i) (i32.const 10000000)))
      (local.set $p (struct.new $s (local.get $i) (i64.const 1) (f64.const 2) (ref.null any)))
      (local.set $sum (i32.add (local.get $sum) (struct.get $s 0 (local.get $p))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br 0)))
    (local.get $sum)))

10^7 structs of 4 fields (24 bytes of fields each, 240 MB in all) allocated and dropped: the
result is the sum of 0..10^7-1 modulo 2^32 as an i32, -2014260032.
"""

ENCODINGS = {
    "final": {"ref_null": 0x63, "struct_new": [0xFB, 0x00], "struct_get": [0xFB, 0x02]},
    "v8-11.3": {"ref_null": 0x6C, "struct_new": [0xFB, 0x07], "struct_get": [0xFB, 0x03]},
}
COUNT = 10_000_000
EXPECTED = str((COUNT * (COUNT - 1) // 2 % 2**32) - 2**32)


def leb(n):
    out = []
    while True:
        byte = n & 0x7F
        n >>= 7
        if (n == 0 and not byte & 0x40) or (n == -1 and byte & 0x40):
            return out + [byte]
        out.append(byte | 0x80)


def section(section_id, payload):
    return [section_id, *leb(len(payload)), *payload]


def module(encoding):
    e = ENCODINGS[encoding]
    body = [
        0x02, 0x02, 0x7F, 0x01, e["ref_null"], 0x00,  # locals: 2 i32, 1 (ref null $s)
        0x02, 0x40, 0x03, 0x40,  # block loop
        0x20, 0x00, 0x41, *leb(COUNT), 0x4F, 0x0D, 0x01,  # br_if 1 (i32.ge_u $i COUNT)
        0x20, 0x00, 0x42, 0x01, 0x44, 0, 0, 0, 0, 0, 0, 0, 0x40, 0xD0, 0x6E,  # the fields
        *e["struct_new"], 0x00, 0x21, 0x02,  # struct.new $s, local.set $p
        0x20, 0x01, 0x20, 0x02, *e["struct_get"], 0x00, 0x00, 0x6A, 0x21, 0x01,  # $sum += $p.0
        0x20, 0x00, 0x41, 0x01, 0x6A, 0x21, 0x00,  # $i += 1
        0x0C, 0x00, 0x0B, 0x0B,  # br 0, end, end
        0x20, 0x01, 0x0B,  # $sum
    ]
    return bytes([
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
        *section(1, [0x02, 0x5F, 0x04, 0x7F, 0x01, 0x7E, 0x00, 0x7C, 0x00, 0x6E, 0x00,
                     0x60, 0x00, 0x01, 0x7F]),
        *section(3, [0x01, 0x01]),
        *section(7, [0x01, 0x03, 0x72, 0x75, 0x6E, 0x00, 0x00]),
        *section(10, [0x01, *leb(len(body)), *body]),
    ])


def write(encoding, path):
    with open(path, "wb") as f:
        f.write(module(encoding))
    return path
