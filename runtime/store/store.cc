// Store construction, host functions and calls into wasm. (Store::Instantiate is in
// runtime/store/instantiate.cc.)
#include "runtime/store/store.h"

#include <algorithm>
#include <string>

#include "runtime/interpreter/exceptions.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/instance.h"
#include "runtime/store/live_objects.h"

namespace linea::rt {

Store::Store(StoreLimits limits)
    : limits_(limits), execution_(std::make_unique<ExecutionState>(limits_)) {}

Store::~Store() {
  ClearInterrupt();
  if (function_finalizer_) {
    for (const std::unique_ptr<Function>& function : functions_)
      function_finalizer_(function.get());
  }
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
  ForEachLiveTable([&](Table& table) {
    if (table.element_type() != ValType::kExternRef) return;
    for (void* ref : table.elements()) {
      if (ref != nullptr) visit(ref);
    }
  });
  ForEachLiveGlobal([&](Global& global) {
    if (global.type().type == ValType::kExternRef && !global.value().is_null()) {
      visit(global.value().ref());
    }
  });
  for (const std::unique_ptr<Instance>& instance : instances_) {
    const std::vector<ElementSegment>& segments = instance->module->elements;
    for (size_t i = 0; i < instance->element_segments.size() && i < segments.size(); ++i) {
      if (segments[i].type != ValType::kExternRef) continue;
      for (void* ref : instance->element_segments[i]) {
        if (ref != nullptr) visit(ref);
      }
    }
  }
  // Exceptions live as long as the store (an exnref may be anywhere): their externrefs too,
  // among them the JS value of every JS exception that crossed wasm (JSTag).
  for (const std::unique_ptr<Exception>& exception : execution_->exceptions) {
    exception->ForEachRef(ValType::kExternRef, visit);
  }
  return true;
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
  if (outcome.ok()) {
    for (size_t i = 0; i < results.size(); ++i)
      results[i] = Value::FromSlot(type.results[i], fp[i]);
  }
  return outcome;
}

Slot* Store::CallFrame(const Function* function) {
  const FuncType& type = function->type();
  const size_t slots = std::max(type.params.size(), type.results.size());
  Slot* fp = execution_->sp;
  return static_cast<size_t>(execution_->stack_end - fp) < slots ? nullptr : fp;
}

Outcome Store::CallInPlace(Function* function, Slot* frame) {
  CallScope scope(*this);
  return Execute(*execution_, function, frame);
}

}  // namespace linea::rt
