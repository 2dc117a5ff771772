#include "bindings/error_mapping.h"

#include <cstdio>
#include <string>

#include "bindings/errors.h"
#include "bindings/stack_trace.h"
#include "bindings/tag.h"
#include "bindings/webidl.h"
#include "runtime/decode/module.h"

namespace linea::bindings {
namespace {

std::string FrameLine(const rt::TraceFrame& frame) { return "    at " + WasmFrameText(frame); }

// The JS frames V8 captured for `error`: its stack text from the first frame line on.
std::string JsFrames(v8::Local<v8::Context> context, v8::Local<v8::Object> error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);  // Error.prepareStackTrace may throw.
  v8::Local<v8::Value> stack;
  if (!error->Get(context, v8::String::NewFromUtf8Literal(isolate, "stack")).ToLocal(&stack) ||
      !stack->IsString()) {
    return "";
  }
  v8::String::Utf8Value text(isolate, stack);
  std::string s(*text ? *text : "", text.length());
  size_t start = s.find("\n    at ");
  return start == std::string::npos ? "" : s.substr(start);
}

}  // namespace

v8::Local<v8::Object> TrapToError(v8::Local<v8::Context> context, State& state,
                                  const rt::Trap& trap) {
  v8::Isolate* isolate = state.isolate();
  std::string message =
      trap.message.empty() ? std::string(rt::TrapMessage(trap.kind)) : trap.message;
  bool overflow = trap.kind == rt::TrapKind::kCallStackExhausted;
  v8::Local<v8::Object> error =
      overflow ? v8::Exception::RangeError(ToV8String(isolate, message)).As<v8::Object>()
               : NewWasmError(context, state, ErrorType::kRuntimeError, message);

  std::string stack = std::string(overflow ? "RangeError" : "RuntimeError") + ": " + message;
  int limit = StackTraceLimit(context);
  int shown = 0;
  for (const rt::TraceFrame& frame : trap.trace) {
    if (shown == limit) break;
    stack += "\n" + FrameLine(frame);
    ++shown;
  }
  if (shown < limit) {
    // JS frames fill what the wasm frames left of the limit.
    std::string js = JsFrames(context, error);
    size_t pos = 0;
    for (int i = shown; i < limit && pos < js.size(); ++i) {
      size_t next = js.find("\n    at ", pos + 1);
      stack += js.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
      pos = next == std::string::npos ? js.size() : next;
    }
  }
  // Replaces V8's lazily formatted stack with a plain data property, as V8 leaves it once read.
  // (Only a heap exhaustion could make this fail; the error is still worth throwing then.)
  error
      ->DefineOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "stack"),
                          ToV8String(isolate, stack), v8::DontEnum)
      .FromMaybe(false);
  return error;
}

void ThrowTrap(v8::Local<v8::Context> context, State& state, const rt::Trap& trap) {
  v8::Isolate* isolate = state.isolate();
  if (trap.kind != rt::TrapKind::kInterrupted) {
    isolate->ThrowException(TrapToError(context, state, trap));
    return;
  }
  // The wasm stopped because TerminateExecution was requested: let V8 terminate now, by
  // entering JS (its interrupt check throws the uncatchable termination, which then unwinds
  // through this callback), rather than at the caller's next interrupt check.
  isolate->TerminateExecution();
  v8::Local<v8::Script> script;
  if (v8::Script::Compile(context, v8::String::NewFromUtf8Literal(isolate, "0")).ToLocal(&script)) {
    script->Run(context).IsEmpty();
  }
}

void ThrowOutcome(v8::Local<v8::Context> context, State& state, const rt::Outcome& outcome) {
  switch (outcome.kind) {
    case rt::Outcome::Kind::kOk:
      return;
    case rt::Outcome::Kind::kTrap:
      ThrowTrap(context, state, outcome.trap);
      return;
    case rt::Outcome::Kind::kException:
      state.RethrowPendingException();
      return;
    case rt::Outcome::Kind::kThrow:
      ThrowWasmException(context, state, outcome.exception);
      return;
    case rt::Outcome::Kind::kSuspend:
      // Only a WebAssembly.promising call's activation suspends (suspending.cc), and it never
      // gets here; should one do, the activation is dropped rather than resumed twice.
      state.store().Discard(outcome.suspension);
      ThrowWasmError(context, state, ErrorType::kSuspendError, "an activation suspended");
      return;
  }
}

}  // namespace linea::bindings
