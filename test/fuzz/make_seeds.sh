#!/bin/bash
# Builds the seed corpus: every .wasm that wast2json produces from the official spec tests
# (valid modules and the assert_invalid/assert_malformed ones alike). The .wast files are
# converted in a temporary directory; only the .wasm files are copied to the output directory,
# named by content hash so duplicates collapse.
#   test/fuzz/make_seeds.sh [OUT_DIR]   (default: out/fuzz/seeds)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
suite="${LINEA_TESTSUITE:-$repo/../shared/testsuite}"
out="${1:-$repo/out/fuzz/seeds}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
shopt -s nullglob
for wast in "$suite"/*.wast "$suite"/proposals/*/*.wast; do
  name="$(basename "$wast" .wast)"
  dir="$tmp/$name.$RANDOM"
  mkdir -p "$dir"
  # Proposal tests may need features wabt gates behind flags; skip what it cannot convert.
  (wast2json --enable-all "$wast" -o "$dir/$name.json") >/dev/null 2>&1 || continue
done
count=0
for wasm in "$tmp"/*/*.wasm; do
  sum="$(sha1sum "$wasm" | cut -c1-40)"
  cp "$wasm" "$out/$sum"
  count=$((count + 1))
done
echo "$count modules from $suite -> $out ($(ls "$out" | wc -l) distinct)"
