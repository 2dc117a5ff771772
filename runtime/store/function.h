// Function instances (core spec 4.2.6): a wasm function of some instance, or a host function
// (the bindings' JS functions, the spec-test `spectest.print*`).
#ifndef LINEA_RUNTIME_STORE_FUNCTION_H_
#define LINEA_RUNTIME_STORE_FUNCTION_H_

#include <cstdint>
#include <functional>
#include <span>

#include "runtime/interpreter/trap.h"
#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::rt {

class Instance;
struct Exception;  // runtime/store/tag.h
struct CompiledFunction;

// How a call into or out of wasm ended.
struct Outcome {
  enum class Kind : uint8_t {
    kOk,
    kTrap,       // `trap` says which.
    kException,  // A host function raised an exception the host keeps (a pending JS exception);
                 // the runtime unwinds every wasm frame and hands it back unchanged.
    kThrow,      // A wasm exception (`exception`) escaped uncaught (exception handling).
    kSuspend,    // JSPI: a host function asks to suspend the activation calling it; the
                 // interpreter moves the activation off its stacks into `suspension` (owned by
                 // the store) and returns this to the host that started the activation, which
                 // resumes it later with Store::Resume.
  };
  Kind kind = Kind::kOk;
  // Before `trap`: after it, the interpreter's register allocation got worse (GCC 12 spilled
  // the memory base of every load and store, +2% instructions on memory-heavy code).
  union {
    struct Exception* exception = nullptr;  // kThrow only; owned by the store.
    struct Suspension* suspension;          // kSuspend out of the interpreter.
  };
  Trap trap;

  static Outcome Ok() { return {}; }
  static Outcome Exception() { return {Kind::kException, nullptr, {}}; }
  static Outcome FromTrap(Trap t) { return {Kind::kTrap, nullptr, std::move(t)}; }
  static Outcome Throw(struct Exception* e) { return {Kind::kThrow, e, {}}; }
  static Outcome Suspend() { return {Kind::kSuspend, nullptr, {}}; }
  bool ok() const { return kind == Kind::kOk; }
};

// A host function receives its arguments and writes exactly type().results.size() results
// (their `type` fields are preset; the callback sets `bits`).
using HostCallback = std::function<Outcome(std::span<const Value> args, std::span<Value> results)>;

// A host function's optional fast form, which the interpreter calls instead of the HostCallback:
// the arguments in the caller's slots (code.h's slot convention), the results written over them
// from slots[0]. No Value arrays are built. The embedder finds its own data through
// callee->embedder_data. Returns the outcome's kind; for any kind but kOk it first stores the
// whole Outcome in `*failure` (untouched on kOk: a call that returns normally builds no
// Outcome, whose construction and destruction cost a wasm-to-JS call ~20 instructions).
using SlotHostCallback = Outcome::Kind (*)(Function* callee, Slot* slots, Outcome* failure);

class Function {
 public:
  // A wasm function: `instance`'s function `index`, running `code`.
  Function(uint32_t canonical_type_id, Instance* instance, uint32_t index,
           const CompiledFunction* code)
      : canonical_type_id_(canonical_type_id),
        type_(&CanonicalType(canonical_type_id)),
        instance_(instance),
        index_(index),
        code_(code) {}
  // A host function.
  Function(uint32_t canonical_type_id, HostCallback callback)
      : canonical_type_id_(canonical_type_id),
        type_(&CanonicalType(canonical_type_id)),
        host_(std::move(callback)) {}

  uint32_t canonical_type_id() const { return canonical_type_id_; }
  // Cached: interned types never move (runtime/types.h), and calls read the type every time.
  const FuncType& type() const { return *type_; }
  bool is_host() const { return instance_ == nullptr; }

  Instance* instance() const { return instance_; }  // nullptr for host functions.
  uint32_t index() const { return index_; }         // Index in its instance's module.
  const CompiledFunction* code() const { return code_; }
  // Lazy compilation (runtime/compile/lazy_compile.h): the interpreter replaces the stub with
  // the function's code on its first call. A Function belongs to one store, used by one thread;
  // only the module (and the code) is shared between threads.
  void set_code(const CompiledFunction* code) { code_ = code; }
  const HostCallback& host_callback() const { return host_; }
  SlotHostCallback slot_host_callback() const { return slot_host_; }
  // Host functions only: the fast form the interpreter then prefers (it must behave as the
  // HostCallback does).
  void set_slot_host_callback(SlotHostCallback callback) { slot_host_ = callback; }

  // Free for the embedder: the bindings cache the JS function object wrapping this one here,
  // so the same wasm function always yields the same JS function.
  void* embedder_data = nullptr;
  // References the host holds (e.g. a live JS object): while non-zero, a root of
  // Store::Collect.
  uint32_t host_refs = 0;

 private:
  uint32_t canonical_type_id_;
  const FuncType* type_;
  Instance* instance_ = nullptr;
  uint32_t index_ = 0;
  const CompiledFunction* code_ = nullptr;
  HostCallback host_;
  SlotHostCallback slot_host_ = nullptr;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_FUNCTION_H_
