// Tables of references (core spec 4.2.7).
#ifndef LINEA_RUNTIME_STORE_TABLE_H_
#define LINEA_RUNTIME_STORE_TABLE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/result.h"
#include "runtime/store/live_objects.h"
#include "runtime/types.h"

namespace linea::rt {

class Table {
 public:
  // Every element starts as `init` (a Function* for funcref tables, a host pointer for
  // externref tables, nullptr for null). Fails if the initial size exceeds kMaxTableSize.
  static Result<std::shared_ptr<Table>> Create(const TableType& type, void* init = nullptr);

  uint32_t size() const { return static_cast<uint32_t>(elements_.size()); }
  TableType type() const { return {type_.element, {size(), type_.limits.max}, type_.address64}; }
  ValType element_type() const { return type_.element; }

  // Bounds are the caller's to check (index < size()).
  void* Get(uint32_t index) const { return elements_[index]; }
  void Set(uint32_t index, void* ref) { elements_[index] = ref; }

  // table.grow: old size, or nullopt past the maximum or kMaxTableSize.
  std::optional<uint32_t> Grow(uint32_t delta, void* init);

  // Direct access for the interpreter (table.fill/copy/init, call_indirect).
  std::vector<void*>& elements() { return elements_; }

 private:
  Table() = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

 public:
  ~Table();

 private:
  TableType type_;
  std::vector<void*> elements_;
  std::shared_ptr<LiveSets> live_sets_;  // Its thread's (live_objects.h).
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_TABLE_H_
