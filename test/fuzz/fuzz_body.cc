// Fuzz target "body": the input is one function's instructions, placed in a fixed module that
// has something for every instruction to use (imported function, global, table and memory,
// two more tables, active and passive data, globals of every type, element segments, several
// signatures), then run like the "run" target, whose second instance imports the first's
// exports (shared table and memory, calls across instances). Mutating a whole module mostly breaks
// its framing; here nearly every mutation reaches the validator, the compiler and, when valid, the
// interpreter.
//
// Input: byte 0 picks the function's signature (kSignatures), the rest is the expression; the
// harness adds the locals declaration and the final `end`.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "test/fuzz/host_environment.h"
#include "test/fuzz/module_runner.h"

namespace linea::fuzz {
namespace {

constexpr uint8_t kI32 = 0x7f, kI64 = 0x7e, kF32 = 0x7d, kF64 = 0x7c, kFuncRef = 0x70,
                  kExternRef = 0x6f;

struct Signature {
  std::vector<uint8_t> params, results;
};
// Type 0 is the helper's and the import's; the fuzzed function's is 1 + input[0] % size.
const std::vector<Signature> kSignatures = {
    {{kI32}, {kI32}},
    {{}, {}},
    {{kI32, kI64, kF32, kF64}, {kI64}},
    {{}, {kI32, kI64}},
    {{kFuncRef, kExternRef}, {kExternRef}},
    {{kI32, kI32}, {kF64}},
    {{kF64, kF32}, {kF32, kF64, kI32}},
};

void Leb(std::vector<uint8_t>& out, uint32_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    out.push_back(v ? (b | 0x80) : b);
  } while (v);
}

void Section(std::vector<uint8_t>& out, uint8_t id, const std::vector<uint8_t>& payload) {
  out.push_back(id);
  Leb(out, static_cast<uint32_t>(payload.size()));
  out.insert(out.end(), payload.begin(), payload.end());
}

void Name(std::vector<uint8_t>& out, std::string_view name) {
  Leb(out, static_cast<uint32_t>(name.size()));
  out.insert(out.end(), name.begin(), name.end());
}

void Append(std::vector<uint8_t>& out, std::initializer_list<uint8_t> bytes) {
  out.insert(out.end(), bytes.begin(), bytes.end());
}

// Function indices: 0 the host import, 1 the fuzzed function, 2 the helper.
std::vector<uint8_t> WrapBody(std::span<const uint8_t> input) {
  const uint32_t fuzzed_type = 1 + (input.empty() ? 0 : input[0] % kSignatures.size());
  std::span<const uint8_t> expr = input.empty() ? input : input.subspan(1);

  std::vector<uint8_t> m = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
  std::vector<uint8_t> p;

  // Types: the helper's signature, then kSignatures.
  Leb(p, 1 + static_cast<uint32_t>(kSignatures.size()));
  auto put_type = [&](const Signature& s) {
    p.push_back(0x60);
    Leb(p, static_cast<uint32_t>(s.params.size()));
    p.insert(p.end(), s.params.begin(), s.params.end());
    Leb(p, static_cast<uint32_t>(s.results.size()));
    p.insert(p.end(), s.results.begin(), s.results.end());
  };
  put_type(kSignatures[0]);
  for (const Signature& s : kSignatures) put_type(s);
  Section(m, 1, p);

  p.clear();  // Imports: env.host (function 0), env.g (global 0), env.table (table 0),
              // env.memory (memory 0). The run's second instance gets the first's exports.
  Leb(p, 4);
  Name(p, "env");
  Name(p, "host");
  Append(p, {0x00, 0x00});
  Name(p, "env");
  Name(p, "g");
  Append(p, {0x03, kI32, 0x00});
  Name(p, "env");
  Name(p, "table");
  Append(p, {0x01, kFuncRef, 0x00, 0x04});
  Name(p, "env");
  Name(p, "memory");
  Append(p, {0x02, 0x01, 0x01, 0x04});
  Section(m, 2, p);

  p.clear();  // Functions 1 (fuzzed) and 2 (helper).
  Leb(p, 2);
  Leb(p, fuzzed_type);
  Leb(p, 0);
  Section(m, 3, p);

  p.clear();  // Tables 1 funcref {4, 64}, 2 externref {2}.
  Append(p, {0x02, kFuncRef, 0x01, 0x04, 0x40, kExternRef, 0x00, 0x02});
  Section(m, 4, p);

  p.clear();  // Globals 1..6: mut i32/i64/f32/f64/funcref, immutable i64.
  Leb(p, 6);
  Append(p, {kI32, 0x01, 0x41, 0x07, 0x0b});
  Append(p, {kI64, 0x01, 0x42, 0x7f, 0x0b});
  Append(p, {kF32, 0x01, 0x43, 0x00, 0x00, 0x80, 0x3f, 0x0b});
  Append(p, {kF64, 0x01, 0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x0b});
  Append(p, {kFuncRef, 0x01, 0xd2, 0x02, 0x0b});
  Append(p, {kI64, 0x00, 0x42, 0x2a, 0x0b});
  Section(m, 6, p);

  p.clear();  // Exports.
  Leb(p, 4);
  Name(p, "fuzz");
  Append(p, {0x00, 0x01});
  Name(p, "helper");
  Append(p, {0x00, 0x02});
  Name(p, "table");
  Append(p, {0x01, 0x01});
  Name(p, "memory");
  Append(p, {0x02, 0x00});
  Section(m, 7, p);

  p.clear();  // Elements: active (table 0 at 0: 0 1 2; table 1 at 1: 2 1), passive funcref
              // (2 1), declarative (2).
  Leb(p, 4);
  Append(p, {0x00, 0x41, 0x00, 0x0b, 0x03, 0x00, 0x01, 0x02});
  Append(p, {0x02, 0x01, 0x41, 0x01, 0x0b, 0x00, 0x02, 0x02, 0x01});
  Append(p, {0x01, 0x00, 0x02, 0x02, 0x01});
  Append(p, {0x03, 0x00, 0x01, 0x02});
  Section(m, 9, p);

  p.clear();  // Data count.
  Leb(p, 2);
  Section(m, 12, p);

  p.clear();  // Code.
  std::vector<uint8_t> fuzzed = {0x05, 0x02, kI32, 0x02, kI64,    0x01,
                                 kF32, 0x01, kF64, 0x01, kFuncRef};
  fuzzed.insert(fuzzed.end(), expr.begin(), expr.end());
  fuzzed.push_back(0x0b);
  const std::vector<uint8_t> helper = {0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x0b};
  Leb(p, 2);
  Leb(p, static_cast<uint32_t>(fuzzed.size()));
  p.insert(p.end(), fuzzed.begin(), fuzzed.end());
  Leb(p, static_cast<uint32_t>(helper.size()));
  p.insert(p.end(), helper.begin(), helper.end());
  Section(m, 10, p);

  p.clear();  // Data: active "hello" at 16, passive "world!!".
  Leb(p, 2);
  Append(p, {0x00, 0x41, 0x10, 0x0b, 0x05, 'h', 'e', 'l', 'l', 'o'});
  Append(p, {0x01, 0x07, 'w', 'o', 'r', 'l', 'd', '!', '!'});
  Section(m, 11, p);
  return m;
}

}  // namespace
}  // namespace linea::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  const std::vector<uint8_t> module = linea::fuzz::WrapBody(bytes);
  linea::fuzz::RunModule(module, linea::fuzz::HashBytes(bytes));
  return 0;
}
