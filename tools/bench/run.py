#!/usr/bin/env python3
"""Side-by-side benchmark of linea's interpreter against peers running the same .wasm:

  - wabt's wasm-interp (an interpreter, like ours; timed as a whole process),
  - node (V8's optimizing JIT, and with --liftoff-only its baseline compiler).

Each .wat here exports `run`; each peer runs it REPEAT times and the best time counts.
Prints a table of times and linea's ratio to each peer (ratio > 1: linea is slower).
A NAME.c (exporting `run` with EMSCRIPTEN_KEEPALIVE) runs as NAME.scalar and NAME.simd: its
Emscripten builds without and with -msimd128.
Usage: tools/bench/run.py [--linea out/release/linea] [--repeat 3] [NAME...]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def js_time(command):
    """Runs bench.js under `command`; returns (result, ms measured inside the engine)."""
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return out[0], float(out[1])


def process_time(command):
    """Runs wasm-interp --run-all-exports; returns (run's result, ms for the whole process)."""
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    elapsed = (time.perf_counter() - start) * 1000
    # "run() => i32:4294967295": other exports (Emscripten's) print lines too; integers print
    # unsigned, JS shows them signed.
    line = next(line for line in out.splitlines() if line.startswith("run("))
    kind, _, value = line.split("=> ")[-1].partition(":")
    bits = {"i32": 32, "i64": 64}.get(kind)
    if bits and int(value) >= 2 ** (bits - 1):
        value = str(int(value) - 2**bits)
    return value, elapsed


def normalize(result):
    """Peers print numbers differently (9577 vs 9577.000000); compare values."""
    try:
        return float(result) if "." in result else int(result)
    except ValueError:
        return result


# A NAME.c is built twice by Emscripten: NAME.scalar without and NAME.simd with -msimd128, both
# -O3 (clang vectorizes there). Linked at -O0: Debian's emcc cannot run its JS optimizer, and
# the link step would only shrink the JS glue, which is not used (STANDALONE_WASM).
C_BUILDS = {".scalar": [], ".simd": ["-msimd128"]}


def build_wasm(name, wasm, tmp):
    base, build = os.path.splitext(name)
    if build in C_BUILDS and os.path.exists(os.path.join(HERE, base + ".c")):
        obj = os.path.join(tmp, name + ".o")
        flags = C_BUILDS[build]
        subprocess.run(["emcc", "-O3", *flags, "-c", os.path.join(HERE, base + ".c"), "-o", obj],
                       check=True)
        subprocess.run(["emcc", "-O0", *flags, obj, "-sSTANDALONE_WASM", "--no-entry", "-o",
                        wasm], check=True)
    else:
        subprocess.run(["wat2wasm", os.path.join(HERE, name + ".wat"), "-o", wasm], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--linea", default=os.path.join(ROOT, "out", "release", "linea"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or sorted(
        [f[:-4] for f in os.listdir(HERE) if f.endswith(".wat")] +
        [f[:-2] + build for f in os.listdir(HERE) if f.endswith(".c") for build in C_BUILDS])
    bench_js = os.path.join(HERE, "bench.js")
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name in names:
            wasm = os.path.join(tmp, name + ".wasm")
            build_wasm(name, wasm, tmp)
            peers = {
                "linea": lambda: js_time([args.linea, bench_js, wasm]),
                "wasm-interp": lambda: process_time(["wasm-interp", wasm, "--run-all-exports"]),
                "node": lambda: js_time(["node", bench_js, wasm]),
                "node-liftoff": lambda: js_time(["node", "--liftoff-only", bench_js, wasm]),
            }
            times = {}
            for peer, measure in peers.items():
                best = None
                for _ in range(args.repeat):
                    result, ms = measure()
                    best = ms if best is None else min(best, ms)
                times[peer] = (result, best)
            rows.append((name, times))
        header = f"{'benchmark':<10}" + "".join(f"{p:>14}" for p in rows[0][1]) + \
            "".join(f"{'/' + p:>14}" for p in list(rows[0][1])[1:])
        print(header)
        for name, times in rows:
            results = {normalize(r) for r, _ in times.values()}
            line = f"{name:<10}" + "".join(f"{ms:>12.0f}ms" for _, ms in times.values())
            linea_ms = times["linea"][1]
            line += "".join(f"{linea_ms / ms:>13.2f}x" for p, (_, ms) in times.items()
                            if p != "linea")
            if len(results) != 1:
                line += f"  RESULTS DIFFER: {results}"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
