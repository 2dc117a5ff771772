// V8's embedder tracing over the store, so that V8 sees the one kind of reference the store holds
// to JS: a host function's callable. Without it the callable would be a strong root, and a cycle
// through JS (an instance importing a closure that refers back to the instance or its exports)
// would never be collected. With it, a callable lives while V8 finds a live wrapper (an Instance
// object, an Exported Function) from which the store reaches its host function, or while the
// store is in use (a call, an instantiation, imports being read: everything is reached then).
//
// Tracing is done whole in V8's final marking pause (atomic, so store edges made by wasm or JS
// during incremental marking are all seen); roots V8 cannot report (wrappers made while marking
// runs are allocated black) are noted as they are made. Minor GCs treat every callable as a root.
#ifndef LINEA_BINDINGS_HEAP_TRACER_H_
#define LINEA_BINDINGS_HEAP_TRACER_H_

#include <v8.h>

#include <span>
#include <unordered_set>
#include <utility>
#include <vector>

#include "runtime/store/function.h"
#include "runtime/store/instance.h"

namespace linea::bindings {

class State;

// Internal field 1 of the JS objects reported to the tracer: says what field 0 points to.
inline int kWrappableTracingTag = 0;  // Field 0: a Wrappable (wrapper.h).
inline int kFunctionTracingTag = 0;   // Field 0: a FunctionData (exported_function.h).

// A host function's callable, as the host function and its FunctionData share it. V8 10.2
// reclaims the node of a TracedReference that a full GC did not reach, without clearing the
// reference: from then on it must be neither read nor reset (`reclaimed`, set by the tracer for
// the host functions it did not reach, which nothing can call any more).
struct TracedCallable {
  TracedCallable(v8::Isolate* isolate, v8::Local<v8::Function> callable) : ref(isolate, callable) {}
  ~TracedCallable() {
    if (!reclaimed) ref.Reset();  // A TracedReference is not reset by its destructor.
  }
  v8::TracedReference<v8::Function> ref;
  bool reclaimed = false;
};

class StoreTracer;

// The bindings' side of the tracer (in tracing_roots.cc; this file is compiled apart, without
// RTTI, and sees no other bindings header): the runtime object a reported wrapper or function
// link stands for, and the trace through the store, which gives the tracer each callable reached.
rt::Instance* TracedInstanceOf(void* wrappable);
rt::Function* TracedFunctionOf(void* function_data);
void TraceStore(State& state, std::span<rt::Instance* const> instances,
                std::span<rt::Function* const> functions, StoreTracer& tracer);
// After a full GC: the callables of host functions not in `reached` were reclaimed.
void MarkCallablesReclaimed(State& state, const std::unordered_set<rt::Function*>& reached);

class StoreTracer final : public v8::EmbedderHeapTracer {
 public:
  // Tells V8 that the callable of `function` is alive (during TraceStore).
  void RegisterCallable(rt::Function* function, const v8::TracedReference<v8::Function>& callable) {
    if (reached_.insert(function).second) RegisterEmbedderReference(callable.As<v8::Data>());
  }

  explicit StoreTracer(State& state) : state_(state) {}

  // A root made now: kept for the cycle under way, if any.
  void NoteNewRoot(rt::Instance* instance) { new_instances_.push_back(instance); }
  void NoteNewRoot(rt::Function* function) { new_functions_.push_back(function); }

  void RegisterV8References(const std::vector<std::pair<void*, void*>>& fields) override;
  void TracePrologue(TraceFlags flags) override;
  bool AdvanceTracing(double deadline_in_ms) override;
  bool IsTracingDone() override;
  void TraceEpilogue(TraceSummary* summary) override;
  void EnterFinalPause(EmbedderStackState stack_state) override;

 private:
  void Trace();

  State& state_;
  std::vector<rt::Instance*> instances_;  // Reported by V8 or made during this cycle.
  std::vector<rt::Function*> functions_;
  std::vector<rt::Instance*> new_instances_;
  std::vector<rt::Function*> new_functions_;
  std::unordered_set<rt::Function*> reached_;  // Host functions whose callable V8 was given.
  bool final_pause_ = false;
  bool pending_ = false;  // Roots arrived since the last trace.
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_HEAP_TRACER_H_
