#!/usr/bin/env python3
"""Tests of the spec-test runner itself (spectest): command forms, value patterns, the status
file's whole-script and line-range entries, stale entries and exit codes.

    test/spec/runner_test.py [--spectest out/release/spectest]

Builds a small script in a temporary "shared" directory (its module by Debian's wat2wasm) and
checks what spectest prints and returns. Exits 0 when every check holds.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MODULE = """
(module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "null") (result funcref) (ref.null func))
  (func (export "nan") (result f32) (f32.const nan))
  (func (export "trap") (unreachable)))
"""

# Each command's line is its index * 10, so a status range can name them.
COMMANDS = [
    {"type": "module", "filename": "m.wasm"},                                           # 10
    {"type": "assert_return", "action": {"type": "invoke", "field": "add", "args": [
        {"type": "i32", "value": "1"}, {"type": "i32", "value": "2"}]},
     "expected": [{"type": "i32", "value": "3"}]},                                      # 20
    {"type": "assert_return", "action": {"type": "invoke", "field": "add", "args": [
        {"type": "i32", "value": "1"}, {"type": "i32", "value": "2"}]},
     "expected": [{"type": "i32", "value": "4"}]},                                      # 30 fails
    {"type": "assert_frobnicate"},                                                      # 40 fails
    {"type": "module_definition", "name": "$D", "filename": "m.wasm",
     "module_type": "binary"},                                                          # 50
    {"type": "module_instance", "instance": "$I", "module": "$D"},                      # 60
    {"type": "assert_return", "action": {"type": "invoke", "module": "$I", "field": "add",
     "args": [{"type": "i32", "value": "2"}, {"type": "i32", "value": "2"}]},
     "expected": [{"type": "i32", "value": "4"}]},                                      # 70
    {"type": "assert_return", "action": {"type": "invoke", "field": "add", "args": [
        {"type": "i32", "value": "1"}, {"type": "i32", "value": "2"}]},
     "either": [{"type": "i32", "value": "5"}, {"type": "i32", "value": "3"}]},          # 80
    {"type": "assert_return", "action": {"type": "invoke", "field": "null", "args": []},
     "expected": [{"type": "refnull"}]},                                                # 90
    {"type": "assert_return", "action": {"type": "invoke", "field": "nan", "args": []},
     "expected": [{"type": "f32", "value": "nan:canonical"}]},                          # 100
    {"type": "assert_trap", "action": {"type": "invoke", "field": "trap", "args": []},
     "text": "unreachable"},                                                            # 110
    {"type": "assert_malformed", "filename": "x.wat", "text": "unexpected token",
     "module_type": "text"},                                                            # 120 skip
    {"type": "assert_return", "action": {"type": "invoke", "field": "null", "args": []},
     "expected": [{"type": "eqref"}]},                                                  # 130 fails
]

failures = []


def check(name, condition, proc):
    if not condition:
        failures.append(f"{name}: exit {proc.returncode}\n{proc.stdout}{proc.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--spectest", default=os.path.join(ROOT, "out", "release", "spectest"))
    spectest = parser.parse_args().spectest
    with tempfile.TemporaryDirectory() as shared:
        scripts = os.path.join(shared, "s")
        os.mkdir(scripts)
        subprocess.run(["wat2wasm", "-", "-o", os.path.join(scripts, "m.wasm")], input=MODULE,
                       text=True, check=True)
        commands = [dict(c, line=10 * (i + 1)) for i, c in enumerate(COMMANDS)]
        with open(os.path.join(scripts, "x.json"), "w") as f:
            json.dump({"source_filename": "x.wast", "commands": commands}, f)
        with open(os.path.join(scripts, "good.json"), "w") as f:
            json.dump({"source_filename": "good.wast", "commands": commands[:2]}, f)

        def run(status_lines=None, paths=("s",)):
            args = [spectest, "--shared", shared] + [os.path.join(shared, p) for p in paths]
            if status_lines is None:
                args.append("--no-status")
            else:
                status = os.path.join(shared, "status")
                with open(status, "w") as f:
                    f.write("\n".join(status_lines) + "\n")
                args += ["--status", status]
            return subprocess.run(args, capture_output=True, text=True, timeout=60)

        p = run()
        check("no status: unexpected failures fail the run", p.returncode == 1, p)
        check("counts", "FAIL   s/x.json: 9 passed, 3 failed, 1 skipped" in p.stdout, p)
        check("closing line", p.stdout.rstrip().endswith("11 passed, 3 failed, 1 skipped"), p)

        p = subprocess.run([spectest, "--no-status", "-v", "--shared", shared,
                            os.path.join(scripts, "x.json")], capture_output=True, text=True)
        check("-v names the unknown command", 'unknown command type "assert_frobnicate"'
              in p.stdout, p)
        check("-v shows expected vs got", 'expected (i32:4), got returned (i32:3)' in p.stdout, p)
        check("an eqref pattern is checked against the result",
              "expected ((ref eq):non-null), got returned (funcref:null)" in p.stdout, p)

        p = run(["s/x.json:30-40,130  known"])
        check("ranges cover the failures", p.returncode == 0 and "XFAIL  s/x.json" in p.stdout
              and p.stdout.rstrip().endswith("11 passed, 0 failed, 1 skipped"), p)

        p = run(["s/x.json:30  one", "s/x.json:40,130  two", "s/x.json:200  stale"])
        check("a range with no failure is stale", p.returncode == 1 and "STALE  s/x.json" in p.stdout
              and "line 3 of the status file" in p.stdout, p)

        p = run(["s/x.json:30  only one"])
        check("a failure outside the ranges fails", p.returncode == 1
              and "first unexpected failure: line 40" in p.stdout, p)

        p = run(["s/x.json  whole script", "s/good.json  whole script"])
        check("a whole-script entry of a passing script is stale", p.returncode == 1
              and "STALE  s/good.json" in p.stdout and "XFAIL  s/x.json" in p.stdout, p)

        p = run(["s/x.json:30-40  a", "s/x.json:35  overlapping"])
        check("overlapping entries are refused", p.returncode == 2 and "overlaps" in p.stderr, p)

        p = run(["s/missing.json  no such script"])
        check("an entry naming no script is refused", p.returncode == 2, p)

    for failure in failures:
        print(f"FAIL {failure}")
    print(f"spectest runner: {'all checks hold' if not failures else f'{len(failures)} failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
