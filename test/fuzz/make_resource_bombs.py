#!/usr/bin/env python3
"""Writes tiny valid modules whose decoding or instantiation costs memory out of all
proportion to their size (the byte mutators of the fuzzers are unlikely to build them, so they
are made by hand; see /work/notes/fuzz-findings.md):

  make_resource_bombs.py tables N OUT   N tables of 10,000,000 funcref elements each: 80 MB of
                                        table per ~6 bytes of module, allocated by instantiation
  make_resource_bombs.py locals N OUT   N functions declaring 50,000 i64 locals each: ~400 KB of
                                        compiled code per 8 bytes of module, allocated by decoding

test/fuzz/regressions/tables-unbounded-total-oom.wasm is `tables 30`,
test/fuzz/regressions/locals-frame-init-oom.wasm is `locals 6000`.
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


def main():
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    module = {"tables": tables, "locals": locals_bomb}[kind](n)
    with open(out, "wb") as f:
        f.write(module)
    print(f"{out}: {len(module)} bytes")


if __name__ == "__main__":
    main()
