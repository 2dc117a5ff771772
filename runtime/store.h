// The store (core spec 4.2.3): owns every instance and function created in it, runs
// instantiation and calls. One per JS isolate in the bindings, one per .wast file in the
// spec-test runner. Not thread-safe: use it from one thread.
#ifndef LINEA_RUNTIME_STORE_H_
#define LINEA_RUNTIME_STORE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"

namespace linea::rt {

struct StoreLimits {
  uint32_t max_memory_pages = kMaxPages;  // Host limit on any memory's size.
  // Deepest nesting of wasm calls before the call-stack-exhausted trap. Well under 100000,
  // so runaway recursion traps long before the native or value stack could overflow.
  uint32_t max_call_depth = 20000;
  // Interpreter value stack, in 8-byte slots, shared by all nested calls.
  uint32_t value_stack_slots = 4 * 1024 * 1024;
};

struct InstantiateResult {
  enum class Kind : uint8_t {
    kOk,
    kLinkError,          // Imports do not match: `message` names module, field and why.
    kTrap,               // A segment was out of bounds or the start function trapped: `trap`.
    kException,          // The start function's host import raised a host exception.
    kResourceExhausted,  // A table or memory could not be allocated: `message` says which.
    kThrow,              // The start function threw a wasm exception: `exception`.
  };
  Kind kind = Kind::kOk;
  Instance* instance = nullptr;  // kOk only.
  std::string message;
  Trap trap;
  Exception* exception = nullptr;
};

struct ExecutionState;  // The interpreter's stacks; see runtime/interpreter.h.

class Store {
 public:
  explicit Store(StoreLimits limits = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const StoreLimits& limits() const { return limits_; }

  Function* CreateHostFunction(const FuncType& type, HostCallback callback);

  // Instantiates `module` with `imports` in the order of module->imports (core spec 4.5.4):
  // import matching, globals, tables, memories, functions, exports, then element and data
  // segments in order, then the start function.
  InstantiateResult Instantiate(std::shared_ptr<const Module> module,
                                std::span<const Extern> imports);

  // Calls `function` (wasm or host) with `args`, which must match its parameter types.
  // On kOk, `results` holds the results.
  Outcome Call(Function* function, std::span<const Value> args, std::vector<Value>* results);

  // A new exception of `tag` (exception handling) with `payload`, one value per tag
  // parameter, for a host to throw into wasm (Outcome::Throw). Owned by the store.
  Exception* NewException(std::shared_ptr<Tag> tag, std::span<const Value> payload);

  // For the interpreter.
  ExecutionState& execution_state() { return *execution_; }

 private:
  StoreLimits limits_;
  std::deque<std::unique_ptr<Instance>> instances_;
  std::deque<std::unique_ptr<Function>> functions_;
  std::unique_ptr<ExecutionState> execution_;
  friend class Instantiator;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_H_
