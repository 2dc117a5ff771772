#include "runtime/store/table.h"

#include <algorithm>
#include <atomic>
#include <string>

#include "runtime/store/live_objects.h"

namespace linea::rt {
namespace {

// Elements held by all live tables, against kMaxTotalTableElements. Atomic: tables may be
// made on any thread that has a store.
std::atomic<uint64_t> total_table_elements{0};

// Takes `n` elements from the process-wide budget, or returns false if it is spent.
bool ReserveElements(uint64_t n) {
  uint64_t used = total_table_elements.load(std::memory_order_relaxed);
  do {
    if (used + n > kMaxTotalTableElements) return false;
  } while (!total_table_elements.compare_exchange_weak(used, used + n));
  return true;
}

}  // namespace

Result<std::shared_ptr<Table>> Table::Create(const TableType& type, void* init) {
  if (type.limits.min > kMaxTableSize) {
    return Error{"cannot allocate a table of " + std::to_string(type.limits.min) +
                 " elements: the limit is " + std::to_string(kMaxTableSize)};
  }
  if (!ReserveElements(type.limits.min)) {
    return Error{"cannot allocate a table of " + std::to_string(type.limits.min) +
                 " elements: all tables together may hold at most " +
                 std::to_string(kMaxTotalTableElements)};
  }
  std::shared_ptr<Table> table(new Table());
  table->type_ = type;
  table->elements_.assign(type.limits.min, init);
  table->live_sets_ = RegisterLive(table.get());
  return table;
}

Table::~Table() {
  UnregisterLive(*live_sets_, this);
  total_table_elements.fetch_sub(elements_.size());
}

std::optional<uint32_t> Table::Grow(uint32_t delta, void* init) {
  const uint32_t old_size = size();
  const uint64_t new_size = uint64_t{old_size} + delta;
  const uint64_t limit = std::min<uint64_t>(type_.limits.max.value_or(UINT32_MAX), kMaxTableSize);
  if (new_size > limit || !ReserveElements(delta)) return std::nullopt;
  elements_.resize(new_size, init);
  return old_size;
}

}  // namespace linea::rt
