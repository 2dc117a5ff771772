// The bindings' side of V8's tracing through the store (see heap_tracer.h).
#include <unordered_set>

#include "bindings/exported_function.h"
#include "bindings/gc_objects.h"
#include "bindings/heap_tracer.h"
#include "bindings/state.h"
#include "bindings/wrapper.h"

namespace linea::bindings {

TracedObject TracedObjectOf(void* wrappable) {
  return static_cast<Wrappable*>(wrappable)->traced_object();
}

rt::Function* TracedFunctionOf(void* function_data) {
  return static_cast<FunctionData*>(function_data)->function;
}

void TraceStore(State& state, const TraceRoots& roots, StoreTracer& tracer) {
  // While imports are read or an instance is not yet wrapped, C++ holds what no root reaches,
  // and while externref handles are in flight, C++ holds them: everything is alive then.
  ExternRefTable& externrefs = state.externrefs();
  const bool everything = state.collection_blocked() || externrefs.held() || state.store().in_use();
  rt::Store::TraceRoots store_roots{
      .instances = roots.instances,
      .functions = roots.functions,
      .tables = roots.tables,
      .globals = roots.globals,
      .gc_objects = roots.gc_objects,
      // A Table or Global object holds one reference to its runtime object (wrapper.h's cache).
      .held_by_wrappers = [&](const void* object) -> long {
        return state.object_cache().contains(object) ? 1 : 0;
      }};
  rt::Store::TraceVisitor visitor{
      .host_function =
          [&](rt::Function* function) {
            auto* data = static_cast<FunctionData*>(function->embedder_data);
            if (data != nullptr && data->callable)
              tracer.RegisterCallable(function, data->callable->ref);
          },
      .externref = [&](void* handle) { externrefs.Reach(handle, tracer); },
      .pinned_gc_object = [&](rt::GcObject* object) { ReachGcWrapper(state, object, tracer); }};
  state.store().Trace(store_roots, visitor, everything);
  if (everything) {
    externrefs.ReachAll(tracer);
    ReachAllGcWrappers(state, tracer);
  }
  externrefs.ReachMadeWhileTracing(tracer);
}

void BeginExternRefTrace(State& state) {
  state.externrefs().BeginTrace();
  BeginGcWrapperTrace(state);
}

void MarkReclaimed(State& state, const std::unordered_set<rt::Function*>& reached, bool full) {
  state.externrefs().EndTrace(full);
  EndGcWrapperTrace(state, full);
  if (!full) return;
  rt::Store::TraceVisitor visitor;
  visitor.host_function = [&](rt::Function* function) {
    auto* data = static_cast<FunctionData*>(function->embedder_data);
    if (data != nullptr && data->callable && !reached.contains(function)) {
      data->callable->reclaimed = true;
    }
  };
  state.store().Trace({}, visitor, /*everything=*/true);
}

}  // namespace linea::bindings
