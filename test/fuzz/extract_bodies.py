#!/usr/bin/env python3
"""Seeds for the "body" target: the expression of every function body in the given modules
(locals declaration and final `end` removed), prefixed by a signature byte.
   extract_bodies.py SEED_DIR OUT_DIR"""
import hashlib
import os
import sys


def leb(data, pos):
    value = shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated")
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, pos


def bodies(data):
    if data[:8] != b"\0asm\1\0\0\0":
        return
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, pos = leb(data, pos + 1)
        end = pos + size
        if sid == 10:
            count, p = leb(data, pos)
            for _ in range(count):
                body_size, p = leb(data, p)
                body_end = p + body_size
                groups, q = leb(data, p)
                for _ in range(groups):
                    _, q = leb(data, q)
                    q += 1
                if q < body_end and data[body_end - 1] == 0x0B:
                    yield data[q:body_end - 1]
                p = body_end
        pos = end


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    count = 0
    for name in os.listdir(src):
        with open(os.path.join(src, name), "rb") as f:
            data = f.read()
        try:
            found = list(bodies(data))
        except (ValueError, IndexError):
            continue
        for i, expr in enumerate(found):
            if len(expr) > 4096:
                continue
            seed = bytes([i % 7]) + expr
            digest = hashlib.sha1(seed).hexdigest()
            with open(os.path.join(out, digest), "wb") as f:
                f.write(seed)
            count += 1
    print(f"{count} bodies -> {out} ({len(os.listdir(out))} distinct)")


if __name__ == "__main__":
    main()
