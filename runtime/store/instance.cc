#include "runtime/store/instance.h"

namespace linea::rt {

const Extern* Instance::FindExport(std::string_view name) const {
  for (const auto& [export_name, value] : exports) {
    if (export_name == name) return &value;
  }
  return nullptr;
}

}  // namespace linea::rt
