// Makes any valid module terminate: the run fuzzer cannot wait for `(loop (br 0))`, and the
// runtime has no interrupt, so before running a module the fuzzer rewrites its binary to count
// "fuel" in a new mutable i32 global appended after all others (so no existing index moves).
// Every function entry and every loop iteration costs 1, every bulk memory/table operation and
// grow costs kBulkCost, and running out executes `unreachable`, an ordinary trap. The host
// refills the global before each call.
#ifndef LINEA_TEST_FUZZ_FUEL_INSTRUMENTER_H_
#define LINEA_TEST_FUZZ_FUEL_INSTRUMENTER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace linea::fuzz {

inline constexpr uint32_t kBulkCost = 64;

struct Instrumented {
  std::vector<uint8_t> bytes;
  uint32_t fuel_global_index = 0;  // In the global index space (imports first).
};

// Rewrites `module`, which the runtime already accepted. Returns nullopt if it uses an opcode
// this rewriter does not know (e.g. SIMD), in which case the fuzzer does not run it.
std::optional<Instrumented> InstrumentWithFuel(std::span<const uint8_t> module,
                                               uint32_t initial_fuel);

}  // namespace linea::fuzz

#endif  // LINEA_TEST_FUZZ_FUEL_INSTRUMENTER_H_
