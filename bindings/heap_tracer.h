// V8's embedder tracing over the store, so that V8 sees the two kinds of reference the store holds
// to JS: a host function's callable and an externref's object (externref_table.h). Without it
// they would be strong roots, and a cycle through JS (an instance importing a closure that refers
// back to the instance or its exports; a table or global holding an object that holds the
// instance, the table or the global) would never be collected. With it, a callable or object
// lives while V8 finds a live wrapper (an Instance, Table or Global object, an Exported Function,
// a GC object's wrapper) from which the store reaches it (GC objects' fields included), or while
// the store is in use (a call, an instantiation, imports being read, externref handles in flight:
// everything is reached then).
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
#include "runtime/store/global.h"
#include "runtime/store/instance.h"
#include "runtime/store/table.h"

namespace linea::rt {
struct GcObject;
}

namespace linea::bindings {

class State;

// Internal field 1 of the JS objects reported to the tracer: says what field 0 points to.
inline int kWrappableTracingTag = 0;  // Field 0: a Wrappable (wrapper.h).
inline int kFunctionTracingTag = 0;   // Field 0: a FunctionData (exported_function.h).
inline int kGcObjectTracingTag = 0;   // Field 0: an rt::GcObject (gc_objects.h).

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

// The runtime object a wrapper makes a root of the trace (at most one is set).
struct TracedObject {
  rt::Instance* instance = nullptr;
  rt::Table* table = nullptr;
  rt::Global* global = nullptr;
};

// The bindings' side of the tracer (in tracing_roots.cc; this file is compiled apart, without
// RTTI, and sees no other bindings header): the runtime object a reported wrapper or function
// link stands for, and the trace through the store, which gives the tracer each callable reached.
TracedObject TracedObjectOf(void* wrappable);
rt::Function* TracedFunctionOf(void* function_data);
struct TraceRoots {
  std::vector<rt::Instance*> instances;
  std::vector<rt::Function*> functions;
  std::vector<rt::Table*> tables;
  std::vector<rt::Global*> globals;
  std::vector<rt::GcObject*> gc_objects;
  void Add(TracedObject object) {
    if (object.instance != nullptr) instances.push_back(object.instance);
    if (object.table != nullptr) tables.push_back(object.table);
    if (object.global != nullptr) globals.push_back(object.global);
  }
  void Append(TraceRoots& more);
  void Clear();
};
void TraceStore(State& state, const TraceRoots& roots, StoreTracer& tracer);
void BeginExternRefTrace(State& state);
// At the end of a cycle; after a full GC (`full`), the callables of host functions not in
// `reached` were reclaimed, and the externref objects the trace did not reach.
void MarkReclaimed(State& state, const std::unordered_set<rt::Function*>& reached, bool full);

class StoreTracer final : public v8::EmbedderHeapTracer {
 public:
  // Tells V8 that the callable of `function` is alive (during TraceStore).
  void RegisterCallable(rt::Function* function, const v8::TracedReference<v8::Function>& callable) {
    if (reached_.insert(function).second) RegisterEmbedderReference(callable.As<v8::Data>());
  }
  // Tells V8 that an externref's object is alive (during TraceStore).
  void RegisterObject(const v8::TracedReference<v8::Object>& object) {
    RegisterEmbedderReference(object.As<v8::Data>());
  }

  explicit StoreTracer(State& state) : state_(state) {}

  // A root made now: kept for the cycle under way, if any.
  void NoteNewRoot(rt::Instance* instance) { new_roots_.instances.push_back(instance); }
  void NoteNewRoot(rt::Function* function) { new_roots_.functions.push_back(function); }
  void NoteNewRoot(rt::Table* table) { new_roots_.tables.push_back(table); }
  void NoteNewRoot(rt::Global* global) { new_roots_.globals.push_back(global); }
  void NoteNewRoot(rt::GcObject* object) { new_roots_.gc_objects.push_back(object); }

  void RegisterV8References(const std::vector<std::pair<void*, void*>>& fields) override;
  void TracePrologue(TraceFlags flags) override;
  bool AdvanceTracing(double deadline_in_ms) override;
  bool IsTracingDone() override;
  void TraceEpilogue(TraceSummary* summary) override;
  void EnterFinalPause(EmbedderStackState stack_state) override;

 private:
  void Trace();

  State& state_;
  TraceRoots roots_;  // Reported by V8 or made during this cycle.
  TraceRoots new_roots_;
  std::unordered_set<rt::Function*> reached_;  // Host functions whose callable V8 was given.
  bool final_pause_ = false;
  bool pending_ = false;  // Roots arrived since the last trace.
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_HEAP_TRACER_H_
