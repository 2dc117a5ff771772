#include "runtime/table.h"

#include <algorithm>
#include <string>

namespace linea::rt {

Result<std::shared_ptr<Table>> Table::Create(const TableType& type, void* init) {
  if (type.limits.min > kMaxTableSize) {
    return Error{"cannot allocate a table of " + std::to_string(type.limits.min) +
                 " elements: the limit is " + std::to_string(kMaxTableSize)};
  }
  std::shared_ptr<Table> table(new Table());
  table->type_ = type;
  table->elements_.assign(type.limits.min, init);
  return table;
}

std::optional<uint32_t> Table::Grow(uint32_t delta, void* init) {
  const uint32_t old_size = size();
  const uint64_t new_size = uint64_t{old_size} + delta;
  const uint64_t limit = std::min<uint64_t>(type_.limits.max.value_or(UINT32_MAX), kMaxTableSize);
  if (new_size > limit) return std::nullopt;
  elements_.resize(new_size, init);
  return old_size;
}

}  // namespace linea::rt
