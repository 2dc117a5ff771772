// The core of the run fuzzers: decode a module; if it is valid, instrument it with fuel (see
// fuel_instrumenter.h), instantiate it in a small Store with synthesized imports, and call
// every exported function with default and with boundary-value arguments, then every function
// reachable through exported tables. Traps, exceptions and resource errors are all fine;
// crashes, sanitizer reports, hangs and broken store invariants are not, and neither is a
// link error with the synthesized imports (those match by construction): those abort().
// Each module runs twice, in stores whose value stacks start filled with different garbage;
// the two runs' observable behaviour (results, traps, globals, memory) must be identical, which
// catches reads of stack slots the code never wrote (what MemorySanitizer would report).
#ifndef LINEA_TEST_FUZZ_MODULE_RUNNER_H_
#define LINEA_TEST_FUZZ_MODULE_RUNNER_H_

#include <cstdint>
#include <span>

namespace linea::fuzz {

// `seed` picks the host functions' behaviour and the argument values (see HostEnvironment).
void RunModule(std::span<const uint8_t> module, uint64_t seed);

}  // namespace linea::fuzz

#endif  // LINEA_TEST_FUZZ_MODULE_RUNNER_H_
