#include "bindings/heap_tracer.h"

namespace linea::bindings {

void TraceRoots::Append(TraceRoots& more) {
  instances.insert(instances.end(), more.instances.begin(), more.instances.end());
  functions.insert(functions.end(), more.functions.begin(), more.functions.end());
  tables.insert(tables.end(), more.tables.begin(), more.tables.end());
  globals.insert(globals.end(), more.globals.begin(), more.globals.end());
  gc_objects.insert(gc_objects.end(), more.gc_objects.begin(), more.gc_objects.end());
  more.Clear();
}

void TraceRoots::Clear() {
  instances.clear();
  functions.clear();
  tables.clear();
  globals.clear();
  gc_objects.clear();
}

void StoreTracer::RegisterV8References(const std::vector<std::pair<void*, void*>>& fields) {
  for (const auto& [first, second] : fields) {
    if (second == &kWrappableTracingTag) {
      TracedObject object = TracedObjectOf(first);
      if (object.instance != nullptr || object.table != nullptr || object.global != nullptr) {
        roots_.Add(object);
        pending_ = true;
      }
    } else if (second == &kFunctionTracingTag) {
      roots_.functions.push_back(TracedFunctionOf(first));
      pending_ = true;
    } else if (second == &kGcObjectTracingTag) {
      roots_.gc_objects.push_back(static_cast<rt::GcObject*>(first));
      pending_ = true;
    }
  }
}

void StoreTracer::TracePrologue(TraceFlags) {
  roots_.Clear();
  reached_.clear();
  // What was made before this cycle and is alive, V8 reports.
  new_roots_.Clear();
  final_pause_ = false;
  pending_ = false;
  BeginExternRefTrace(state_);
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
  MarkReclaimed(state_, reached_, /*full=*/final_pause_);
  roots_.Clear();
  reached_.clear();
  final_pause_ = false;
  pending_ = false;
}

void StoreTracer::Trace() {
  pending_ = false;
  roots_.Append(new_roots_);
  TraceStore(state_, roots_, *this);
}

}  // namespace linea::bindings
