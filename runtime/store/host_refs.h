// The host values (externref handles) the store's objects hold, for the host's externref
// collectors: Store::VisitExternRefs (every live object) and Store::Trace (the objects V8's
// trace reached) visit each object through the same functions.
#ifndef LINEA_RUNTIME_STORE_HOST_REFS_H_
#define LINEA_RUNTIME_STORE_HOST_REFS_H_

#include <cstdint>
#include <vector>

#include "runtime/store/global.h"
#include "runtime/store/instance.h"
#include "runtime/store/table.h"

namespace linea::rt {

// An externref that is a host value: not null, and no i31 or externalized GC object (their
// low bits are set; host pointers are aligned).
inline bool IsHostRef(void* ref) {
  const uintptr_t bits = reinterpret_cast<uintptr_t>(ref);
  return bits != 0 && (bits & 3) == 0;
}

template <typename Visit>
void VisitHostRefs(const Table& table, Visit&& visit) {
  if (!IsExternRefType(table.element_type())) return;
  for (void* ref : const_cast<Table&>(table).elements()) {
    if (IsHostRef(ref)) visit(ref);
  }
}

template <typename Visit>
void VisitHostRefs(const Global& global, Visit&& visit) {
  if (IsExternRefType(global.type().type) && IsHostRef(global.value().ref())) {
    visit(global.value().ref());
  }
}

// Those of an instance's element segments (its tables and globals are visited on their own).
template <typename Visit>
void VisitElementSegmentHostRefs(const Instance& instance, Visit&& visit) {
  const std::vector<ElementSegment>& segments = instance.module->elements;
  for (size_t i = 0; i < instance.element_segments.size() && i < segments.size(); ++i) {
    if (!IsExternRefType(segments[i].type)) continue;
    for (void* ref : instance.element_segments[i]) {
      if (IsHostRef(ref)) visit(ref);
    }
  }
}

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_HOST_REFS_H_
