#include "bindings/exported_function.h"

#include <algorithm>
#include <array>
#include <bit>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bindings/error_mapping.h"
#include "bindings/type_reflection.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "runtime/small_buffer.h"

namespace linea::bindings {
namespace {

// "argument 3", for messages; made once, since calls are frequent and errors rare.
std::string_view ArgumentLabel(size_t index) {
  static const auto* labels = [] {
    auto* list = new std::vector<std::string>();
    for (int i = 0; i < 16; ++i) list->push_back("argument " + std::to_string(i));
    return list;
  }();
  return index < labels->size() ? std::string_view((*labels)[index]) : "an argument";
}

}  // namespace

bool ToWebAssemblyArguments(const v8::FunctionCallbackInfo<v8::Value>& info,
                            v8::Local<v8::Context> context, State& state, const rt::FuncType& type,
                            std::optional<ExternRefTable::Hold>& hold,
                            rt::SmallBuffer<rt::Value>& args) {
  // Before the arguments are converted: nothing of this call holds a handle yet. Exceptions
  // first: the ones freed no longer keep their externrefs.
  state.CollectExceptionsIfDue();
  state.externrefs().CollectIfDue(context, state.store());
  hold.emplace(state.externrefs());
  for (size_t i = 0; i < type.params.size(); ++i) {
    // info[i] is undefined past the arguments passed.
    v8::Local<v8::Value> arg = info[static_cast<int>(i)];
    std::optional<rt::Value> value =
        ToWebAssemblyValue(context, state, arg, type.params[i], ArgumentLabel(i));
    if (!value) return false;
    args[i] = *value;
  }
  return true;
}

namespace {

// "Call an Exported Function" with the JS arguments, the general way.
void CallExportedFunctionGeneral(const v8::FunctionCallbackInfo<v8::Value>& info,
                                 FunctionData& data) {
  State& state = *data.state;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const rt::FuncType& type = data.function->type();

  // Checked on every call, before any argument is converted.
  if (HasV128(type)) {
    ThrowTypeError(isolate, "type incompatibility when transforming from/to JS: v128");
    return;
  }

  std::optional<ExternRefTable::Hold> hold;
  rt::SmallBuffer<rt::Value> args(type.params.size());
  if (!ToWebAssemblyArguments(info, context, state, type, hold, args)) return;

  rt::SmallBuffer<rt::Value> results(type.results.size());
  rt::Outcome outcome = state.store().Call(data.function, args.span(), results.span());
  if (!outcome.ok()) {
    ThrowOutcome(context, state, outcome);
    return;
  }

  if (results.size() == 0) return;  // undefined
  if (results.size() == 1) {
    v8::Local<v8::Value> result;
    if (ToJSValue(context, state, results[0]).ToLocal(&result)) info.GetReturnValue().Set(result);
    return;
  }
  rt::SmallBuffer<v8::Local<v8::Value>> values(results.size());
  for (size_t i = 0; i < results.size(); ++i) {
    if (!ToJSValue(context, state, results[i]).ToLocal(&values[i])) return;
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

FunctionData& DataOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return *static_cast<FunctionData*>(info.Data().As<v8::External>()->Value());
}

// "Call an Exported Function".
void CallExportedFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  CallExportedFunctionGeneral(info, DataOf(info));
}

// Throws the outcome of a CallInPlace that did not end kOk. Out of line: the fast path then
// holds no Outcome (whose destructor it would otherwise run on every call).
__attribute__((noinline)) void ThrowFailure(const v8::FunctionCallbackInfo<v8::Value>& info,
                                            State& state) {
  rt::Outcome outcome = state.store().TakeFailure();
  ThrowOutcome(info.GetIsolate()->GetCurrentContext(), state, outcome);
}

// NumberToSlot of info[first..param_count) into frame[first..param_count); false as soon as one
// is not a Number that converts without running JS.
__attribute__((noinline)) bool NumbersToSlots(const v8::FunctionCallbackInfo<v8::Value>& info,
                                              const FastSignature& sig, int first,
                                              rt::Slot* frame) {
  for (int i = first; i < sig.param_count; ++i) {
    if (!NumberToSlot(info[i], sig.types[i], &frame[i])) return false;
  }
  return true;
}

// "Call an Exported Function" for a signature of the boundary's fast path (FastSignature): when
// every argument is a Number that converts without running JS, the arguments go straight into
// the frame's slots and the result straight from its slot into the return value. Any other
// call (too few arguments, a non-Number, no room on the value stack) takes the general path,
// nothing observable having happened. kAllI32: every parameter is an i32 (the commonest
// signature of compiled C), so a Smi argument is stored as it is, without a test of its type;
// kI32Result: the result is an i32, returned without a test of the result kind; kParams: the
// parameter count when it is known here (-1: read from the signature), so the argument loop
// unrolls into a test and a store per argument.
template <bool kAllI32, bool kI32Result, int kParams>
void CallFastExportedFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  FunctionData& data = DataOf(info);
  const FastSignature& sig = data.fast;
  const int param_count = kParams >= 0 ? kParams : sig.param_count;
  State& state = *data.state;
  rt::ExecutionState& execution = *data.execution;
  if (info.Length() < param_count) return CallExportedFunctionGeneral(info, data);
  // A collection due: the general path runs it (before any argument is converted) and makes
  // the call. Leaving by a tail call, not rejoining this path after the collection, lets GCC
  // keep the store's execution state in a register instead of reloading it.
  if (rt::Store::exception_collection_due(execution) || state.externrefs().collection_may_be_due())
      [[unlikely]] {
    return CallExportedFunctionGeneral(info, data);
  }
  // No room test here: CallInPlace makes it for the callee's whole frame (a stack overflow
  // then ends kTrap, thrown as the general path would), and these arguments fit in the slack.
  static_assert(kMaxFastParams <= rt::Store::kUncheckedCallFrameSlots);
  rt::Slot* frame = rt::Store::UncheckedCallFrame(execution);
  // Smis inline; from the first other argument on, NumbersToSlots (out of line: its calls into
  // V8 would otherwise make this function save more registers and reload `sig` on every call).
  for (int i = 0; i < param_count; ++i) {
    // Checked above: so info[i] need not compare with the length again.
    if (i >= info.Length()) __builtin_unreachable();
    if (int32_t smi = 0; SmiValue(info[i], &smi)) [[likely]] {
      frame[i].bits = kAllI32 ? static_cast<uint32_t>(smi) : SmiToSlot(smi, sig.types[i]);
      continue;
    }
    if (!NumbersToSlots(info, sig, i, frame)) return CallExportedFunctionGeneral(info, data);
    break;
  }
  if (rt::Store::CallInPlace(execution, data.function, frame) != rt::Outcome::Kind::kOk)
      [[unlikely]] {
    return ThrowFailure(info, state);
  }
  const uint64_t bits = frame[0].bits;
  // i32 first (the commonest result of compiled C), a test less than a switch's compare chain.
  if (kI32Result || sig.result == FastSignature::Result::kI32) [[likely]] {
    info.GetReturnValue().Set(static_cast<int32_t>(static_cast<uint32_t>(bits)));  // A Smi.
  } else if (sig.result == FastSignature::Result::kF64) {
    info.GetReturnValue().Set(std::bit_cast<double>(bits));
  } else if (sig.result == FastSignature::Result::kF32) {
    info.GetReturnValue().Set(
        static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(bits))));
  }  // kNone: undefined.
}

// The all-i32 instances with a known parameter count, [count][i32 result]: the shapes of
// compiled C's exports (counts above it use the general count).
constexpr int kUnrolledParams = 4;
template <int... kCounts>
constexpr auto MakeAllI32Callbacks(std::integer_sequence<int, kCounts...>) {
  return std::array<std::array<v8::FunctionCallback, 2>, sizeof...(kCounts)>{
      {{CallFastExportedFunction<true, false, kCounts>,
        CallFastExportedFunction<true, true, kCounts>}...}};
}
constexpr auto kAllI32Callbacks =
    MakeAllI32Callbacks(std::make_integer_sequence<int, kUnrolledParams + 1>());

// The callback of an Exported Function whose signature takes the fast path.
v8::FunctionCallback FastCallbackFor(const FastSignature& sig) {
  const std::span<const rt::ValType> params(sig.types, sig.param_count);
  const bool all_i32 =
      std::ranges::all_of(params, [](rt::ValType t) { return t == rt::ValType::kI32; });
  const bool i32_result = sig.result == FastSignature::Result::kI32;
  if (!all_i32) return CallFastExportedFunction<false, false, -1>;
  if (sig.param_count <= kUnrolledParams) return kAllI32Callbacks[sig.param_count][i32_result];
  return i32_result ? CallFastExportedFunction<true, true, -1>
                    : CallFastExportedFunction<true, false, -1>;
}

void OnFunctionCollected(const v8::WeakCallbackInfo<FunctionData>& info) {
  info.GetParameter()->object.Reset();
  --info.GetParameter()->function->host_refs;
}

}  // namespace

FunctionData& GetFunctionData(State& state, rt::Function* function) {
  if (function->embedder_data == nullptr) {
    // Owned by the function from now on: freed by the store's function finalizer (see
    // State), when the store collects the function.
    auto* data = new FunctionData();
    data->state = &state;
    data->execution = &state.store().execution_state();
    data->function = function;
    if (!function->is_host() && HasFastBoundary(function->type())) {
      data->fast = FastSignatureOf(function->type());
    }
    function->embedder_data = data;
  }
  return *static_cast<FunctionData*>(function->embedder_data);
}

v8::MaybeLocal<v8::Function> GetExportedFunction(v8::Local<v8::Context> context, State& state,
                                                 rt::Function* function) {
  v8::Isolate* isolate = state.isolate();
  FunctionData& data = GetFunctionData(state, function);
  if (!data.object.IsEmpty()) return data.object.Get(isolate);

  // "The name of the WebAssembly function": its index in the defining instance, or for a host
  // function the index it had among the function imports it was made for.
  uint32_t index = data.host_index ? *data.host_index : function->index();
  int arity = static_cast<int>(function->type().params.size());
  v8::Local<v8::Function> object;
  v8::FunctionCallback callback = CallExportedFunction;
  if (data.fast.enabled && !function->is_host()) callback = FastCallbackFor(data.fast);
  if (!v8::Function::New(context, callback, v8::External::New(isolate, &data), arity,
                         v8::ConstructorBehavior::kThrow)
           .ToLocal(&object)) {
    return {};
  }
  object->SetName(ToV8String(isolate, std::to_string(index)));
  if (object
          ->SetPrivate(context, state.function_address_key(), v8::External::New(isolate, function))
          .IsNothing()) {
    return {};
  }
  // A hidden object reported to V8's tracing, through which the store's host functions reached
  // from this function stay alive while it does (heap_tracer.h).
  v8::Local<v8::Object> link;
  if (!state.function_link_template()->NewInstance(context).ToLocal(&link)) return {};
  link->SetAlignedPointerInInternalField(0, &data);
  link->SetAlignedPointerInInternalField(1, &kFunctionTracingTag);
  if (object->SetPrivate(context, state.function_link_key(), link).IsNothing()) return {};
  // Every Exported Function is a WebAssembly.Function (type reflection).
  v8::Local<v8::Object> prototype;
  if (FunctionPrototype(context, state).ToLocal(&prototype) &&
      object->SetPrototype(context, prototype).IsNothing()) {
    return {};
  }
  data.object.Reset(isolate, object);
  data.object.SetWeak(&data, OnFunctionCollected, v8::WeakCallbackType::kParameter);
  ++function->host_refs;  // A root of the store's collector while the JS object lives.
  state.tracer().NoteNewRoot(function);
  return object;
}

rt::Function* ExportedFunctionAddress(v8::Local<v8::Context> context, State& state,
                                      v8::Local<v8::Value> value) {
  if (!value->IsFunction()) return nullptr;
  v8::Local<v8::Value> address;
  if (!value.As<v8::Object>()
           ->GetPrivate(context, state.function_address_key())
           .ToLocal(&address) ||
      !address->IsExternal()) {
    return nullptr;
  }
  return static_cast<rt::Function*>(address.As<v8::External>()->Value());
}

}  // namespace linea::bindings
