// Exception tags and exceptions (exception handling, core spec 3.0, 4.2.9 and 4.2.14).
#ifndef LINEA_RUNTIME_STORE_TAG_H_
#define LINEA_RUNTIME_STORE_TAG_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::rt {

// A tag instance: its identity is what catch clauses match, so two tags of one type differ.
class Tag {
 public:
  explicit Tag(uint32_t canonical_type_id) : canonical_type_id_(canonical_type_id) {}
  Tag(const Tag&) = delete;
  Tag& operator=(const Tag&) = delete;

  uint32_t canonical_type_id() const { return canonical_type_id_; }
  // The tag's parameters are the exception's payload; its results are always empty.
  const FuncType& type() const { return CanonicalType(canonical_type_id_); }

  // Free for the embedder (the bindings cache the WebAssembly.Tag object here).
  void* embedder_data = nullptr;

 private:
  uint32_t canonical_type_id_;
};

// An exception instance: a tag and its payload, one slot per tag parameter. An exnref is a
// pointer to one. Owned by the store's ExecutionState (exceptions live as long as the store).
struct Exception {
  std::shared_ptr<Tag> tag;
  std::vector<Slot> payload;
  // Free for the embedder (the bindings keep the JS value of a JS exception, or the
  // WebAssembly.Exception object, here).
  void* embedder_data = nullptr;
  // Holders outside the store (the bindings' WebAssembly.Exception objects): roots of
  // Store::CollectExceptions while non-zero.
  uint32_t host_refs = 0;

  // Calls `visit` with each non-null reference of `type` in the payload.
  template <typename Visit>
  void ForEachRef(ValType::Code top, Visit&& visit) const {
    const std::vector<ValType>& params = tag->type().params;
    for (size_t i = 0; i < params.size() && i < payload.size(); ++i) {
      if (params[i].is_ref() && TopHeap(params[i]) == top && payload[i].ref != nullptr) {
        visit(payload[i].ref);
      }
    }
  }
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_TAG_H_
