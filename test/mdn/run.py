#!/usr/bin/env python3
"""Runs the MDN WebAssembly examples in test/mdn/ with linea.

Every directory next to this file is one example:
  script.js or <name>.html  the code as a reader pastes it (an .html page if there is one)
  *.wat                     the modules it fetches, compiled here with wat2wasm; a line
                            ";; wat2wasm-flags: ..." at the top adds wat2wasm flags
  expected.stdout           what the example prints (a browser console's output in
                            linea's node-style format); {DIR} stands for the absolute path
                            of the directory the example runs in (stack traces name it)
  expected.uncaught         optional: the name of the error (e.g. TypeError) that the
                            example leaves uncaught; the run must then exit non-zero and
                            name that error on stderr. Without it the run must exit 0.
  README.md                 where the code comes from and why the output is what it is

Each example runs in a temporary copy of its directory (the .wasm files are built
there, never in the source tree), with that copy as the working directory, so the
page's relative fetch() URLs resolve next to the script.

Usage: test/mdn/run.py --linea out/release/linea [--wat2wasm PATH] [-v] [NAME ...]
Prints one line per example and `mdn: N examples run, N passed, N failed`; exits 1 if
any example failed.
"""

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 30
FLAGS_PREFIX = ";; wat2wasm-flags:"


def example_names():
    return sorted(
        name
        for name in os.listdir(HERE)
        if os.path.isfile(os.path.join(HERE, name, "expected.stdout"))
    )


def wat2wasm_flags(wat_path):
    """Extra wat2wasm flags from a `;; wat2wasm-flags:` line among the first lines."""
    with open(wat_path, encoding="utf-8") as wat:
        for _, line in zip(range(5), wat):
            if line.startswith(FLAGS_PREFIX):
                return line[len(FLAGS_PREFIX):].split()
    return []


def build_modules(workdir, wat2wasm):
    """Compiles every .wat under workdir next to itself; returns an error string or None."""
    for root, _, files in os.walk(workdir):
        for name in sorted(files):
            if not name.endswith(".wat"):
                continue
            wat = os.path.join(root, name)
            wasm = wat[: -len(".wat")] + ".wasm"
            command = [wat2wasm, *wat2wasm_flags(wat), wat, "-o", wasm]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                return f"wat2wasm {name} failed: {result.stderr.strip()}"
    return None


def entry_point(workdir):
    """The page if the example is an HTML page, otherwise script.js."""
    pages = sorted(name for name in os.listdir(workdir) if name.endswith(".html"))
    if len(pages) > 1:
        raise ValueError(f"more than one .html page: {pages}")
    return pages[0] if pages else "script.js"


def read_optional(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as file:
        return file.read().strip()


def check(name, linea, wat2wasm, verbose):
    """Runs one example; returns a list of failure reasons (empty when it passed)."""
    source = os.path.join(HERE, name)
    with tempfile.TemporaryDirectory(prefix=f"mdn-{name}-") as tmp:
        workdir = os.path.join(tmp, name)
        shutil.copytree(source, workdir)
        error = build_modules(workdir, wat2wasm)
        if error:
            return [error]
        try:
            entry = entry_point(workdir)
        except ValueError as bad_layout:
            return [str(bad_layout)]
        try:
            run = subprocess.run(
                [linea, entry],
                cwd=workdir,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return [f"timed out after {TIMEOUT_SECONDS}s"]

        rundir = os.path.realpath(workdir)

    stdout = run.stdout.decode("utf-8", errors="replace")
    stderr = run.stderr.decode("utf-8", errors="replace")
    with open(os.path.join(source, "expected.stdout"), encoding="utf-8") as file:
        expected = file.read().replace("{DIR}", rundir)
    uncaught = read_optional(os.path.join(source, "expected.uncaught"))

    failures = []
    if stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            stdout.splitlines(keepends=True),
            "expected.stdout",
            "linea stdout",
        )
        failures.append("stdout differs" + ("\n" + "".join(diff) if verbose else ""))
    if uncaught is None and run.returncode != 0:
        failures.append(f"exit code {run.returncode}, expected 0")
    if uncaught is not None:
        if run.returncode == 0:
            failures.append(f"exit code 0, expected an uncaught {uncaught}")
        elif uncaught not in stderr:
            failures.append(f"stderr does not name the uncaught {uncaught}")
    if failures and verbose and stderr:
        failures.append("stderr:\n" + stderr.rstrip())
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--linea", required=True, help="path of the linea binary")
    parser.add_argument("--wat2wasm", default="wat2wasm", help="path of wabt's wat2wasm")
    parser.add_argument("-v", "--verbose", action="store_true", help="show diffs and stderr")
    parser.add_argument("names", nargs="*", help="examples to run (default: all)")
    args = parser.parse_args()

    linea = os.path.abspath(args.linea)
    if not os.access(linea, os.X_OK):
        print(f"mdn: linea not found or not executable: {args.linea}", file=sys.stderr)
        return 2
    if shutil.which(args.wat2wasm) is None:
        print(f"mdn: wat2wasm not found: {args.wat2wasm}", file=sys.stderr)
        return 2

    known = example_names()
    names = args.names or known
    unknown = [name for name in names if name not in known]
    if unknown:
        print(f"mdn: no such example: {' '.join(unknown)}", file=sys.stderr)
        return 2

    failed = 0
    for name in names:
        failures = check(name, linea, args.wat2wasm, args.verbose)
        if failures:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(failures))
        else:
            print(f"PASS {name}")
    print(f"mdn: {len(names)} examples run, {len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
