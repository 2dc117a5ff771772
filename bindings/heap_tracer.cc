#include "bindings/heap_tracer.h"

namespace linea::bindings {

void StoreTracer::RegisterV8References(const std::vector<std::pair<void*, void*>>& fields) {
  for (const auto& [first, second] : fields) {
    if (second == &kWrappableTracingTag) {
      if (rt::Instance* instance = TracedInstanceOf(first)) {
        instances_.push_back(instance);
        pending_ = true;
      }
    } else if (second == &kFunctionTracingTag) {
      functions_.push_back(TracedFunctionOf(first));
      pending_ = true;
    }
  }
}

void StoreTracer::TracePrologue(TraceFlags) {
  instances_.clear();
  functions_.clear();
  reached_.clear();
  // What was made before this cycle and is alive, V8 reports.
  new_instances_.clear();
  new_functions_.clear();
  final_pause_ = false;
  pending_ = false;
}

bool StoreTracer::AdvanceTracing(double) {
  if (final_pause_ && pending_) Trace();
  return true;
}

// Before the final pause there is nothing to do: all tracing happens in it.
bool StoreTracer::IsTracingDone() { return !final_pause_ || !pending_; }

void StoreTracer::EnterFinalPause(EmbedderStackState) {
  final_pause_ = true;
  pending_ = true;  // Trace at least once, from the roots made meanwhile too.
}

void StoreTracer::TraceEpilogue(TraceSummary*) {
  // Only a cycle that traced (a full GC) reclaims what it did not reach.
  if (final_pause_) MarkCallablesReclaimed(state_, reached_);
  instances_.clear();
  functions_.clear();
  reached_.clear();
  final_pause_ = false;
  pending_ = false;
}

void StoreTracer::Trace() {
  pending_ = false;
  instances_.insert(instances_.end(), new_instances_.begin(), new_instances_.end());
  functions_.insert(functions_.end(), new_functions_.begin(), new_functions_.end());
  new_instances_.clear();
  new_functions_.clear();
  TraceStore(state_, instances_, functions_, *this);
}

}  // namespace linea::bindings
