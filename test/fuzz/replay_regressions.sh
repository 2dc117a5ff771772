#!/bin/bash
# Replays every reproducer in test/fuzz/regressions through the targets that take it:
# whole modules (*.wasm) through decode and run, fuzz_body inputs (body-*.bin) through body.
# Exits non-zero if any replay crashes, reports, or takes longer than 30 seconds (some
# reproducers are hangs: quadratic compile times).
#   test/fuzz/replay_regressions.sh [asan|ubsan|gcc]   (default asan: out/fuzz)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
variant="${1:-asan}"
case "$variant" in
  asan) dir="$repo/out/fuzz"; prefix=fuzz_ ;;
  ubsan) dir="$repo/out/fuzz-ubsan"; prefix=fuzz_ ;;
  gcc) dir="$repo/out/fuzz-gcc"; prefix=replay_ ;;
  *) echo "usage: $0 [asan|ubsan|gcc]" >&2; exit 2 ;;
esac
shopt -s nullglob
passed=0
failed=0
replay() {  # target file
  local cmd=("$dir/$prefix$1" "$2")
  # libFuzzer reports a slow input itself; the g++ replay binaries get a plain time limit.
  if [ "$prefix" = fuzz_ ]; then cmd+=(-timeout=30); else cmd=(timeout 30 "${cmd[@]}"); fi
  if "${cmd[@]}" >/tmp/replay.$$.log 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $prefix$1 $2"
    tail -30 /tmp/replay.$$.log
  fi
}
for f in "$repo"/test/fuzz/regressions/*.wasm; do
  replay decode "$f"
  replay run "$f"
done
for f in "$repo"/test/fuzz/regressions/body-*.bin; do
  replay body "$f"
done
rm -f /tmp/replay.$$.log
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
