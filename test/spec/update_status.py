#!/usr/bin/env python3
"""Writes test/spec/status from what fails now, naming the missing feature of each failure.

    test/spec/update_status.py [--spectest out/release/spectest] [--check]

Runs `spectest --no-status -vv` over the default scripts, sorts each failing command into the
feature the engine lacks (FEATURES below: the first rule whose pattern the script's path or the
failure message matches), and writes one status entry per script and feature: the whole script
when nothing in it passes, else the line ranges of its failing commands (a range never spans a
passing command, so a regression in the passing parts still fails the run).

A failure no rule explains is a bug or an unknown gap: the script prints it and exits 1 without
writing, so nothing unexplained ever lands in the status file. --check compares instead of
writing (exit 1 when the file would change).
"""

import argparse
import collections
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STATUS = os.path.join(ROOT, "test", "spec", "status")

SIMD = "SIMD is not implemented (issue 11)"
RELAXED_SIMD = "relaxed SIMD is not implemented (issue 11)"
TAIL_CALLS = "tail calls are not implemented (issue 12)"
EXCEPTIONS = "exception handling is not implemented (issue 12)"
MULTI_MEMORY = "multiple memories are not implemented (issue 12)"
MEMORY64 = "memory64/table64 are not implemented (issue 12)"
EXTENDED_CONST = "extended constant expressions are not implemented (issue 12)"
TYPED_REFS = "typed function references are not implemented (issue 14)"
GC = "GC types and instructions are not implemented (issue 14)"
SUPERSEDED_SINGLE_MEMORY = ("superseded: the 2022 threads suite expects at most one memory; "
                            "WebAssembly 3.0 allows several")
SUPERSEDED_SINGLE_TABLE = ("superseded: the 2022 threads suite expects at most one table; "
                           "WebAssembly 2.0 allows several")

# (where, pattern, feature): `where` is "path" (the script's name) or "message" (the failure).
# Order matters: the first match wins, so specific causes come before general ones.
FEATURES = [
    ("message", r"module accepted; expected rejection \"multiple memories\"",
     SUPERSEDED_SINGLE_MEMORY),
    ("message", r"module accepted; expected rejection \"multiple tables\"", SUPERSEDED_SINGLE_TABLE),
    ("path", r"/relaxed-simd/", RELAXED_SIMD),
    ("path", r"/simd/", SIMD),
    ("message", r"SIMD is not supported|lane_type|v128", SIMD),
    ("message", r"section 13 |assert_exception|expected a wasm exception|exnref values need",
     EXCEPTIONS),
    ("message", r"unknown opcode 0x(08|09|0a|18|19|1f)\b|malformed import kind", EXCEPTIONS),
    ("message", r"unknown opcode 0x(12|13)\b", TAIL_CALLS),
    ("path", r"/multi-memory/", MULTI_MEMORY),
    ("message", r"section 5 \(memory\)[^:]*: integer too large", MEMORY64),
    # 3.0 constant expressions may read any earlier immutable global, not only imported ones.
    ("message", r"constant expression required|section (6|9|11) \([a-z]+\)[^:]*: unknown global",
     EXTENDED_CONST),
    ("path", r"/gc/", GC),
    ("message", r"malformed function type|unknown opcode 0xfb|arrayref|structref|i31ref|eqref|"
                r"anyref", GC),
    ("message", r"unknown opcode 0x(14|15|d3|d4|d5|d6)\b|malformed value type|"
                r"malformed reference type|section 4 \(table\)[^:]*: integer too large",
     TYPED_REFS),
    ("path", r"/memory64/", MEMORY64),
    ("path", r"/legacy/|/exceptions/", EXCEPTIONS),
]

COMMAND_LINE = re.compile(r"^(?P<script>[^:\s]+):(?P<line>\d+): (?P<text>.*)$")


def classify(script, message):
    for where, pattern, feature in FEATURES:
        subject = "/" + script if where == "path" else message
        if re.search(pattern, subject):
            return feature
    return None


def run(spectest):
    proc = subprocess.run([spectest, "--no-status", "-vv"], cwd=ROOT, capture_output=True,
                          text=True)
    # Per script, its commands in order: [line, failure message or None].
    commands = collections.defaultdict(list)
    abnormal = []
    for text in proc.stdout.splitlines():
        if text.startswith(("FAIL ", "PASS ", "XFAIL ", "SKIP ")) or text.startswith(" " * 9):
            if "crashed" in text or "timed out" in text or "before its end" in text:
                abnormal.append(text.strip())
            continue
        match = COMMAND_LINE.match(text)
        if not match or match["line"] == "0" and not match["text"].startswith("FAIL "):
            continue
        script, line, body = match["script"], int(match["line"]), match["text"]
        if body.startswith("FAIL "):
            if commands[script] and commands[script][-1][0] == line:
                commands[script][-1][1] = body[5:]
            else:
                commands[script].append([line, body[5:]])
        elif body.startswith("skipped "):
            continue
        else:
            commands[script].append([line, None])
    return commands, abnormal


def ranges_text(lines):
    parts = []
    for first, last in lines:
        parts.append(str(first) if first == last else f"{first}-{last}")
    return ",".join(parts)


def entries_for(script, commands):
    """[(target, feature)] for one script, or raises ValueError with unexplained failures."""
    features = []  # Per command: its feature, or None when it passed.
    unexplained = []
    for line, failure in commands:
        if failure is None:
            features.append(None)
            continue
        feature = classify(script, failure)
        if feature is None:
            unexplained.append(f"{script}:{line}: {failure}")
        features.append(feature)
    if unexplained:
        raise ValueError("\n".join(unexplained))
    failing = [f for f in features if f is not None]
    if not failing:
        return []
    if len(failing) == len(features) and len(set(failing)) == 1:
        return [(script, failing[0])]
    # Ranges of consecutive failing commands with one feature, broken at anything else.
    by_feature = collections.OrderedDict()
    run_feature, run_first, run_last = None, 0, 0
    for (line, _), feature in list(zip(commands, features)) + [((0, None), None)]:
        if feature is not None and feature == run_feature:
            run_last = line
            continue
        if run_feature is not None:
            by_feature.setdefault(run_feature, []).append((run_first, run_last))
        run_feature, run_first, run_last = feature, line, line
    return [(f"{script}:{ranges_text(r)}", feature) for feature, r in by_feature.items()]


def render(all_entries):
    out = [
        "# Spec-test commands expected NOT to pass, each with the feature the engine lacks.",
        "# Written by test/spec/update_status.py from a run (do not edit by hand; rerun it when a",
        "# feature lands). Format (test/spec/status_file.h): `<script>[:<lines>]  <reason>`, the",
        "# script relative to ../shared, lines as the script's (.wast) line numbers. `spectest`",
        "# fails on a failure no entry covers and on an entry that covers no failure.",
        "",
    ]
    for target, feature in all_entries:
        out.append(f"{target}  {feature}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spectest", default=os.path.join(ROOT, "out", "release", "spectest"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    commands, abnormal = run(args.spectest)
    if abnormal:
        print("spectest ended abnormally (fix these first):\n" + "\n".join(abnormal))
        return 1
    all_entries, problems = [], []
    for script in sorted(commands):
        try:
            all_entries += entries_for(script, commands[script])
        except ValueError as unexplained:
            problems.append(str(unexplained))
    if problems:
        print("failures no feature explains (bugs to fix, or a rule to add):")
        print("\n".join(problems))
        return 1
    text = render(all_entries)
    if args.check:
        with open(STATUS, encoding="utf-8") as f:
            same = f.read() == text
        print("test/spec/status is up to date" if same else "test/spec/status would change")
        return 0 if same else 1
    with open(STATUS, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {STATUS}: {len(all_entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
