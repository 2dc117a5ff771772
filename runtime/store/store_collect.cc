// Store::Collect: a mark-sweep over the store's instances and functions (see store.h).
#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/store/gc_heap.h"
#include "runtime/store/host_refs.h"
#include "runtime/store/instance.h"
#include "runtime/store/live_objects.h"
#include "runtime/store/store.h"

namespace linea::rt {
namespace {

class Marker {
 public:
  void Function(rt::Function* function) {
    if (function == nullptr || !functions_.insert(function).second) return;
    if (!function->is_host()) Instance(function->instance());
  }
  void Instance(rt::Instance* instance) {
    if (!instances_.insert(instance).second) return;
    pending_.push_back(instance);
    new_instances_.push_back(instance);
  }
  void Table(const rt::Table& table) {
    if (!tables_.insert(&table).second) return;
    new_tables_.push_back(&table);
    if (!IsFuncRefType(table.element_type())) return;
    for (void* ref : const_cast<rt::Table&>(table).elements())
      Function(static_cast<rt::Function*>(ref));
  }
  void Global(rt::Global& global) {
    if (!globals_.insert(&global).second) return;
    new_globals_.push_back(&global);
    if (IsFuncRefType(global.type().type)) Function(global.value().func());
  }

  // Marks everything reachable from the instances marked so far.
  void Drain() {
    while (!pending_.empty()) {
      rt::Instance* instance = pending_.back();
      pending_.pop_back();
      for (rt::Function* function : instance->functions) Function(function);
      for (const auto& table : instance->tables) Table(*table);
      for (const auto& global : instance->globals) Global(*global);
      const std::vector<ElementSegment>& segments = instance->module->elements;
      for (size_t i = 0; i < instance->element_segments.size() && i < segments.size(); ++i) {
        if (!IsFuncRefType(segments[i].type)) continue;
        for (void* ref : instance->element_segments[i]) Function(static_cast<rt::Function*>(ref));
      }
      for (const auto& [name, value] : instance->exports) {
        Function(value.function);
        if (value.table) Table(*value.table);
        if (value.global) Global(*value.global);
      }
    }
  }

  bool marked(const rt::Instance* instance) const {
    return instances_.contains(const_cast<rt::Instance*>(instance));
  }
  bool marked(rt::Function* function) const { return functions_.contains(function); }

  // Calls `visit` with the externrefs of what is marked (after Drain).
  void VisitExternRefs(const std::function<void(void*)>& visit) const {
    for (const rt::Table* table : tables_) VisitHostRefs(*table, visit);
    for (const rt::Global* global : globals_) VisitHostRefs(*global, visit);
    for (const rt::Instance* instance : instances_) VisitElementSegmentHostRefs(*instance, visit);
  }
  // Marks, together with `gc` (a trace of the GC heap whose funcrefs come back to Function),
  // everything reachable from what is marked so far: instances reach GC objects through
  // their tables, globals and element segments, and GC objects reach functions.
  void DrainWithGcHeap(GcHeap::HostTrace& gc) {
    do {
      Drain();
      for (const rt::Table* table : new_tables_) {
        if (!IsTracedStorage(table->element_type())) continue;
        for (void* ref : const_cast<rt::Table*>(table)->elements()) {
          gc.Mark(reinterpret_cast<uintptr_t>(ref));
        }
      }
      for (const rt::Global* global : new_globals_) {
        if (IsTracedStorage(global->type().type)) gc.Mark(global->value().bits);
      }
      for (const rt::Instance* instance : new_instances_) {
        for (const std::vector<void*>& segment : instance->element_segments) {
          for (void* ref : segment) gc.Mark(reinterpret_cast<uintptr_t>(ref));
        }
      }
      new_tables_.clear();
      new_globals_.clear();
      new_instances_.clear();
      gc.Drain();
    } while (!pending_.empty());
  }

 private:
  std::unordered_set<rt::Function*> functions_;
  std::unordered_set<rt::Instance*> instances_;
  std::unordered_set<const rt::Table*> tables_;
  std::unordered_set<rt::Global*> globals_;
  std::vector<rt::Instance*> pending_;
  // Marked since the last DrainWithGcHeap round: their GC references are still to mark.
  std::vector<const rt::Table*> new_tables_;
  std::vector<const rt::Global*> new_globals_;
  std::vector<const rt::Instance*> new_instances_;
};

// How many of the owners of each table and global are the store's instances: more owners
// than that means something outside the store holds it.
template <typename T>
void CountInternal(const std::shared_ptr<T>& object, std::unordered_map<const T*, long>& counts) {
  if (object) ++counts[object.get()];
}

// Marks what suspended activations (JSPI) hold: the instances of their frames, the functions
// they run and any function a slot holds (slots carry no types: a slot is a funcref if it
// points to one of the store's functions).
void MarkSuspensions(const ExecutionState& execution,
                     const std::deque<std::unique_ptr<rt::Function>>& functions, Marker& marker) {
  if (execution.suspensions.empty()) return;
  std::unordered_set<rt::Function*> all_functions;
  for (const auto& function : functions) all_functions.insert(function.get());
  for (const std::unique_ptr<Suspension>& suspension : execution.suspensions) {
    for (const ExecutionState::Frame& frame : suspension->frames) {
      if (frame.instance != nullptr) marker.Instance(frame.instance);
    }
    marker.Function(suspension->entry);
    marker.Function(const_cast<rt::Function*>(suspension->host));
    suspension->ForEachSlot([&](const Slot& slot) {
      auto* function = static_cast<rt::Function*>(slot.ref);
      if (all_functions.contains(function)) marker.Function(function);
    });
  }
}

// Marks what tables and globals held from outside the store reach: their use counts exceed
// their owners among the store's instances (or no instance holds them at all), not counting
// the references `held_by_wrappers` says the host's traced wrappers hold.
void MarkExternallyHeld(const std::deque<std::unique_ptr<rt::Instance>>& instances,
                        const std::function<long(const void*)>& held_by_wrappers, Marker& marker) {
  auto external = [&](const void* object, long use_count, long internal) {
    return use_count - (held_by_wrappers ? held_by_wrappers(object) : 0) > internal;
  };
  std::unordered_map<const rt::Table*, long> table_owners;
  std::unordered_map<const rt::Global*, long> global_owners;
  std::unordered_map<const rt::Table*, const std::shared_ptr<rt::Table>*> tables;
  std::unordered_map<const rt::Global*, const std::shared_ptr<rt::Global>*> globals;
  for (const auto& instance : instances) {
    for (const auto& table : instance->tables) {
      CountInternal(table, table_owners);
      tables.emplace(table.get(), &table);
    }
    for (const auto& global : instance->globals) {
      CountInternal(global, global_owners);
      globals.emplace(global.get(), &global);
    }
    for (const auto& [name, value] : instance->exports) {
      CountInternal(value.table, table_owners);
      CountInternal(value.global, global_owners);
    }
  }
  for (const auto& [table, owner] : tables) {
    if (external(table, owner->use_count(), table_owners[table])) marker.Table(*table);
  }
  for (const auto& [global, owner] : globals) {
    if (external(global, owner->use_count(), global_owners[global])) marker.Global(**owner);
  }
  // Tables and globals no instance of this store holds: held by the host (or by another store).
  ForEachLiveTable([&](rt::Table& table) {
    if (!tables.contains(&table) && !(held_by_wrappers && held_by_wrappers(&table) != 0)) {
      marker.Table(table);
    }
  });
  ForEachLiveGlobal([&](rt::Global& global) {
    if (!globals.contains(&global) && !(held_by_wrappers && held_by_wrappers(&global) != 0)) {
      marker.Global(global);
    }
  });
}

// Marks the functions in the payloads of the exceptions the store holds: caught exceptions,
// exnref values and WebAssembly.Exception objects can all rethrow them to wasm.
void MarkExceptionPayloads(const std::vector<std::unique_ptr<rt::Exception>>& exceptions,
                           Marker& marker) {
  for (const std::unique_ptr<rt::Exception>& exception : exceptions) {
    exception->ForEachRef(ValType::kFuncCode,
                          [&](void* ref) { marker.Function(static_cast<rt::Function*>(ref)); });
  }
}

}  // namespace

bool Store::in_use() const { return calls_in_progress_ != 0 || execution_->depth() != 0; }

bool Store::Collect() {
  if (calls_in_progress_ != 0 || execution_->depth() != 0) return false;
  CollectExceptions();  // So that only live exceptions' funcrefs are marked below.
  Marker marker;
  for (const auto& instance : instances_) {
    if (instance->host_refs != 0) marker.Instance(instance.get());
  }
  for (const auto& function : functions_) {
    if (function->host_refs != 0) marker.Function(function.get());
  }
  MarkSuspensions(*execution_, functions_, marker);
  MarkExternallyHeld(instances_, nullptr, marker);
  MarkExceptionPayloads(execution_->exceptions, marker);
  // GC objects reachable from the pins (JS wrappers) or from what is marked keep the functions
  // in their funcref fields.
  GcHeap::HostTrace gc(*execution_->heap, nullptr,
                       [&](rt::Function* function) { marker.Function(function); });
  gc.MarkPins();
  VisitStoreHeldGcRoots([&](uint64_t bits) { gc.Mark(bits); });
  marker.DrainWithGcHeap(gc);

  // Sweep: functions first (their finalizer may look at their instance), then instances.
  std::erase_if(functions_, [&](const std::unique_ptr<rt::Function>& function) {
    if (marker.marked(function.get())) return false;
    if (function_finalizer_) function_finalizer_(function.get());
    return true;
  });
  std::erase_if(instances_, [&](const std::unique_ptr<rt::Instance>& instance) {
    return !marker.marked(instance.get());
  });
  return true;
}

}  // namespace linea::rt

namespace linea::rt {

void Store::Trace(const TraceRoots& roots, const TraceVisitor& visit, bool everything) const {
  everything = everything || in_use();
  Marker marker;
  // The GC heap is traced with the store, from the wrappers the host found alive and from what
  // the store reaches (not from the pins: a wrapper V8 did not find keeps nothing, so cycles
  // through JS go); its objects' externrefs are visited as they are marked.
  std::optional<GcHeap::HostTrace> gc;
  if (!everything) {
    gc.emplace(*execution_->heap, visit.externref,
               [&](rt::Function* function) { marker.Function(function); });
    // Roots the host noted earlier may have been freed since: only current members count.
    std::unordered_set<const Instance*> current_instances;
    for (const auto& instance : instances_) current_instances.insert(instance.get());
    std::unordered_set<const Function*> current_functions;
    for (const auto& function : functions_) current_functions.insert(function.get());
    for (Instance* instance : roots.instances) {
      if (current_instances.contains(instance)) marker.Instance(instance);
    }
    for (Function* function : roots.functions) {
      if (current_functions.contains(function)) marker.Function(function);
    }
    // A wrapper holds its table or global: alive while the wrapper is.
    for (Table* table : roots.tables) marker.Table(*table);
    for (Global* global : roots.globals) marker.Global(*global);
    for (GcObject* object : roots.gc_objects) {
      const uint64_t bits = reinterpret_cast<uintptr_t>(object);
      if (execution_->heap->Contains(bits)) gc->Mark(bits);
    }
    MarkSuspensions(*execution_, functions_, marker);
    MarkExternallyHeld(instances_, roots.held_by_wrappers, marker);
    // Not collected here (this is const): every exception the store holds counts as live.
    MarkExceptionPayloads(execution_->exceptions, marker);
    VisitStoreHeldGcRoots([&](uint64_t bits) { gc->Mark(bits); });
    marker.DrainWithGcHeap(*gc);
  }
  if (visit.host_function) {
    for (const auto& function : functions_) {
      if (function->is_host() && (everything || marker.marked(function.get()))) {
        visit.host_function(function.get());
      }
    }
  }
  if (everything) return;
  if (visit.externref) {
    marker.VisitExternRefs(visit.externref);
    VisitStoreHeldHostRefs(visit.externref);
  }
  if (visit.pinned_gc_object) gc->ForEachMarkedPin(visit.pinned_gc_object);
}

}  // namespace linea::rt
