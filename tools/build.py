"""Shared by tools/linea and tools/test: make dependencies present and build an out dir."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Build configurations: out dir -> GN args.
CONFIGS = {
    "release": "is_debug=false",
    "asan": "is_debug=true is_asan=true",
    "tsan": "is_tsan=true",
}


def run_quietly(args, what, cwd=ROOT):
    """Runs a command; its output goes to stderr only if it fails."""
    result = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout)
        sys.stderr.write(f"{what} failed (exit {result.returncode})\n")
        sys.exit(result.returncode or 1)
    return result.stdout


def sync_deps():
    run_quietly([os.path.join(ROOT, "tools", "sync_deps")], "tools/sync_deps")


def build(config="release", targets=()):
    """Generates out/<config> if needed and builds `targets` (default: everything)."""
    out = os.path.join(ROOT, "out", config)
    if not os.path.exists(os.path.join(out, "build.ninja")):
        run_quietly(["gn", "gen", out, "--args=" + CONFIGS[config]], "gn gen " + out)
    run_quietly(["ninja", "-C", out] + list(targets), "ninja -C " + out)
    return out
