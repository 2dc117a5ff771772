#!/usr/bin/env python3
"""Side-by-side benchmark of linea's interpreter against peers running the same .wasm:

  - wabt's wasm-interp (an interpreter, like ours; timed as a whole process),
  - node (V8's optimizing JIT, and with --liftoff-only its baseline compiler).

Each .wat here exports `run`; each peer runs it REPEAT times and the best time counts.
Prints a table of times and linea's ratio to each peer (ratio > 1: linea is slower).
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
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return out.strip().split(":")[-1], (time.perf_counter() - start) * 1000


def normalize(result):
    """Peers print numbers differently (9577 vs 9577.000000); compare values."""
    try:
        return float(result) if "." in result else int(result)
    except ValueError:
        return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--linea", default=os.path.join(ROOT, "out", "release", "linea"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".wat"))
    bench_js = os.path.join(HERE, "bench.js")
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name in names:
            wasm = os.path.join(tmp, name + ".wasm")
            subprocess.run(["wat2wasm", os.path.join(HERE, name + ".wat"), "-o", wasm], check=True)
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
