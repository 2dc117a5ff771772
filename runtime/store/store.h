// The store (core spec 4.2.3): owns every instance and function created in it, runs
// instantiation and calls. One per JS isolate in the bindings, one per .wast file in the
// spec-test runner. Not thread-safe: use it from one thread, with the tables and globals it
// works with made on that thread too (its collectors see those: live_objects.h). Threads
// share compiled modules (immutable: a shared_ptr<const Module> may be instantiated in
// stores on several threads at once) and shared memories (reference-counted; see
// runtime/store/memory.h), and nothing else.
#ifndef LINEA_RUNTIME_STORE_STORE_H_
#define LINEA_RUNTIME_STORE_STORE_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime/decode/module.h"
#include "runtime/store/function.h"
#include "runtime/store/instance.h"

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

struct ExecutionState;  // The interpreter's stacks; see runtime/interpreter/interpreter.h.
struct Suspension;      // A suspended activation; see runtime/interpreter/suspension.h.
class GcHeap;
struct GcObject;

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
  // The same with room for the results given: `results` has exactly one element per result
  // (so a host can call without allocating).
  Outcome Call(Function* function, std::span<const Value> args, std::span<Value> results);
  // The boundary's fast form for a wasm function (not a host one): the host writes the
  // arguments straight into the frame slots CallFrame returns (code.h's slot convention), and
  // after CallInPlace returns kOk the results are in the same slots from the first on. CallFrame
  // returns nullptr when the value stack has no room (then use Call, which reports the trap).
  // Both are inline, defined in runtime/store/store_inline.h (they need the interpreter's
  // ExecutionState): a host's per-call path pays no call for them. CallInPlace returns only the
  // outcome's kind (in a register); for any kind but kOk, TakeFailure() then returns the whole
  // Outcome, and must be called before anything else runs in the store.
  inline Slot* CallFrame(const Function* function);
  inline Slot* CallFrame(size_t slots);  // Room for max(params, results) slots.
  // A frame for a function of at most kUncheckedCallFrameSlots params and results, without the
  // room test: the value stack has that many slots of slack past its end, and CallInPlace
  // tests the room for the callee's whole frame (ending kTrap, call stack exhausted, as Call
  // does, when there is none).
  // UncheckedCallFrame and CallInPlace take the store's execution state (execution_state(),
  // which lives as long as the store): a host that keeps a pointer to it reaches the stacks in
  // one load per call instead of two, both on the path every call waits for.
  static constexpr size_t kUncheckedCallFrameSlots = 8;
  static inline Slot* UncheckedCallFrame(ExecutionState& execution);
  static inline Outcome::Kind CallInPlace(ExecutionState& execution, Function* function,
                                          Slot* frame);
  Outcome TakeFailure();

  // JSPI: continues an activation that Call returned as Outcome::kSuspend (consuming the
  // suspension), as though its host call had returned `host_results` (one per result of the
  // host function) or, if `exception` is non-null, thrown that wasm exception. It may suspend
  // again. `results` has one element per result of the function Call was given.
  Outcome Resume(Suspension* suspension, std::span<const Value> host_results, Exception* exception,
                 std::span<Value> results);
  // Frees a suspension that will never be resumed.
  void Discard(Suspension* suspension);
  size_t suspension_count() const;

  // Asks running wasm to stop: the interpreter polls at every taken branch (so at every loop
  // back-edge) and function entry, and then unwinds the activation with TrapKind::kInterrupted. The
  // request stays until ClearInterrupt, so every activation (nested ones too, and any started
  // meanwhile) stops at its next poll. Safe from any thread and from a signal handler.
  void RequestInterrupt();
  void ClearInterrupt();

  // Calls `visit` with every non-null externref the store's wasm can still reach: those in
  // the instances' element segments, and in every live Table and Global of this thread (the
  // latter a superset: also those of other stores, and those held only by the host). Returns
  // false, visiting nothing, while any wasm function runs (its stack holds references too).
  // With it a host frees the referents it gave out as externrefs that nothing reaches, as long
  // as it holds none itself between giving one out and storing it (see bindings/README.md).
  bool VisitExternRefs(const std::function<void(void*)>& visit) const;

  // Frees the instances and functions nothing can reach any more, and so the memories, tables
  // and globals only they held (a memory's reservation is unmapped with it). Roots: instances
  // and functions with host_refs, tables and globals (and the functions in them) held by
  // anything outside the store's own objects (a shared_ptr owner the store cannot see: a JS
  // object, an ArrayBuffer, a C++ local). Edges: an instance reaches its functions, tables,
  // memories, globals, element segments and exports; a wasm function its instance; a table or
  // global the functions it holds. Host functions are leaves (what their callables reach is the
  // host's). Does nothing and returns false during any Call or Instantiate (their stacks and
  // the instance being made hold references). Suspended activations (Resume) are roots: the
  // instances of their frames, and any function a slot of theirs points to.
  // Before a function is freed, the finalizer (if set) is called with it.
  bool Collect();
  // For a host whose own collector traces through the store (the bindings: V8's embedder
  // tracing, bindings/heap_tracer.h). Marks as Collect would from `roots` (what the host found
  // alive; instances and functions no longer in the store are ignored) and from the tables and
  // globals held outside the store, then calls `visit.host_function` with every host function
  // reached and `visit.externref` with every externref reached. GC objects (gc_heap.h) are
  // traced too, from those whose wrappers the host found alive (`gc_objects`; pins are no roots
  // here) and from what the store reaches: their externrefs are visited, and
  // `visit.pinned_gc_object` is called with each pinned one reached (its wrapper must live on).
  // With `everything`, or while the store is in use (a Call or Instantiate: their stacks hold
  // references it cannot see), every host function is visited and no externref or GC object:
  // the host must then keep all of its own.
  struct TraceRoots {
    std::span<Instance* const> instances;
    std::span<Function* const> functions;
    std::span<Table* const> tables;  // Tables and globals whose wrappers the host found alive.
    std::span<Global* const> globals;
    std::span<GcObject* const> gc_objects;
    // How many references to a table or global the host's wrappers hold: not roots by
    // themselves (a wrapper found alive is among `tables` or `globals`).
    std::function<long(const void*)> held_by_wrappers;
  };
  struct TraceVisitor {
    std::function<void(Function*)> host_function;
    std::function<void(void*)> externref;
    std::function<void(GcObject*)> pinned_gc_object;
  };
  void Trace(const TraceRoots& roots, const TraceVisitor& visit, bool everything = false) const;
  // Whether a Call or Instantiate is under way.
  bool in_use() const;
  void set_function_finalizer(std::function<void(Function*)> finalizer) {
    function_finalizer_ = std::move(finalizer);
  }
  size_t instance_count() const { return instances_.size(); }

  // Frees the exceptions nothing can reach any more (runtime/store/exception_collect.cc). Roots:
  // exceptions with host_refs (a WebAssembly.Exception object), and those in exnref globals
  // and tables; edges: exnrefs in payloads. Between calls no wasm frame holds an exnref, so
  // like Collect this does nothing and returns false during a Call or Instantiate. Collect
  // runs it first.
  bool CollectExceptions();
  size_t exception_count() const;
  // True once `n` more exceptions have been made since SetExceptionsUntilCollection(n) (never
  // before the first such call). Inline, in runtime/store/store_inline.h: hosts test it on
  // every call.
  inline bool exception_collection_due() const;
  static inline bool exception_collection_due(const ExecutionState& execution);
  void SetExceptionsUntilCollection(size_t n);

  // A new exception of `tag` (exception handling) with `payload`, one value per tag
  // parameter, for a host to throw into wasm (Outcome::Throw). Owned by the store.
  Exception* NewException(std::shared_ptr<Tag> tag, std::span<const Value> payload);

  // For the interpreter.
  ExecutionState& execution_state() { return *execution_; }
  // The heap of GC objects (runtime/store/gc_heap.h).
  GcHeap& gc_heap();

 private:
  StoreLimits limits_;
  std::deque<std::unique_ptr<Instance>> instances_;
  std::deque<std::unique_ptr<Function>> functions_;
  std::unique_ptr<ExecutionState> execution_;
  std::function<void(Function*)> function_finalizer_;
  void VisitGcRoots(const std::function<void(uint64_t)>& mark) const;
  void VisitStoreHeldGcRoots(const std::function<void(uint64_t)>& mark) const;
  // The externrefs the store itself holds outside its instances, tables, globals and GC
  // objects: in suspended activations and exception payloads (runtime/store/host_refs.h).
  void VisitStoreHeldHostRefs(const std::function<void(void*)>& visit) const;
  uint32_t calls_in_progress_ = 0;  // Store::Call and Instantiate activations.
  // Counts one for its lifetime.
  struct CallScope {
    explicit CallScope(Store& store) : store(store) { ++store.calls_in_progress_; }
    ~CallScope() { --store.calls_in_progress_; }
    Store& store;
  };
  friend class Instantiator;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_STORE_H_
