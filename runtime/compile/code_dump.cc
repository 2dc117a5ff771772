#include "runtime/compile/code_dump.h"

#include <cstdlib>
#include <unordered_map>

#include "runtime/interpreter/interpreter.h"

namespace linea::rt {

bool PrintCodeEnabled() {
  static const bool enabled = std::getenv("LINEA_PRINT_CODE") != nullptr;
  return enabled;
}

std::string DumpCode(const CompiledFunction& f, std::span<const uint32_t> instruction_starts) {
  static constexpr const char* kNames[] = {
#define V(Name) #Name,
      LINEA_ALL_OPS(V)
#undef V
  };
  std::unordered_map<uint32_t, const char*> names;
  for (size_t i = 0; i < std::size(kNames); ++i) names[HandlerWord(static_cast<Op>(i))] = kNames[i];
  std::string out = "func " + std::to_string(f.func_index) + ": " + std::to_string(f.num_locals) +
                    " locals, " + std::to_string(f.frame_slots) + " slots, constants";
  for (const Slot& s : f.constants) out += " " + std::to_string(s.lanes[0]);
  out += "\n";
  for (size_t i = 0; i < instruction_starts.size(); ++i) {
    const uint32_t start = instruction_starts[i];
    const uint32_t end = i + 1 < instruction_starts.size() ? instruction_starts[i + 1]
                                                           : static_cast<uint32_t>(f.code.size());
    auto name = names.find(f.code[start]);
    out += "  " + std::to_string(start) + ": " + (name != names.end() ? name->second : "?");
    for (uint32_t w = start + 1; w < end; ++w) out += " " + std::to_string(int32_t(f.code[w]));
    out += "\n";
  }
  return out;
}

}  // namespace linea::rt
