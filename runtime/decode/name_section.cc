#include "runtime/decode/name_section.h"

#include <map>
#include <optional>
#include <string>

#include "runtime/decode/binary_reader.h"

namespace linea::rt {

namespace {

constexpr uint8_t kModuleNameSubsection = 0;
constexpr uint8_t kFunctionNamesSubsection = 1;

// A name map: indices in increasing order, each with a name.
bool ParseNameMap(BinaryReader& r, std::map<uint32_t, std::string>* names) {
  const uint32_t count = r.Count();
  std::optional<uint32_t> previous;
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const uint32_t index = r.U32();
    std::string name = r.Name();
    if (!r.ok() || (previous && index <= *previous)) return false;
    previous = index;
    names->emplace(index, std::move(name));
  }
  return r.ok() && r.at_end();
}

}  // namespace

bool ParseNameSection(std::span<const uint8_t> content, size_t offset, Module* module) {
  BinaryReader r(content, offset);
  std::optional<std::string> module_name;
  std::map<uint32_t, std::string> function_names;
  int previous_id = -1;
  while (!r.at_end() && r.ok()) {
    const uint8_t id = r.U8();
    const uint32_t size = r.Length();
    const size_t sub_offset = r.offset();
    std::span<const uint8_t> sub = r.Bytes(size);
    if (!r.ok() || id <= previous_id) return false;  // Subsections come once, in order.
    previous_id = id;
    BinaryReader s(sub, sub_offset);
    if (id == kModuleNameSubsection) {
      module_name = s.Name();
      if (!s.ok() || !s.at_end()) return false;
    } else if (id == kFunctionNamesSubsection) {
      if (!ParseNameMap(s, &function_names)) return false;
    }
    // Other subsections (locals, labels, ... of later proposals) are skipped.
  }
  if (!r.ok()) return false;
  module->module_name = std::move(module_name);
  module->function_names = std::move(function_names);
  return true;
}

}  // namespace linea::rt
