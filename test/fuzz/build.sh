#!/bin/bash
# Builds the runtime fuzzers. Not part of the GN build or tools/test: libFuzzer needs clang,
# the project builds with g++.
#
#   test/fuzz/build.sh [asan|ubsan|gcc] [OUT_DIR]
#
#   asan  (default, out/fuzz)        libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer
#   ubsan (out/fuzz-ubsan)           libFuzzer + UndefinedBehaviorSanitizer only (faster)
#   gcc   (out/fuzz-gcc)             everything with g++ and ASan+UBSan, no libFuzzer: replay
#                                    binaries (replay_decode, replay_run, replay_body) that run the targets on
#                                    given files, to check corpora and regressions against the
#                                    compiler the project actually ships with; and
#                                    decode_status, for compare_with_wabt.sh.
#
# In the libFuzzer builds every runtime file is compiled by clang if clang accepts it; a file it
# rejects (runtime/interpreter/interpreter.cc has had computed gotos out of scopes with destructors, which
# clang refuses and g++ accepts) falls back to g++ with its sanitizers and trace-pc/trace-cmp
# coverage, which gcc_coverage_shim.cc feeds to libFuzzer.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
variant="${1:-asan}"
case "$variant" in
  asan) out="${2:-$repo/out/fuzz}"; sanitizers="address,undefined" ;;
  ubsan) out="${2:-$repo/out/fuzz-ubsan}"; sanitizers="undefined" ;;
  gcc) out="${2:-$repo/out/fuzz-gcc}"; sanitizers="address,undefined" ;;
  *) echo "usage: $0 [asan|ubsan|gcc] [OUT_DIR]" >&2; exit 2 ;;
esac
mkdir -p "$out/obj"
cd "$out"

common=(-std=c++20 -O1 -g -fno-omit-frame-pointer -I"$repo" -fsanitize="$sanitizers"
        -fno-sanitize-recover=all)
# The runtime's sources, from the same lists its BUILD.gn uses.
runtime_sources=$(sed -n 's/^ *"\([a-z_0-9/]*\.cc\)",$/\1/p' "$repo/runtime/sources.gni")
fuzz_sources="fuel_instrumenter.cc host_environment.cc module_runner.cc"
targets="decode run body"

# Whether `obj` is newer than its source and every header it could include (a crude make).
up_to_date() {
  [ -f "$1" ] && [ "$1" -nt "$2" ] && [ -z "$(find "$repo/runtime" "$repo/test/fuzz" -name '*.h' -newer "$1")" ]
}

# One compile command per job, run JOBS (default 2) at a time.
jobs=()
for f in $runtime_sources; do
  src="$repo/runtime/$f"
  obj="obj/runtime_$(echo "${f%.cc}" | tr / _).o"
  up_to_date "$obj" "$src" && continue
  if [ "$variant" = gcc ]; then
    jobs+=("g++ ${common[*]} -c $src -o $obj")
  else
    # clang first; if it rejects the file, g++ with coverage for gcc_coverage_shim.cc.
    gcc_cov="g++ ${common[*]} -fsanitize-coverage=trace-pc,trace-cmp -c $src -o $obj"
    rename="objcopy --redefine-sym __sanitizer_cov_trace_pc=linea_fuzz_trace_pc $obj"
    jobs+=("clang++ ${common[*]} -fsanitize=fuzzer-no-link -c $src -o $obj 2>/dev/null ||
            { echo 'clang++ rejects runtime/$f: compiled with g++' >&2 && $gcc_cov && $rename; }")
  fi
done
for f in $fuzz_sources $(for t in $targets; do echo "fuzz_$t.cc"; done); do
  compiler="clang++ ${common[*]} -fsanitize=fuzzer-no-link"
  [ "$variant" = gcc ] && compiler="g++ ${common[*]}"
  up_to_date "obj/fuzz_${f%.cc}.o" "$repo/test/fuzz/$f" && continue
  jobs+=("$compiler -c $repo/test/fuzz/$f -o obj/fuzz_${f%.cc}.o")
done
if [ "$variant" = gcc ]; then
  jobs+=("g++ ${common[*]} -c $repo/test/fuzz/replay_main.cc -o obj/replay_main.o")
  jobs+=("g++ ${common[*]} -c $repo/test/fuzz/decode_status.cc -o obj/decode_status.o")
else
  # The shim itself must not be instrumented (it would call itself).
  jobs+=("clang++ -std=c++20 -O2 -c $repo/test/fuzz/gcc_coverage_shim.cc -o obj/gcc_coverage_shim.o")
fi
[ ${#jobs[@]} -eq 0 ] || printf '%s\0' "${jobs[@]}" | xargs -0 -P "${JOBS:-2}" -n 1 sh -c 'eval "$1"' sh

runtime_objs=$(for f in $runtime_sources; do echo "obj/runtime_$(echo "${f%.cc}" | tr / _).o"; done)
support_objs=$(for f in $fuzz_sources; do echo "obj/fuzz_${f%.cc}.o"; done)
if [ "$variant" = gcc ]; then
  for t in $targets; do
    g++ -fsanitize="$sanitizers" -o "replay_$t" "obj/fuzz_fuzz_$t.o" obj/replay_main.o \
      $support_objs $runtime_objs
  done
  g++ -fsanitize="$sanitizers" -o decode_status obj/decode_status.o $runtime_objs
  echo "built replay_{${targets// /,}} and decode_status in $out"
else
  for t in $targets; do
    clang++ -fsanitize=fuzzer,"$sanitizers" -o "fuzz_$t" "obj/fuzz_fuzz_$t.o" \
      obj/gcc_coverage_shim.o $support_objs $runtime_objs
  done
  echo "built fuzz_{${targets// /,}} in $out"
fi
