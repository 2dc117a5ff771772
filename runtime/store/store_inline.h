// The Store's per-call members that need the interpreter's ExecutionState, inline: a host's
// boundary path (bindings/exported_function.cc) calls them on every call, and out of line they
// cost more than their bodies. Include this where they are used (store.h declares them).
#ifndef LINEA_RUNTIME_STORE_STORE_INLINE_H_
#define LINEA_RUNTIME_STORE_STORE_INLINE_H_

#include <algorithm>

#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/store/store.h"

namespace linea::rt {

inline Slot* Store::CallFrame(const Function* function) {
  const FuncType& type = function->type();
  return CallFrame(std::max(type.params.size(), type.results.size()));
}

inline Slot* Store::CallFrame(size_t slots) {
  Slot* fp = execution_->sp;
  if (fp == nullptr) __builtin_unreachable();  // Never: so callers' null tests fold away.
  return static_cast<size_t>(execution_->stack_end - fp) < slots ? nullptr : fp;
}

inline Slot* Store::UncheckedCallFrame(ExecutionState& execution) {
  Slot* fp = execution.sp;
  if (fp == nullptr) __builtin_unreachable();
  return fp;
}

inline Outcome::Kind Store::CallInPlace(ExecutionState& execution, Function* function,
                                        Slot* frame) {
  // No CallScope: `function` is a wasm function, whose activation's sentinel frame record
  // makes the store in use (in_use(), depth() != 0) from before anything runs until it ends.
  Outcome::Kind kind = ExecuteInPlace(execution, function, frame);
  // One test on the kOk path: the suspension's is under it.
  if (kind != Outcome::Kind::kOk) [[unlikely]] {
    if (kind == Outcome::Kind::kSuspend) execution.failure.suspension->entry = function;
  }
  return kind;
}

inline bool Store::exception_collection_due(const ExecutionState& execution) {
  return execution.exceptions_until_collection <= 0;
}
inline bool Store::exception_collection_due() const {
  return exception_collection_due(*execution_);
}

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_STORE_INLINE_H_
