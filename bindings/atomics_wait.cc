#include "bindings/atomics_wait.h"

#include <atomic>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "bindings/webassembly.h"
#include "bindings/webidl.h"
#include "runtime/store/parking_lot.h"

namespace linea::bindings {
namespace {

// --- The interrupt flags of JS waits, one per isolate ------------------------------------------
// Set by TerminateExecution from any thread, read by the parking lot while a JS wait sleeps.
struct InterruptFlags {
  std::mutex mutex;
  std::unordered_map<v8::Isolate*, std::shared_ptr<std::atomic<bool>>> flags;

  std::shared_ptr<std::atomic<bool>> Of(v8::Isolate* isolate) {
    std::lock_guard lock(mutex);
    std::shared_ptr<std::atomic<bool>>& flag = flags[isolate];
    if (flag == nullptr) flag = std::make_shared<std::atomic<bool>>(false);
    return flag;
  }
};

InterruptFlags& Interrupts() {
  static InterruptFlags* flags = new InterruptFlags();  // Never destroyed: any thread may ask.
  return *flags;
}

// --- Validation (ValidateIntegerTypedArray with waitable = true, ValidateAtomicAccess) --------

// A validated element of an Int32Array or BigInt64Array.
struct Element {
  v8::Local<v8::TypedArray> array;
  bool is_bigint = false;
  size_t index = 0;
};

uint32_t ElementSize(const Element& element) { return element.is_bigint ? 8 : 4; }

// ValidateIntegerTypedArray(typedArray, true): an Int32Array or BigInt64Array, not out of bounds.
bool ValidateWaitableArray(v8::Isolate* isolate, v8::Local<v8::Value> value, const char* method,
                           Element* element) {
  if (!value->IsInt32Array() && !value->IsBigInt64Array()) {
    ThrowTypeError(isolate, std::string(method) + ": " + DescribeValue(isolate, value) +
                                " is not an Int32Array or BigInt64Array");
    return false;
  }
  element->array = value.As<v8::TypedArray>();
  element->is_bigint = value->IsBigInt64Array();
  v8::Local<v8::ArrayBuffer> buffer = element->array->Buffer();
  if (!buffer->IsSharedArrayBuffer() && buffer->WasDetached()) {
    ThrowTypeError(isolate, std::string(method) + ": the typed array's buffer is detached");
    return false;
  }
  return true;
}

// ValidateAtomicAccess: ToIndex(requestIndex), below the array's length.
bool ValidateAtomicAccess(v8::Local<v8::Context> context, v8::Local<v8::Value> request,
                          const char* method, Element* element) {
  v8::Isolate* isolate = context->GetIsolate();
  double index = 0;
  if (!request->IsUndefined()) {
    v8::Local<v8::Number> number;
    if (!request->ToNumber(context).ToLocal(&number)) return false;
    index = std::isnan(number->Value()) ? 0 : std::trunc(number->Value());
    if (index == 0) index = 0;  // -0 is 0.
  }
  if (index < 0 || index > 9007199254740991.0 ||
      index >= static_cast<double>(element->array->Length())) {
    ThrowRangeError(isolate, std::string(method) + ": index out of range");
    return false;
  }
  element->index = static_cast<size_t>(index);
  return true;
}

bool IsShared(const Element& element) { return element.array->Buffer()->IsSharedArrayBuffer(); }

// The host address of a shared element: the same in every agent that shares the block.
void* AddressOf(const Element& element) {
  v8::Local<v8::SharedArrayBuffer> buffer =
      element.array->Buffer().As<v8::Value>().As<v8::SharedArrayBuffer>();
  auto* base = static_cast<uint8_t*>(buffer->GetBackingStore()->Data());
  return base + element.array->ByteOffset() + element.index * ElementSize(element);
}

// ToInt32 or ToBigInt64 of `value`, as the element's bits.
bool ExpectedBits(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const Element& element, uint64_t* bits) {
  if (element.is_bigint) {
    v8::Local<v8::BigInt> big;
    if (!value->ToBigInt(context).ToLocal(&big)) return false;
    *bits = static_cast<uint64_t>(big->Int64Value());
    return true;
  }
  v8::Local<v8::Int32> int32;
  if (!value->ToInt32(context).ToLocal(&int32)) return false;
  *bits = static_cast<uint32_t>(int32->Value());
  return true;
}

// The timeout in milliseconds: undefined, NaN and +Infinity are +Infinity, below 0 is 0.
bool TimeoutMs(v8::Local<v8::Context> context, v8::Local<v8::Value> value, double* ms) {
  if (value->IsUndefined()) {
    *ms = std::numeric_limits<double>::infinity();
    return true;
  }
  v8::Local<v8::Number> number;
  if (!value->ToNumber(context).ToLocal(&number)) return false;
  double q = number->Value();
  *ms = std::isnan(q) ? std::numeric_limits<double>::infinity() : std::max(q, 0.0);
  return true;
}

uint64_t LoadSeqCst(const void* address, uint32_t size) {
  void* p = const_cast<void*>(address);
  if (size == 4) return std::atomic_ref<uint32_t>(*static_cast<uint32_t*>(p)).load();
  return std::atomic_ref<uint64_t>(*static_cast<uint64_t*>(p)).load();
}

v8::Local<v8::String> ResultString(v8::Isolate* isolate, rt::WaitResult result) {
  switch (result) {
    case rt::WaitResult::kOk:
      return ToV8String(isolate, "ok");
    case rt::WaitResult::kNotEqual:
      return ToV8String(isolate, "not-equal");
    default:
      return ToV8String(isolate, "timed-out");
  }
}

// Validation common to wait and waitAsync (DoWait steps 1-6): the element, the expected bits and
// the timeout.
bool ValidateWait(const v8::FunctionCallbackInfo<v8::Value>& info, const char* method,
                  Element* element, uint64_t* expected, double* timeout_ms) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!ValidateWaitableArray(isolate, info[0], method, element)) return false;
  if (!IsShared(*element)) {
    ThrowTypeError(isolate, std::string(method) + ": the typed array is not shared");
    return false;
  }
  return ValidateAtomicAccess(context, info[1], method, element) &&
         ExpectedBits(context, info[2], *element, expected) &&
         TimeoutMs(context, info[3], timeout_ms);
}

// --- Atomics.wait ( typedArray, index, value, timeout ) ---------------------------------------
void AtomicsWait(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope scope(isolate);
  Element element;
  uint64_t expected = 0;
  double timeout_ms = 0;
  if (!ValidateWait(info, "Atomics.wait", &element, &expected, &timeout_ms)) return;
  // AgentCanSuspend(): as V8 words it.
  if (!rt::ThreadMayBlock()) {
    ThrowTypeError(isolate, "Atomics.wait cannot be called in this context");
    return;
  }
  const double timeout_ns = timeout_ms * 1e6;
  const int64_t ns = timeout_ns >= 9.2e18 ? -1 : static_cast<int64_t>(timeout_ns);
  std::shared_ptr<std::atomic<bool>> interrupt = Interrupts().Of(isolate);
  rt::WaitResult result =
      rt::WaitOnAddress(AddressOf(element), ElementSize(element), expected, ns, interrupt.get());
  // Interrupted: the isolate is terminating, and the termination unwinds the script.
  if (result == rt::WaitResult::kInterrupted) return;
  info.GetReturnValue().Set(ResultString(isolate, result));
}

// --- Atomics.waitAsync ( typedArray, index, value, timeout ) ----------------------------------

// A pending waitAsync, kept on its isolate's thread until it settles.
struct PendingWait {
  v8::Global<v8::Context> context;
  v8::Global<v8::Promise::Resolver> resolver;
  const void* address = nullptr;
  std::shared_ptr<rt::AsyncWaiter> waiter;
  std::function<void()> cancel_timer;  // Empty when the wait has no timeout.
};

// The pending waits of each isolate (of this thread's isolate: one per thread), by id.
struct PendingWaits {
  uint64_t next_id = 1;
  std::unordered_map<uint64_t, PendingWait> waits;
};
thread_local std::unordered_map<v8::Isolate*, PendingWaits> pending_waits;

// Settles wait `id` of `isolate` with `result`, if it is still pending.
void Settle(v8::Isolate* isolate, uint64_t id, rt::WaitResult result) {
  auto table = pending_waits.find(isolate);
  if (table == pending_waits.end()) return;
  auto it = table->second.waits.find(id);
  if (it == table->second.waits.end()) return;
  PendingWait wait = std::move(it->second);
  table->second.waits.erase(it);
  if (wait.cancel_timer) wait.cancel_timer();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = wait.context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);  // Resolving with a string runs no user code.
  if (wait.resolver.Get(isolate)->Resolve(context, ResultString(isolate, result)).IsNothing()) {
    return;  // Only a terminating isolate fails here.
  }
}

// The task a notify posts to the waiter's isolate.
class WokenTask : public v8::Task {
 public:
  WokenTask(v8::Isolate* isolate, uint64_t id) : isolate_(isolate), id_(id) {}
  void Run() override { Settle(isolate_, id_, rt::WaitResult::kOk); }

 private:
  v8::Isolate* isolate_;
  uint64_t id_;
};

class AsyncWaiter : public rt::AsyncWaiter {
 public:
  AsyncWaiter(v8::Isolate* isolate, uint64_t id, Embedder::CrossThreadPost post)
      : isolate_(isolate), id_(id), post_(std::move(post)) {}

  // On the notifying thread: the embedder's post takes tasks from any thread, and drops them
  // once the isolate is gone.
  void Notified() override { post_(std::make_unique<WokenTask>(isolate_, id_)); }

 private:
  v8::Isolate* isolate_;
  uint64_t id_;
  Embedder::CrossThreadPost post_;
};

v8::Local<v8::Object> AsyncResult(v8::Local<v8::Context> context, bool is_async,
                                  v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  // On a fresh ordinary object these cannot fail (but for an exhausted heap, which V8 reports).
  result
      ->CreateDataProperty(context, ToV8String(isolate, "async"),
                           v8::Boolean::New(isolate, is_async))
      .Check();
  result->CreateDataProperty(context, ToV8String(isolate, "value"), value).Check();
  return result;
}

void AtomicsWaitAsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  State& state = State::From(info);
  Element element;
  uint64_t expected = 0;
  double timeout_ms = 0;
  if (!ValidateWait(info, "Atomics.waitAsync", &element, &expected, &timeout_ms)) return;
  const void* address = AddressOf(element);
  const uint32_t size = ElementSize(element);
  if (timeout_ms == 0) {
    // Steps 13-14 without waiting: "not-equal" wins over "timed-out".
    rt::WaitResult result = LoadSeqCst(address, size) != expected ? rt::WaitResult::kNotEqual
                                                                  : rt::WaitResult::kTimedOut;
    info.GetReturnValue().Set(AsyncResult(context, false, ResultString(isolate, result)));
    return;
  }
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  PendingWaits& table = pending_waits[isolate];
  const uint64_t id = table.next_id++;
  auto waiter = std::make_shared<AsyncWaiter>(isolate, id, state.embedder()->CrossThreadPoster());
  if (rt::WaitOnAddressAsync(address, size, expected, waiter) == rt::WaitResult::kNotEqual) {
    info.GetReturnValue().Set(
        AsyncResult(context, false, ResultString(isolate, rt::WaitResult::kNotEqual)));
    return;
  }
  PendingWait& wait = table.waits[id];
  wait.context.Reset(isolate, context);
  wait.resolver.Reset(isolate, resolver);
  wait.address = address;
  wait.waiter = waiter;
  if (std::isfinite(timeout_ms)) {
    wait.cancel_timer = state.embedder()->StartTimer(timeout_ms, [isolate, id, address, waiter] {
      // A notify that took the waiter first has posted its task: that one settles it.
      if (rt::CancelAsyncWait(address, waiter.get())) {
        Settle(isolate, id, rt::WaitResult::kTimedOut);
      }
    });
  }
  info.GetReturnValue().Set(AsyncResult(context, true, resolver->GetPromise()));
}

// --- Atomics.notify ( typedArray, index, count ) ----------------------------------------------
void AtomicsNotify(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Element element;
  if (!ValidateWaitableArray(isolate, info[0], "Atomics.notify", &element) ||
      !ValidateAtomicAccess(context, info[1], "Atomics.notify", &element)) {
    return;
  }
  double count = std::numeric_limits<double>::infinity();
  if (!info[2]->IsUndefined()) {
    v8::Local<v8::Number> number;
    if (!info[2]->ToNumber(context).ToLocal(&number)) return;
    count = std::isnan(number->Value()) ? 0 : std::max(std::trunc(number->Value()), 0.0);
  }
  if (!IsShared(element)) {
    info.GetReturnValue().Set(0);
    return;
  }
  const uint32_t limit = count >= 4294967295.0 ? UINT32_MAX : static_cast<uint32_t>(count);
  info.GetReturnValue().Set(rt::NotifyAddress(AddressOf(element), limit));
}

}  // namespace

bool InstallAtomicsWait(v8::Local<v8::Context> context, State& state) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> atomics;
  if (!context->Global()->Get(context, ToV8String(isolate, "Atomics")).ToLocal(&atomics) ||
      !atomics->IsObject()) {
    return false;
  }
  struct Builtin {
    const char* name;
    v8::FunctionCallback callback;
    int length;
  };
  for (const Builtin& builtin :
       {Builtin{"wait", AtomicsWait, 4}, Builtin{"notify", AtomicsNotify, 3},
        Builtin{"waitAsync", AtomicsWaitAsync, 4}}) {
    v8::Local<v8::Function> function;
    if (!NewBuiltinFunction(context, state, builtin.name, builtin.callback, builtin.length)
             .ToLocal(&function) ||
        !DefineNonEnumerable(context, atomics.As<v8::Object>(), builtin.name, function)) {
      return false;
    }
  }
  return true;
}

void InterruptAtomicsWaits(v8::Isolate* isolate) { Interrupts().Of(isolate)->store(true); }

void ClearAtomicsWaitInterrupt(v8::Isolate* isolate) { Interrupts().Of(isolate)->store(false); }

void DisposeAtomicsWaits(v8::Isolate* isolate) {
  auto table = pending_waits.find(isolate);
  if (table != pending_waits.end()) {
    for (auto& [id, wait] : table->second.waits) {
      rt::CancelAsyncWait(wait.address, wait.waiter.get());
      if (wait.cancel_timer) wait.cancel_timer();
    }
    pending_waits.erase(table);
  }
  InterruptFlags& flags = Interrupts();
  std::lock_guard lock(flags.mutex);
  flags.flags.erase(isolate);
}

}  // namespace linea::bindings
