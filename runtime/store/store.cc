// Store construction, host functions and calls into wasm. (Store::Instantiate is in
// runtime/store/instantiate.cc.)
#include "runtime/store/store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/interpreter/exceptions.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/store/gc_heap.h"
#include "runtime/store/host_refs.h"
#include "runtime/store/instance.h"
#include "runtime/store/live_objects.h"
#include "runtime/store/store_inline.h"

namespace linea::rt {

Store::Store(StoreLimits limits)
    : limits_(limits), execution_(std::make_unique<ExecutionState>(limits_)) {
  execution_->heap = std::make_unique<GcHeap>(
      execution_->stack.get(),
      [this](const std::function<void(uint64_t)>& mark) { VisitGcRoots(mark); });
}

// The GC heap's roots besides the value stack and pins: references of the any and extern
// hierarchies in tables and globals (process-wide: a JS-held one belongs to no instance),
// element segments and what the store holds itself. Pointers that are no object of this heap
// are ignored by the heap, so over-reporting is harmless.
void Store::VisitGcRoots(const std::function<void(uint64_t)>& mark) const {
  ForEachLiveTable([&](Table& table) {
    if (!IsTracedStorage(table.element_type())) return;
    for (void* ref : table.elements()) mark(reinterpret_cast<uintptr_t>(ref));
  });
  ForEachLiveGlobal([&](Global& global) {
    if (IsTracedStorage(global.type().type)) mark(global.value().bits);
  });
  for (const std::unique_ptr<Instance>& instance : instances_) {
    for (const std::vector<void*>& segment : instance->element_segments) {
      for (void* ref : segment) mark(reinterpret_cast<uintptr_t>(ref));
    }
  }
  VisitStoreHeldGcRoots(mark);
}

// Suspended JSPI activations and exception payloads: alive as long as the store, for both
// collectors (Store::Trace too).
void Store::VisitStoreHeldGcRoots(const std::function<void(uint64_t)>& mark) const {
  // Suspended JSPI activations: their slots carry no types, any may hold a reference.
  for (const std::unique_ptr<Suspension>& suspension : execution_->suspensions) {
    suspension->ForEachSlot([&](const Slot& slot) {
      mark(slot.lanes[0]);
      mark(slot.lanes[1]);
    });
  }
  for (const std::unique_ptr<Exception>& exception : execution_->exceptions) {
    exception->ForEachRef(ValType::kAnyCode,
                          [&](void* ref) { mark(reinterpret_cast<uintptr_t>(ref)); });
    exception->ForEachRef(ValType::kExternCode,
                          [&](void* ref) { mark(reinterpret_cast<uintptr_t>(ref)); });
  }
}

GcHeap& Store::gc_heap() { return *execution_->heap; }

Store::~Store() {
  ClearInterrupt();
  // For measurements (tools/bench, test/js/wasm/gc_stress.test): the GC heap's totals.
  if (std::getenv("LINEA_GC_STATS") != nullptr && execution_->heap->stats().collections != 0) {
    const GcStats& stats = execution_->heap->stats();
    std::fprintf(stderr,
                 "gc: %llu collections, max pause %.2f ms, total pause %.1f ms, %.1f MB "
                 "allocated\n",
                 static_cast<unsigned long long>(stats.collections), stats.max_pause_ms,
                 stats.total_pause_ms, static_cast<double>(stats.allocated_bytes) / (1 << 20));
  }
  if (function_finalizer_) {
    for (const std::unique_ptr<Function>& function : functions_)
      function_finalizer_(function.get());
  }
}

size_t Store::exception_count() const { return execution_->exceptions.size(); }

void Store::SetExceptionsUntilCollection(size_t n) {
  execution_->exceptions_until_collection =
      static_cast<ptrdiff_t>(std::min<size_t>(n, PTRDIFF_MAX));
}

Exception* Store::NewException(std::shared_ptr<Tag> tag, std::span<const Value> payload) {
  std::vector<Slot> slots;
  slots.reserve(payload.size());
  for (const Value& value : payload) slots.push_back(value.slot());
  return rt::NewException(*execution_, tag, slots.data(), static_cast<uint32_t>(slots.size()));
}

Function* Store::CreateHostFunction(const FuncType& type, HostCallback callback) {
  functions_.push_back(std::make_unique<Function>(CanonicalTypeId(type), std::move(callback)));
  return functions_.back().get();
}

void Store::RequestInterrupt() {
  if (!execution_->interrupt_requested.exchange(true)) stores_with_interrupt.fetch_add(1);
}

void Store::ClearInterrupt() {
  if (execution_->interrupt_requested.exchange(false)) stores_with_interrupt.fetch_sub(1);
}

bool Store::VisitExternRefs(const std::function<void(void*)>& visit) const {
  if (execution_->depth() != 0) return false;
  ForEachLiveTable([&](Table& table) { VisitHostRefs(table, visit); });
  ForEachLiveGlobal([&](Global& global) { VisitHostRefs(global, visit); });
  for (const std::unique_ptr<Instance>& instance : instances_) {
    VisitElementSegmentHostRefs(*instance, visit);
  }
  // Host values converted to anyref live in boxes (which hold them as long as they live), and
  // GC objects hold them in externref fields and elements: those the heap's roots reach.
  execution_->heap->VisitReachableHostPointers(visit);
  VisitStoreHeldHostRefs(visit);
  return true;
}

void Store::VisitStoreHeldHostRefs(const std::function<void(void*)>& visit) const {
  // A suspended activation's slots carry no types: any of them may be an externref.
  for (const std::unique_ptr<Suspension>& suspension : execution_->suspensions) {
    suspension->ForEachSlot([&](const Slot& slot) {
      if (slot.ref != nullptr) visit(slot.ref);
    });
  }
  // Exceptions live as long as the store (an exnref may be anywhere): their externrefs too,
  // among them the JS value of every JS exception that crossed wasm (JSTag).
  for (const std::unique_ptr<Exception>& exception : execution_->exceptions) {
    exception->ForEachRef(ValType::kExternCode, [&](void* ref) {
      if (IsHostRef(ref)) visit(ref);
    });
  }
}

Outcome Store::Call(Function* function, std::span<const Value> args, std::vector<Value>* results) {
  results->clear();
  std::vector<Value> room(function->type().results.size());
  Outcome outcome = Call(function, args, std::span<Value>(room));
  if (outcome.ok()) *results = std::move(room);
  return outcome;
}

Outcome Store::Call(Function* function, std::span<const Value> args, std::span<Value> results) {
  CallScope scope(*this);
  const FuncType& type = function->type();
  if (args.size() != type.params.size() || results.size() != type.results.size()) {
    // A caller bug, but never a reason to read or write past `args` or `results`.
    return Outcome::FromTrap(
        Trap{TrapKind::kHostTrap,
             "Store::Call: the function takes " + std::to_string(type.params.size()) +
                 " arguments and has " + std::to_string(type.results.size()) + " results, got " +
                 std::to_string(args.size()) + " and room for " + std::to_string(results.size()),
             {}});
  }
  if (function->is_host()) {
    for (size_t i = 0; i < results.size(); ++i) results[i] = Value::Default(type.results[i]);
    return function->host_callback()(args, results);
  }
  Slot* fp = CallFrame(function);
  if (fp == nullptr) {
    return Outcome::FromTrap(Trap{TrapKind::kCallStackExhausted,
                                  std::string(TrapMessage(TrapKind::kCallStackExhausted)),
                                  {}});
  }
  for (size_t i = 0; i < type.params.size(); ++i) fp[i] = args[i].slot();
  Outcome outcome = Execute(*execution_, function, fp);
  if (outcome.kind == Outcome::Kind::kSuspend) outcome.suspension->entry = function;
  if (outcome.ok()) {
    for (size_t i = 0; i < results.size(); ++i)
      results[i] = Value::FromSlot(type.results[i], fp[i]);
  }
  return outcome;
}

Outcome Store::Resume(Suspension* suspension, std::span<const Value> host_results,
                      Exception* exception, std::span<Value> results) {
  CallScope scope(*this);
  return ResumeActivation(*execution_, suspension, host_results, exception, results);
}

Outcome Store::TakeFailure() { return std::move(execution_->failure); }

void Store::Discard(Suspension* suspension) { DiscardSuspension(*execution_, suspension); }

size_t Store::suspension_count() const { return execution_->suspensions.size(); }

}  // namespace linea::rt
