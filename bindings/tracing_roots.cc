// The bindings' side of V8's tracing through the store (see heap_tracer.h).
#include <unordered_set>

#include "bindings/exported_function.h"
#include "bindings/heap_tracer.h"
#include "bindings/state.h"
#include "bindings/wrapper.h"

namespace linea::bindings {

rt::Instance* TracedInstanceOf(void* wrappable) {
  return static_cast<Wrappable*>(wrappable)->traced_instance();
}

rt::Function* TracedFunctionOf(void* function_data) {
  return static_cast<FunctionData*>(function_data)->function;
}

void TraceStore(State& state, std::span<rt::Instance* const> instances,
                std::span<rt::Function* const> functions, StoreTracer& tracer) {
  // While imports are read or an instance is not yet wrapped, C++ holds what no root reaches:
  // everything is alive then.
  state.store().TraceHostFunctions(
      instances, functions,
      [&](rt::Function* function) {
        auto* data = static_cast<FunctionData*>(function->embedder_data);
        if (data != nullptr && data->callable)
          tracer.RegisterCallable(function, data->callable->ref);
      },
      /*everything=*/state.collection_blocked());
}

void MarkCallablesReclaimed(State& state, const std::unordered_set<rt::Function*>& reached) {
  state.store().TraceHostFunctions(
      {}, {},
      [&](rt::Function* function) {
        auto* data = static_cast<FunctionData*>(function->embedder_data);
        if (data != nullptr && data->callable && !reached.contains(function)) {
          data->callable->reclaimed = true;
        }
      },
      /*everything=*/true);
}

}  // namespace linea::bindings
