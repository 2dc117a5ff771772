#include "bindings/suspending.h"

#include <memory>
#include <string>

#include "bindings/error_mapping.h"
#include "bindings/errors.h"
#include "bindings/exported_function.h"
#include "bindings/host_function.h"
#include "bindings/stack_trace.h"
#include "bindings/tag.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/small_buffer.h"

namespace linea::bindings {
namespace {

constexpr const char* kSuspendingName = "WebAssembly.Suspending";

// Whether the activation calling a suspending import was started by the innermost running
// promising call, with no other activation (and so no JS frame) in between.
bool CanSuspend(State& state) {
  std::optional<uint32_t> start = rt::InnermostActivationStart(state.store().execution_state());
  return start && !state.promising_activations().empty() &&
         *start == state.promising_activations().back();
}

// A promising call's activation, suspended until the promise its import returned settles.
struct Continuation {
  State* state;
  rt::Function* function;  // The promising call's Exported Function.
  rt::Suspension* suspension;
  v8::Global<v8::Promise::Resolver> resolver;
};

// Runs `run` (a Store::Call or Store::Resume) as the innermost promising activation.
template <typename Run>
rt::Outcome RunPromising(State& state, Run run) {
  state.promising_activations().push_back(state.store().execution_state().depth());
  rt::Outcome outcome = run();
  state.promising_activations().pop_back();
  return outcome;
}

void RejectWithCaught(v8::Local<v8::Context> context, v8::Local<v8::Promise::Resolver> resolver,
                      v8::TryCatch& try_catch) {
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    v8::Local<v8::Value> reason = try_catch.Exception();
    try_catch.Reset();
    resolver->Reject(context, reason).IsNothing();  // Fails only when terminating.
  } else if (try_catch.HasCaught()) {
    try_catch.ReThrow();
  }
}

void OnSettled(const v8::FunctionCallbackInfo<v8::Value>& info, bool fulfilled);
void OnFulfilled(const v8::FunctionCallbackInfo<v8::Value>& info) { OnSettled(info, true); }
void OnRejected(const v8::FunctionCallbackInfo<v8::Value>& info) { OnSettled(info, false); }

// A reaction to the promise a suspending import returned: a callable object (an ObjectTemplate
// with a call handler) whose internal field holds the Continuation. One v8::Function::New per
// reaction, as before, made a FunctionTemplate, a function and a prototype with its own map
// every time (most of a 30-50 us suspend/resume round trip, much of it in the GC); an instance
// of a template made once per isolate is one small allocation. A promise calls any callable,
// and V8's Promise::Then passes it on unchanged.
v8::MaybeLocal<v8::Object> NewReaction(v8::Local<v8::Context> context, State& state, bool fulfilled,
                                       void* continuation) {
  v8::Isolate* isolate = state.isolate();
  v8::Global<v8::ObjectTemplate>& cached = state.jspi_reaction_template(fulfilled);
  if (cached.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> made = v8::ObjectTemplate::New(isolate);
    made->SetInternalFieldCount(1);
    made->SetCallAsFunctionHandler(fulfilled ? OnFulfilled : OnRejected);
    cached.Reset(isolate, made);
  }
  v8::Local<v8::Object> reaction;
  if (!cached.Get(isolate)->NewInstance(context).ToLocal(&reaction)) return {};
  reaction->SetAlignedPointerInInternalField(0, continuation);
  return reaction;
}

// Settles the promising call's promise with how its activation ended, or, if it suspended,
// waits for the promise its suspending import returned.
void Settle(v8::Local<v8::Context> context, State& state, rt::Function* function,
            const rt::Outcome& outcome, std::span<const rt::Value> results,
            v8::Local<v8::Promise::Resolver> resolver) {
  v8::Isolate* isolate = state.isolate();
  v8::TryCatch try_catch(isolate);
  if (outcome.kind == rt::Outcome::Kind::kSuspend) {
    v8::Local<v8::Promise> promise = state.suspending_promise().Get(isolate);
    state.suspending_promise().Reset();
    auto* continuation = new Continuation{&state, function, outcome.suspension, {}};
    continuation->resolver.Reset(isolate, resolver);
    v8::Local<v8::Object> on_fulfilled;
    v8::Local<v8::Object> on_rejected;
    if (promise.IsEmpty() ||
        !NewReaction(context, state, true, continuation).ToLocal(&on_fulfilled) ||
        !NewReaction(context, state, false, continuation).ToLocal(&on_rejected) ||
        promise->Then(context, on_fulfilled.As<v8::Function>(), on_rejected.As<v8::Function>())
            .IsEmpty()) {
      state.store().Discard(outcome.suspension);
      delete continuation;
      RejectWithCaught(context, resolver, try_catch);
    }
    return;
  }
  if (!outcome.ok()) {
    ThrowOutcome(context, state, outcome);
    RejectWithCaught(context, resolver, try_catch);
    return;
  }
  v8::Local<v8::Value> value = v8::Undefined(isolate);
  if (results.size() == 1) {
    if (!ToJSValue(context, state, results[0]).ToLocal(&value)) return;
  } else if (results.size() > 1) {
    rt::SmallBuffer<v8::Local<v8::Value>> values(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
      if (!ToJSValue(context, state, results[i]).ToLocal(&values[i])) return;
    }
    value = v8::Array::New(isolate, values.data(), values.size());
  }
  resolver->Resolve(context, value).IsNothing();  // Fails only when terminating.
}

// The suspending import's promise settled: resume its activation with the value (converted to
// the import's results) or the reason (thrown at the import's call).
void OnSettled(const v8::FunctionCallbackInfo<v8::Value>& info, bool fulfilled) {
  // Only the promise calls a reaction, once: nothing else can reach it.
  std::unique_ptr<Continuation> continuation(
      static_cast<Continuation*>(info.Holder()->GetAlignedPointerFromInternalField(0)));
  State& state = *continuation->state;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver = continuation->resolver.Get(isolate);
  ExternRefTable::Hold hold(state.externrefs());
  const rt::FuncType& host_type = continuation->suspension->host->type();
  rt::SmallBuffer<rt::Value> host_results(host_type.results.size());
  for (size_t i = 0; i < host_results.size(); ++i) {
    host_results[i] = rt::Value::Default(host_type.results[i]);
  }
  rt::Exception* exception = nullptr;
  {
    v8::TryCatch try_catch(isolate);
    if (!fulfilled) {
      exception = ToWasmException(context, state, info[0]);
    } else if (!ToWebAssemblyResults(context, state, info[0], host_type, host_results.span())) {
      rt::Outcome thrown = OutcomeOfJSException(context, state, try_catch);
      if (thrown.kind != rt::Outcome::Kind::kThrow) {  // Kept as the pending JS exception.
        state.store().Discard(continuation->suspension);
        v8::TryCatch rethrown(isolate);
        if (state.RethrowPendingException()) RejectWithCaught(context, resolver, rethrown);
        return;
      }
      exception = thrown.exception;
    }
    if (try_catch.HasTerminated()) {
      try_catch.ReThrow();
      return;
    }
  }
  if (!fulfilled && exception == nullptr) {  // Only an exhausted heap: give up the activation.
    state.store().Discard(continuation->suspension);
    return;
  }
  rt::Function* function = continuation->function;
  rt::SmallBuffer<rt::Value> results(function->type().results.size());
  rt::Outcome outcome = RunPromising(state, [&] {
    return state.store().Resume(continuation->suspension, host_results.span(), exception,
                                results.span());
  });
  Settle(context, state, function, outcome, results.span(), resolver);
}

// The function WebAssembly.promising returns: runs the Exported Function in its Data as a
// promising activation and returns a promise of its results.
void CallPromising(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  State& state = *State::Get(isolate);
  rt::Function* function = ExportedFunctionAddress(context, state, info.Data());
  v8::Local<v8::Promise::Resolver> resolver;
  if (function == nullptr || !v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  info.GetReturnValue().Set(resolver->GetPromise());
  const rt::FuncType& type = function->type();
  v8::TryCatch try_catch(isolate);
  if (HasV128(type)) {
    ThrowTypeError(isolate, "type incompatibility when transforming from/to JS: v128");
    RejectWithCaught(context, resolver, try_catch);
    return;
  }
  std::optional<ExternRefTable::Hold> hold;
  rt::SmallBuffer<rt::Value> args(type.params.size());
  if (!ToWebAssemblyArguments(info, context, state, type, hold, args)) {
    RejectWithCaught(context, resolver, try_catch);
    return;
  }
  rt::SmallBuffer<rt::Value> results(type.results.size());
  rt::Outcome outcome = RunPromising(
      state, [&] { return state.store().Call(function, args.span(), results.span()); });
  Settle(context, state, function, outcome, results.span(), resolver);
}

// WebAssembly.promising(wasmFunc)
void Promising(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireArguments(info, 1, "WebAssembly.promising")) return;
  if (!info[0]->IsFunction()) {
    ThrowTypeError(isolate, "WebAssembly.promising(): Argument 0 must be a function");
    return;
  }
  rt::Function* function = ExportedFunctionAddress(context, state, info[0]);
  if (function == nullptr) {
    ThrowTypeError(isolate,
                   "WebAssembly.promising(): Argument 0 must be a WebAssembly exported function");
    return;
  }
  // Its Data holds the Exported Function, and so the function, as long as it lives.
  v8::Local<v8::Function> wrapper;
  if (v8::Function::New(context, CallPromising, info[0],
                        static_cast<int>(function->type().params.size()),
                        v8::ConstructorBehavior::kThrow)
          .ToLocal(&wrapper)) {
    info.GetReturnValue().Set(wrapper);
  }
}

// new WebAssembly.Suspending(jsFun)
void ConstructSuspending(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    ThrowTypeError(isolate, "WebAssembly.Suspending must be invoked with 'new'");
    return;
  }
  if (!RequireArguments(info, 1, kSuspendingName)) return;
  if (!info[0]->IsFunction()) {
    ThrowTypeError(isolate, "WebAssembly.Suspending(): Argument 0 must be a function");
    return;
  }
  Wrappable::Attach(isolate, info.This(),
                    std::make_unique<SuspendingObject>(isolate, info[0].As<v8::Function>()));
}

constexpr Operation kNamespaceOperations[] = {{"promising", Promising, 1}};

}  // namespace

rt::Function* CreateSuspendingImport(State& state, const SuspendingObject& suspending,
                                     const rt::FuncType& type, uint32_t host_index) {
  v8::Isolate* isolate = state.isolate();
  v8::Local<v8::Function> through = state.stack_traces().CallThrough(
      isolate->GetCurrentContext(), suspending.callable(isolate), type.params.size());
  auto target = std::make_shared<v8::Global<v8::Function>>(isolate, through);
  State* state_ptr = &state;
  rt::HostCallback callback = [state_ptr, target, type](std::span<const rt::Value> args,
                                                        std::span<rt::Value> results) {
    State& state = *state_ptr;
    v8::Isolate* isolate = state.isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::TryCatch try_catch(isolate);
    if (HasV128(type)) {
      ThrowTypeError(isolate, "type incompatibility when transforming from/to JS: v128");
      return OutcomeOfJSException(context, state, try_catch);
    }
    rt::SmallBuffer<v8::Local<v8::Value>> js_args(args.size());
    for (size_t i = 0; i < args.size(); ++i) {
      if (!ToJSValue(context, state, args[i]).ToLocal(&js_args[i])) {
        return OutcomeOfJSException(context, state, try_catch);
      }
    }
    v8::Local<v8::Value> ret;
    if (!target->Get(isolate)
             ->Call(context, v8::Undefined(isolate), static_cast<int>(js_args.size()),
                    js_args.data())
             .ToLocal(&ret)) {
      return OutcomeOfJSException(context, state, try_catch);
    }
    // Only a Promise suspends (as V8 and the proposal's tests do); any other value is returned
    // at once.
    if (ret->IsPromise()) {
      if (CanSuspend(state)) {
        state.suspending_promise().Reset(isolate, ret.As<v8::Promise>());
        return rt::Outcome::Suspend();
      }
      ThrowWasmError(context, state, ErrorType::kSuspendError,
                     "trying to suspend without a WebAssembly.promising call, or with JS frames "
                     "in between");
      return OutcomeOfJSException(context, state, try_catch);
    }
    if (!ToWebAssemblyResults(context, state, ret, type, results)) {
      return OutcomeOfJSException(context, state, try_catch);
    }
    return rt::Outcome::Ok();
  };
  rt::Function* function = state.store().CreateHostFunction(type, std::move(callback));
  GetFunctionData(state, function).host_index = host_index;
  return function;
}

bool InstallJspi(v8::Local<v8::Context> context, State& state,
                 v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {
      .interface = Interface::kSuspending, .constructor = ConstructSuspending, .length = 1};
  return InstallInterface(context, state, namespace_object, kDefinition) &&
         DefineOperations(context, state, namespace_object, kNamespaceOperations);
}

}  // namespace linea::bindings
