#!/usr/bin/env python3
"""Runs the WebAssembly JS API test suite (testharness.js files) in linea.

    test/jsapi/run.py --linea out/release/linea [--shared ../shared] [-j N] [-v] [FILTER...]

Every `js-api/**/*.any.js` and `legacy/**/*.any.js` of <shared>/wasm-spec runs in its own linea
process, as WPT's dedicated-worker scope runs it: in a worker, testharness.js, our report shim
(report.js), the files named by `// META: script=`, then the test, each loaded as a classic
script, then done() (driver.js).

Subtests expected to fail are listed in test/jsapi/status with the reason. Prints a line per
file and ends with `jsapi: N subtests, N passed, N failed (N expected, N unexpected)`; exits 1
when a subtest fails that the status file does not list, or a listed one passes (remove it).
`--update` rewrites the status file from this run, with the reasons of REASONS below; it refuses
when a failure has no reason there (a bug to fix, or a reason to add).
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STATUS = os.path.join(HERE, "status")
PREFIX = "@@jsapi "
SEPARATOR = " :: "
TIMEOUT = 90  # Seconds per file; `// META: timeout=long` doubles it.

# Why a subtest fails: (file pattern, pattern over "subtest: message", reason); the first
# match wins. Every reason names a missing feature or a defect of the test itself, never a bug.
REASONS = [
    (r"^js-api/table/grow-memory64\.any\.js$", r"nulls is not defined",
     "test defect: grow-memory64.any.js uses nulls(), which only table/grow.any.js defines (its "
     "META scripts do not include it)"),
    (r"^js-api/gc/", r"", "GC types and instructions are not implemented (issue 14)"),
    (r"^js-api/js-string/", r"", "JS string builtins are not implemented (issue 18)"),
    # The test predates multiple memories: it expects a second memory to be invalid, where the
    # JS API now allows 100 (and its builder's memories are shared, which is why this passed
    # while linea rejected shared memories).
    (r"^js-api/limits\.any\.js$", r"Validate memories over limit",
     "superseded: limits.any.js expects at most one memory; WebAssembly 3.0 and the JS API allow "
     "several (100)"),
    (r"^js-api/limits\.any\.js$", r"(assert_throws|promise_rejects|assertEquals) is not defined",
     "test defect: limits.any.js calls assert_throws/promise_rejects/assertEquals, which the "
     "pinned testharness.js no longer defines (WPT's copy uses assert_throws_js)"),
    (r"^js-api/table/get-set\.any\.js$", r"^Setting non-function: .*set\(undefined\)",
     "by design: WebIDL treats an explicit undefined for an optional argument as missing, so "
     "set(0, undefined) stores DefaultValue (null); the test, like V8, expects a TypeError"),
]


def find_shared(explicit):
    candidates = [explicit, os.environ.get("LINEA_SHARED", ""), os.path.join(ROOT, "..", "shared")]
    for candidate in candidates:
        if candidate and os.path.isdir(os.path.join(candidate, "wasm-spec")):
            return os.path.normpath(candidate)
    return None


def list_tests(suite):
    tests = []
    for top in ("js-api", "legacy"):
        for directory, _, files in os.walk(os.path.join(suite, top)):
            for name in files:
                if name.endswith(".any.js"):
                    tests.append(os.path.relpath(os.path.join(directory, name), suite))
    return sorted(tests)


def meta(suite, test):
    """The test's `// META: script=` files (as paths) and whether its timeout is long."""
    scripts, long_timeout = [], False
    with open(os.path.join(suite, test), encoding="utf-8") as f:
        for line in f:
            match = re.match(r"//\s*META:\s*(\w+)=(.*)", line.strip())
            if not match:
                if line.strip() and not line.startswith("//"):
                    break
                continue
            key, value = match.group(1), match.group(2).strip()
            if key == "script":
                # WPT serves js-api/ as /wasm/jsapi/; other names are relative to the test.
                if value.startswith("/wasm/jsapi/"):
                    scripts.append(os.path.join(suite, "js-api", value[len("/wasm/jsapi/"):]))
                else:
                    scripts.append(os.path.join(suite, os.path.dirname(test), value))
            elif key == "timeout" and value == "long":
                long_timeout = True
    return scripts, long_timeout


def run_test(linea, suite, test):
    """Returns (results, problem): results as [(subtest, passed, message)]; problem is the
    harness's own failure (an uncaught error, a crash, a timeout), else None."""
    scripts, long_timeout = meta(suite, test)
    files = ([os.path.join(suite, "harness", "testharness.js"), os.path.join(HERE, "report.js")]
             + scripts + [os.path.join(suite, test)])
    timeout = TIMEOUT * (2 if long_timeout else 1)
    try:
        proc = subprocess.run([linea, os.path.join(HERE, "driver.js")] + files,
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, cwd=os.path.join(suite, os.path.dirname(test)))
    except subprocess.TimeoutExpired:
        return [], f"timed out after {timeout} s"
    results, done = [], None
    for line in proc.stdout.splitlines():
        if not line.startswith(PREFIX):
            continue
        record = json.loads(line[len(PREFIX):])
        if record.get("done"):
            done = record
        else:
            results.append((record["subtest"], record["status"] == "Pass", record["message"]))
    if done is None:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return results, f"did not complete (exit {proc.returncode}): " + " | ".join(tail)
    if done["status"] != "OK":
        return results, f"harness {done['status']}: {done['message']}"
    return results, None


def read_status():
    expected = {}
    if not os.path.exists(STATUS):
        return expected
    with open(STATUS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(SEPARATOR)
            if len(parts) != 3 or not parts[2].strip():
                sys.exit(f"{STATUS}:{number}: expected `file{SEPARATOR}subtest{SEPARATOR}reason`")
            expected[(parts[0], parts[1])] = (parts[2].strip(), number)
    return expected


def reason_for(test, subtest, message):
    for file_pattern, pattern, reason in REASONS:
        if re.search(file_pattern, test) and re.search(pattern, f"{subtest}: {message}"):
            return reason
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--linea", default=os.path.join(ROOT, "out", "release", "linea"))
    parser.add_argument("--shared")
    parser.add_argument("-j", "--jobs", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument("-v", "--verbose", action="store_true", help="print each failure")
    parser.add_argument("--update", action="store_true", help="rewrite test/jsapi/status")
    parser.add_argument("filters", nargs="*", help="only test files whose path contains one")
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("jsapi: ../shared/wasm-spec not found (give --shared)")
        return 2
    suite = os.path.join(shared, "wasm-spec")
    linea = os.path.abspath(args.linea)
    tests = [t for t in list_tests(suite) if not args.filters or any(f in t for f in args.filters)]
    expected = read_status()

    total = passed = expected_failures = 0
    unexpected, stale, failures = [], [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outcomes = pool.map(lambda t: (t, run_test(linea, suite, t)), tests)
        for test, (results, problem) in outcomes:
            if problem is not None:
                results = results + [("(harness)", False, problem)]
            file_failed = file_expected = 0
            for subtest, ok, message in results:
                total += 1
                listed = (test, subtest) in expected
                if ok:
                    passed += 1
                    if listed:
                        stale.append(f"{test}{SEPARATOR}{subtest} passes now: remove it "
                                     f"(line {expected[(test, subtest)][1]})")
                    continue
                failures.append((test, subtest, message))
                if listed:
                    expected_failures += 1
                    file_expected += 1
                else:
                    file_failed += 1
                    unexpected.append(f"{test}{SEPARATOR}{subtest}: {message}")
                if args.verbose:
                    print(f"  {'XFAIL' if listed else 'FAIL'} {subtest}: {message}")
            label = "FAIL" if file_failed else "XFAIL" if file_expected else "PASS"
            print(f"{label:6} {test}: {len(results) - file_failed - file_expected} passed, "
                  f"{file_failed + file_expected} failed"
                  + (f" ({file_expected} as expected)" if file_expected else ""), flush=True)

    if args.update:
        lines, unexplained = [], []
        for test, subtest, message in failures:
            reason = reason_for(test, subtest, message) or expected.get((test, subtest), (None,))[0]
            if reason is None:
                unexplained.append(f"{test}{SEPARATOR}{subtest}: {message}")
            lines.append(f"{test}{SEPARATOR}{subtest}{SEPARATOR}{reason}")
        if unexplained:
            print("failures with no reason (fix them, or add a reason to REASONS or the status "
                  "file):\n" + "\n".join(unexplained))
            return 1
        with open(STATUS, "w", encoding="utf-8") as f:
            f.write("# JS API subtests expected to fail: `file :: subtest :: reason`, files relative\n"
                    "# to ../shared/wasm-spec. Read by test/jsapi/run.py; `run.py --update` rewrites\n"
                    "# it from a run (reasons from its REASONS table, else kept from this file).\n")
            f.write("\n".join(sorted(set(lines))) + "\n")
        print(f"wrote {STATUS}: {len(set(lines))} entries")
        return 0

    for line in unexpected:
        print(f"FAIL {line}")
    for line in stale:
        print(f"STALE {line}")
    print(f"jsapi: {total} subtests, {passed} passed, {total - passed} failed "
          f"({expected_failures} expected, {len(unexpected)} unexpected)")
    return 1 if unexpected or stale else 0


if __name__ == "__main__":
    sys.exit(main())
