#!/usr/bin/env python3
"""Writes small valid modules whose decoding or instantiation costs memory or time out of all
proportion to their size (the byte mutators of the fuzzers are unlikely to build them, so they
are made by hand; see /work/notes/fuzz-findings.md):

  make_resource_bombs.py tables N OUT   N tables of 10,000,000 funcref elements each: 80 MB of
                                        table per ~6 bytes of module, allocated by instantiation
  make_resource_bombs.py locals N OUT   N functions declaring 50,000 i64 locals each: ~400 KB of
                                        compiled code per 8 bytes of module, allocated by decoding
  make_resource_bombs.py local-writes N OUT
                                        one body of N times `local.get 0; local.get 1;
                                        local.set 0`: compile time quadratic in N
  make_resource_bombs.py br-table T OUT one body of T/10 nested (block (result i32)) and a
                                        br_table of T targets over all of them: compile time
                                        quadratic (T * T/10)

test/fuzz/regressions/tables-unbounded-total-oom.wasm is `tables 30`,
test/fuzz/regressions/locals-frame-init-oom.wasm is `locals 6000`,
test/fuzz/regressions/local-write-scan-quadratic.wasm is `local-writes 60000`,
test/fuzz/regressions/br-table-stubs-quadratic.wasm is `br-table 200000`.
"""
import sys


def leb(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def section(section_id, payload):
    return bytes([section_id]) + leb(len(payload)) + payload


def vec(items):
    return leb(len(items)) + b"".join(items)


HEADER = b"\0asm\1\0\0\0"


def tables(n):
    return HEADER + section(4, vec([b"\x70\x00" + leb(10_000_000)] * n))


def locals_bomb(n):
    types = section(1, vec([b"\x60\x00\x00"]))
    funcs = section(3, vec([b"\x00"] * n))
    exports = section(7, vec([leb(1) + b"f" + b"\x00\x00"]))
    body = b"\x01" + leb(50_000) + b"\x7e" + b"\x0b"
    code = section(10, vec([leb(len(body)) + body] * n))
    return HEADER + types + funcs + exports + code


def one_function(type_entries, body):
    types = section(1, vec(type_entries))
    funcs = section(3, vec([b"\x00"]))
    code = section(10, vec([leb(len(body)) + body]))
    return HEADER + types + funcs + code


def local_writes(n):
    # (func (param i32) (local i32) (local.get 0 local.get 1 local.set 0)*n drop*n)
    expr = b"\x20\x00\x20\x01\x21\x00" * n + b"\x1a" * n
    return one_function([b"\x60\x01\x7f\x00"], b"\x01\x01\x7f" + expr + b"\x0b")


def br_table(t):
    # (func (result i32) (local i32) (block (result i32))*d local.get 0 local.get 0
    #   br_table [0 1 .. d-1 0 1 ..] (t targets) 0  end*d)
    d = t // 10
    targets = b"".join(leb(i % d) for i in range(t))
    expr = (b"\x02\x7f" * d + b"\x20\x00\x20\x00\x0e" + leb(t) + targets + b"\x00" +
            b"\x0b" * d)
    return one_function([b"\x60\x00\x01\x7f"], b"\x01\x01\x7f" + expr + b"\x0b")


def main():
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    makers = {"tables": tables, "locals": locals_bomb, "local-writes": local_writes,
              "br-table": br_table}
    module = makers[kind](n)
    with open(out, "wb") as f:
        f.write(module)
    print(f"{out}: {len(module)} bytes")


if __name__ == "__main__":
    main()
