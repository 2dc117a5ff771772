// Store::Collect: a mark-sweep over the store's instances and functions (see store.h).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/interpreter/interpreter.h"
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
    if (instances_.insert(instance).second) pending_.push_back(instance);
  }
  void Table(const rt::Table& table) {
    if (!IsFuncRefType(table.element_type())) return;
    for (void* ref : const_cast<rt::Table&>(table).elements())
      Function(static_cast<rt::Function*>(ref));
  }
  void Global(rt::Global& global) {
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

 private:
  std::unordered_set<rt::Function*> functions_;
  std::unordered_set<rt::Instance*> instances_;
  std::vector<rt::Instance*> pending_;
};

// How many of the owners of each table and global are the store's instances: more owners
// than that means something outside the store holds it.
template <typename T>
void CountInternal(const std::shared_ptr<T>& object, std::unordered_map<const T*, long>& counts) {
  if (object) ++counts[object.get()];
}

}  // namespace

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
  // Tables and globals held from outside: their use counts exceed their owners in here.
  std::unordered_map<const rt::Table*, long> table_owners;
  std::unordered_map<const rt::Global*, long> global_owners;
  std::unordered_map<const rt::Table*, const std::shared_ptr<rt::Table>*> tables;
  std::unordered_map<const rt::Global*, const std::shared_ptr<rt::Global>*> globals;
  for (const auto& instance : instances_) {
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
    if (owner->use_count() > table_owners[table]) marker.Table(*table);
  }
  for (const auto& [global, owner] : globals) {
    if (owner->use_count() > global_owners[global]) marker.Global(**owner);
  }
  // Tables and globals no instance holds are all held from outside (or being destroyed).
  ForEachLiveTable([&](rt::Table& table) {
    if (!tables.contains(&table)) marker.Table(table);
  });
  ForEachLiveGlobal([&](rt::Global& global) {
    if (!globals.contains(&global)) marker.Global(global);
  });
  // Exceptions live as long as the store: the functions in their payloads stay.
  for (const std::unique_ptr<rt::Exception>& exception : execution_->exceptions) {
    exception->ForEachRef(ValType::kFuncCode,
                          [&](void* ref) { marker.Function(static_cast<rt::Function*>(ref)); });
  }
  marker.Drain();

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
