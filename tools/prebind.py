#!/usr/bin/env python3
"""Binds a shared library's references to its own symbols ahead of time (what `-Bsymbolic`
would have done at link time), so the dynamic loader need not look them up at every start.

    tools/prebind.py LIBRARY.so     # rewrites LIBRARY.so in place; prints what it did

Why: Debian's libnode.so is linked with BIND_NOW and exports ~90,000 symbols, and ~47,000 of its
relocations name symbols libnode itself defines. glibc looks each one up by name in every
process (hash, bloom filter, chain, strcmp, mostly cache misses): 60% of `linea -e 0`'s CPU
time. This rewrites each such relocation as R_X86_64_RELATIVE, whose value the loader computes
without a lookup: the same address, as long as the lookup would have found the library's own
definition. That holds for its strong (STB_GLOBAL) definitions: no other object in linea's
processes defines them (only the executable is searched before libnode, and an executable
defines no strong V8 symbol without breaking the one-definition rule). Left to the loader:
weak and unique definitions (inline functions, templates, vtables, which executables may define
too), IFUNC, TLS and absolute symbols, and references to other libraries.

Idempotent: a rewritten library has no such relocation left.
"""

import os
import struct
import sys

SHT_DYNSYM, SHT_RELA, SHT_DYNAMIC = 11, 4, 6
SHN_UNDEF, SHN_ABS = 0, 0xFFF1
STB_GLOBAL = 1
STT_TLS, STT_GNU_IFUNC = 6, 10
R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT, R_X86_64_RELATIVE = 1, 6, 7, 8
DT_FLAGS, DT_FLAGS_1, DF_BIND_NOW, DF_1_NOW = 30, 0x6FFFFFFB, 0x8, 0x1


def sections(data):
    """(type, offset, size, entsize) of each section header."""
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    for i in range(shnum):
        _, sh_type, _, _, offset, size, _, _, _, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize)
        yield sh_type, offset, size, entsize


def binds_now(data, dynamic):
    """Whether the library asks for all its relocations at load time: a RELATIVE entry among
    the PLT relocations is only valid then (lazy binding expects JUMP_SLOT there)."""
    _, offset, size, _ = dynamic
    for tag, value in struct.iter_unpack("<qQ", data[offset:offset + size]):
        if (tag == DT_FLAGS and value & DF_BIND_NOW) or (tag == DT_FLAGS_1 and value & DF_1_NOW):
            return True
    return False


def prebind(data):
    """Rewrites `data` (a bytearray holding an x86-64 ELF shared library); returns the count of
    relocations rewritten, or raises ValueError when the library is not one this can handle."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF file")
    e_type, e_machine = struct.unpack_from("<HH", data, 0x10)
    if e_type != 3 or e_machine != 62:
        raise ValueError("not an x86-64 shared library")
    found = list(sections(data))
    dynsyms = [s for s in found if s[0] == SHT_DYNSYM]
    dynamics = [s for s in found if s[0] == SHT_DYNAMIC]
    if len(dynsyms) != 1 or len(dynamics) != 1:
        raise ValueError("expected one .dynsym and one .dynamic")
    if not binds_now(data, dynamics[0]):
        raise ValueError("the library binds lazily; its PLT relocations must stay JUMP_SLOT")
    _, sym_offset, sym_size, sym_entsize = dynsyms[0]
    symbols = [struct.unpack_from("<IBBHQQ", data, sym_offset + i * sym_entsize)
               for i in range(sym_size // sym_entsize)]
    rewritten = 0
    for sh_type, offset, size, entsize in found:
        if sh_type != SHT_RELA:
            continue
        for at in range(offset, offset + size, entsize):
            r_offset, r_info, r_addend = struct.unpack_from("<QQq", data, at)
            kind, index = r_info & 0xFFFFFFFF, r_info >> 32
            if kind not in (R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT) or index == 0:
                continue
            _, st_info, _, st_shndx, st_value, _ = symbols[index]
            if (st_shndx in (SHN_UNDEF, SHN_ABS) or st_info >> 4 != STB_GLOBAL or
                    st_info & 0xF in (STT_TLS, STT_GNU_IFUNC)):
                continue
            # The loader writes base + value (+ addend for R_X86_64_64; GOT and PLT slots take
            # the symbol's address alone): RELATIVE writes base + addend.
            addend = st_value + (r_addend if kind == R_X86_64_64 else 0)
            struct.pack_into("<QQq", data, at, r_offset, R_X86_64_RELATIVE, addend)
            rewritten += 1
    return rewritten


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    with open(path, "rb") as f:
        data = bytearray(f.read())
    try:
        rewritten = prebind(data)
    except ValueError as error:
        print(f"prebind: {path}: {error}", file=sys.stderr)
        return 1
    if rewritten:
        with open(path + ".prebind", "wb") as f:
            f.write(data)
        os.chmod(path + ".prebind", os.stat(path).st_mode)
        os.replace(path + ".prebind", path)
        print(f"prebind: {path}: {rewritten} relocations bound to the library's own symbols")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
