// Coverage feedback for the one runtime file compiled by g++ instead of clang
// (runtime/interpreter/interpreter.cc: its direct-threaded dispatch does not compile with clang;
// see README.md). g++'s -fsanitize-coverage=trace-pc calls __sanitizer_cov_trace_pc at every basic
// block; libFuzzer's own definition of that hook only aborts ("no longer supported"), so
// build.sh renames the call in the g++ object (objcopy --redefine-sym) to linea_fuzz_trace_pc,
// which maps each caller's address onto libFuzzer's "extra counters", treated as coverage like
// its own. g++'s trace-cmp also reports float comparisons, which libFuzzer has no hook for.
#include <cstddef>
#include <cstdint>

namespace {

constexpr size_t kCounters = 1 << 16;

__attribute__((section("__libfuzzer_extra_counters"), used)) uint8_t g_gcc_counters[kCounters];

}  // namespace

extern "C" __attribute__((no_sanitize("address", "undefined"))) void linea_fuzz_trace_pc() {
  const uintptr_t pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
  uint8_t& counter = g_gcc_counters[(pc ^ (pc >> 15)) & (kCounters - 1)];
  counter = static_cast<uint8_t>(counter + 1);
}

extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
