#include "bindings/host_function.h"

#include <memory>
#include <string>
#include <vector>

#include "bindings/exported_function.h"
#include "bindings/stack_trace.h"
#include "bindings/tag.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "runtime/small_buffer.h"

namespace linea::bindings {
namespace {

// "Run a host function". Returns false with a JS exception pending.
bool RunHostFunction(v8::Local<v8::Context> context, State& state, v8::Local<v8::Function> callable,
                     const rt::FuncType& type, std::span<const rt::Value> args,
                     std::span<rt::Value> results) {
  v8::Isolate* isolate = state.isolate();
  if (HasV128(type)) {
    ThrowTypeError(isolate, "type incompatibility when transforming from/to JS: v128");
    return false;
  }
  rt::SmallBuffer<v8::Local<v8::Value>> js_args(args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    if (!ToJSValue(context, state, args[i]).ToLocal(&js_args[i])) return false;
  }
  v8::Local<v8::Value> ret;
  if (!callable
           ->Call(context, v8::Undefined(isolate), static_cast<int>(js_args.size()), js_args.data())
           .ToLocal(&ret)) {
    return false;
  }
  return ToWebAssemblyResults(context, state, ret, type, results);
}

}  // namespace

bool ToWebAssemblyResults(v8::Local<v8::Context> context, State& state, v8::Local<v8::Value> ret,
                          const rt::FuncType& type, std::span<rt::Value> results) {
  v8::Isolate* isolate = state.isolate();
  if (results.empty()) return true;
  if (results.size() == 1) {
    std::optional<rt::Value> value =
        ToWebAssemblyValue(context, state, ret, type.results[0], "return value");
    if (!value) return false;
    results[0] = *value;
    return true;
  }

  // Several results: GetMethod(ret, @@iterator), then the list of its values.
  if (ret->IsUndefined() || ret->IsNull()) {
    ThrowTypeError(isolate, "a function returning several values must return an iterable, got " +
                                DescribeValue(isolate, ret));
    return false;
  }
  v8::Local<v8::Object> ret_object;
  v8::Local<v8::Value> method;
  if (!ret->ToObject(context).ToLocal(&ret_object) ||
      !ret_object->Get(context, v8::Symbol::GetIterator(isolate)).ToLocal(&method)) {
    return false;
  }
  if (method->IsUndefined() || method->IsNull()) {
    ThrowTypeError(isolate, "a function returning several values must return an iterable, got " +
                                DescribeValue(isolate, ret));
    return false;
  }
  if (!method->IsFunction()) {
    ThrowTypeError(isolate, "Symbol.iterator of the returned value is not a function");
    return false;
  }
  std::vector<v8::Local<v8::Value>> values;
  if (!IterableToList(context, ret, method.As<v8::Function>(), &values)) return false;
  if (values.size() != results.size()) {
    ThrowTypeError(isolate, "the returned iterable has " + std::to_string(values.size()) +
                                " values, the function type expects " +
                                std::to_string(results.size()));
    return false;
  }
  for (size_t i = 0; i < values.size(); ++i) {
    std::optional<rt::Value> value = ToWebAssemblyValue(context, state, values[i], type.results[i],
                                                        "return value " + std::to_string(i));
    if (!value) return false;
    results[i] = *value;
  }
  return true;
}

namespace {

// "Run a host function" for a signature of the boundary's fast path (value_conversion.h): the
// arguments go from the caller's slots straight to V8 Numbers, and a Number result straight to
// slot 0 (any other result converts the general way).
rt::Outcome::Kind RunHostFunctionFromSlots(rt::Function* callee, rt::Slot* slots,
                                           rt::Outcome* failure) {
  FunctionData& data = *static_cast<FunctionData*>(callee->embedder_data);
  const FastSignature& sig = data.fast;
  v8::Isolate* isolate = data.state->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> argv[kMaxFastParams];
  for (int i = 0; i < sig.param_count; ++i) argv[i] = SlotToNumber(isolate, sig.types[i], slots[i]);
  v8::Local<v8::Value> ret;
  if (data.callable->ref.Get(isolate)
          ->Call(context, v8::Undefined(isolate), sig.param_count, argv)
          .ToLocal(&ret)) {
    if (sig.result == FastSignature::Result::kNone ||
        NumberToSlot(ret, sig.result_type, &slots[0])) {
      return rt::Outcome::Kind::kOk;
    }
    std::optional<rt::Value> value =
        ToWebAssemblyValue(context, *data.state, ret, sig.result_type, "return value");
    if (value) {
      slots[0] = value->slot();
      return rt::Outcome::Kind::kOk;
    }
  }
  *failure = OutcomeOfJSException(context, *data.state, try_catch);
  return failure->kind;
}

}  // namespace

rt::Function* CreateHostFunction(State& state, v8::Local<v8::Function> callable,
                                 const rt::FuncType& type, uint32_t host_index) {
  // Wasm calls the import through a function that marks its frames in JS stack traces; traced,
  // not strong: alive while V8's tracing reaches this host function (heap_tracer.h).
  v8::Local<v8::Function> through = state.stack_traces().CallThrough(
      state.isolate()->GetCurrentContext(), callable, type.params.size());
  auto target = std::make_shared<TracedCallable>(state.isolate(), through);
  State* state_ptr = &state;
  rt::HostCallback callback = [state_ptr, target, type](std::span<const rt::Value> args,
                                                        std::span<rt::Value> results) {
    State& state = *state_ptr;
    v8::Isolate* isolate = state.isolate();
    v8::HandleScope scope(isolate);
    if (target->reclaimed) {
      // The tracer found this function unreachable, so nothing should call it: a bug, reported
      // rather than crashing.
      return rt::Outcome::FromTrap(rt::Trap{
          rt::TrapKind::kHostTrap, "internal error: the import's JS function was collected", {}});
    }
    v8::Local<v8::Function> function = target->ref.Get(isolate);
    // Wasm only runs below a JS call or a task of ours, so a context is always entered; the
    // callee switches to its own realm.
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::TryCatch try_catch(isolate);
    if (RunHostFunction(context, state, function, type, args, results)) {
      return rt::Outcome::Ok();
    }
    return OutcomeOfJSException(context, state, try_catch);
  };
  rt::Function* function = state.store().CreateHostFunction(type, std::move(callback));
  FunctionData& data = GetFunctionData(state, function);
  data.host_index = host_index;
  data.callable = std::move(target);
  if (HasFastBoundary(type)) {
    data.fast = FastSignatureOf(type);
    function->set_slot_host_callback(RunHostFunctionFromSlots);
  }
  return function;
}

rt::Outcome OutcomeOfJSException(v8::Local<v8::Context> context, State& state,
                                 const v8::TryCatch& try_catch) {
  // A JS exception becomes a wasm exception (JS API: a WebAssembly.Exception's own, else
  // one of JSTag carrying the value), which wasm may catch and which reaches the JS caller
  // unchanged if it does not. Termination is no exception: it unwinds everything.
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    FormatStackNow(context, try_catch.Exception());  // While the wasm frames it crossed live.
    if (rt::Exception* exception = ToWasmException(context, state, try_catch.Exception())) {
      return rt::Outcome::Throw(exception);
    }
    state.set_pending_exception(try_catch.Exception());
  }
  return rt::Outcome::Exception();
}

}  // namespace linea::bindings
