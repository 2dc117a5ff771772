#!/bin/bash
# Differential validation: runs the runtime's decoder (decode_status, from the gcc build) and
# wabt's wasm-validate on every file of the given corpus directories and lists the files where
# one accepts and the other rejects. SIMD and other post-2.0 proposals are disabled in wabt so
# both implement WebAssembly 2.0 without SIMD.
#   test/fuzz/compare_with_wabt.sh DIR...
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tool="$repo/out/fuzz-gcc/decode_status"
[ -x "$tool" ] || { echo "build it first: test/fuzz/build.sh gcc" >&2; exit 2; }
disagree=0
total=0
while IFS=$'\t' read -r file verdict message; do
  total=$((total + 1))
  if wasm-validate --disable-simd "$file" >/dev/null 2>&1; then wabt=ok; else wabt=error; fi
  if [ "$verdict" != "$wabt" ]; then
    disagree=$((disagree + 1))
    echo "$file: linea $verdict${message:+ ($message)}, wabt $wabt"
    if [ "$wabt" = error ]; then
      wasm-validate --disable-simd "$file" 2>&1 | head -2 | sed 's/^/    wabt: /' || true
    fi
  fi
done < <(find "$@" -type f -print0 | xargs -0 -n 200 "$tool")
echo "$total files, $disagree disagreements"
