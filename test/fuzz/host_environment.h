// The host side of the run fuzzer: imports synthesized from a module's import list, host
// functions whose behaviour (plain return, odd results, trap, exception, re-entry into wasm) is
// chosen per input, and argument values for calling exports.
#ifndef LINEA_TEST_FUZZ_HOST_ENVIRONMENT_H_
#define LINEA_TEST_FUZZ_HOST_ENVIRONMENT_H_

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "runtime/decode/module.h"
#include "runtime/store/instance.h"
#include "runtime/store/store.h"
#include "runtime/value.h"

namespace linea::fuzz {

// Deterministic per input, so every crash replays.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed ^ 0x9e3779b97f4a7c15u) {}
  uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15u;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  uint32_t Below(uint32_t n) { return n == 0 ? 0 : static_cast<uint32_t>(Next() % n); }

 private:
  uint64_t state_;
};

uint64_t HashBytes(std::span<const uint8_t> bytes);

// What every synthesized host function does when called.
enum class HostMode : uint8_t {
  kReturnDefaults,     // Zeros and nulls.
  kReturnInteresting,  // Boundary values (INT_MIN, NaNs, ...) and non-null references.
  kTrapOnNthCall,      // Returns a host trap on the nth call, defaults before.
  kThrowOnNthCall,     // Returns Outcome::Exception on the nth call.
  kReenter,            // Calls an export of the instance (nested activation), bounded depth.
};

class HostEnvironment {
 public:
  HostEnvironment(rt::Store& store, uint64_t seed);

  // One Extern per import of `module`, or nullopt if the host cannot build one (e.g. a memory
  // larger than the store's page limit), in which case the module is not run. With a
  // `provider`, each import is the first export of `provider` that matches it, if any (so
  // calls, tables, memories and globals cross between instances), else synthesized.
  std::optional<std::vector<rt::Extern>> SynthesizeImports(const rt::Module& module,
                                                           const rt::Instance* provider = nullptr);

  // Called once the instance exists, so kReenter has something to call.
  void set_instance(rt::Instance* instance) { instance_ = instance; }

  // Arguments for `type`: all defaults when `interesting` is false.
  std::vector<rt::Value> ArgsFor(const rt::FuncType& type, bool interesting);

  HostMode mode() const { return mode_; }

 private:
  rt::Outcome OnHostCall(const rt::FuncType& type, std::span<const rt::Value> args,
                         std::span<rt::Value> results);
  rt::Value Interesting(rt::ValType type);

  rt::Store& store_;
  Rng rng_;
  HostMode mode_;
  uint32_t nth_;
  uint32_t host_calls_ = 0;
  uint32_t reentry_depth_ = 0;
  rt::Instance* instance_ = nullptr;
};

}  // namespace linea::fuzz

#endif  // LINEA_TEST_FUZZ_HOST_ENVIRONMENT_H_
