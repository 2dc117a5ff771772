// Store::CollectExceptions: a mark-sweep over the store's exceptions (see store.h).
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/store/global.h"
#include "runtime/store/live_objects.h"
#include "runtime/store/store.h"
#include "runtime/store/table.h"

namespace linea::rt {

bool Store::CollectExceptions() {
  if (calls_in_progress_ != 0 || execution_->depth() != 0) return false;
  std::vector<std::unique_ptr<Exception>>& exceptions = execution_->exceptions;
  if (exceptions.empty()) return true;
  std::unordered_set<const Exception*> marked;
  std::vector<const Exception*> pending;
  auto mark = [&](void* ref) {
    const auto* exception = static_cast<const Exception*>(ref);
    if (exception != nullptr && marked.insert(exception).second) pending.push_back(exception);
  };
  for (const std::unique_ptr<Exception>& exception : exceptions) {
    if (exception->host_refs != 0) mark(exception.get());
  }
  // Every exnref global and table of this thread: one may belong to another store, so only
  // pointers to this store's exceptions count (the sweep below frees nothing else anyway).
  ForEachLiveGlobal([&](Global& global) {
    if (IsExnRefType(global.type().type)) mark(global.value().ref());
  });
  ForEachLiveTable([&](Table& table) {
    if (!IsExnRefType(table.element_type())) return;
    for (void* ref : table.elements()) mark(ref);
  });
  // A suspended activation's slots carry no types: any may be an exnref (only ours count).
  for (const std::unique_ptr<Suspension>& suspension : execution_->suspensions) {
    suspension->ForEachSlot([&](const Slot& slot) { mark(slot.ref); });
  }
  std::unordered_set<const Exception*> ours;
  for (const std::unique_ptr<Exception>& exception : exceptions) ours.insert(exception.get());
  while (!pending.empty()) {
    const Exception* exception = pending.back();
    pending.pop_back();
    if (ours.contains(exception)) exception->ForEachRef(ValType::kExnCode, mark);
  }
  std::erase_if(exceptions, [&](const std::unique_ptr<Exception>& exception) {
    return !marked.contains(exception.get());
  });
  return true;
}

}  // namespace linea::rt
