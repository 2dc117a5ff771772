// The interpreter's exception-handling helpers (out of line, so that the interpreter loop
// keeps no objects with destructors; see runtime/interpreter/interpreter.cc).
#ifndef LINEA_RUNTIME_INTERPRETER_EXCEPTIONS_H_
#define LINEA_RUNTIME_INTERPRETER_EXCEPTIONS_H_

#include <cstdint>
#include <memory>

#include "runtime/code.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/instance.h"
#include "runtime/store/tag.h"

namespace linea::rt {

// A new exception of `tag` with payload args[0..n), owned by `state`.
Exception* NewException(ExecutionState& state, const std::shared_ptr<Tag>& tag, const Slot* args,
                        uint32_t n);

// The catch clause of `code` (run by `instance`) that catches `exception` thrown at `pc`,
// innermost first: writes the clause's values into its label's slots in frame `fp` and returns
// its landing pad; nullptr when no clause of this function catches it.
const uint32_t* FindCatch(const CompiledFunction& code, const uint32_t* pc,
                          const Instance& instance, Exception* exception, Slot* fp);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_EXCEPTIONS_H_
