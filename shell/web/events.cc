#include "shell/web/events.h"

#include <uv.h>

#include <memory>

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/js_factory.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"
#include "shell/web/structured_clone.h"
#include "shell/worker/agents.h"

namespace linea::shell::web {
namespace {

// events.js's hooks for the shell's error reporting.
struct EventHooks {
  v8::Global<v8::Object> exports;
  v8::Global<v8::Function> fire_error;
  v8::Global<v8::Function> fire_unhandled_rejection;
};

// now() -> milliseconds of a monotonic clock (for Event.timeStamp).
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_hrtime()) / 1e6);
}

// reportException(e), and the global reportError(e): HTML's "report an exception", which in
// linea is what an uncaught exception gets (an 'error' event, then the report and exit 1).
void ReportException(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment::From(isolate)->HandleUncaught(args[0],
                                             v8::Exception::CreateMessage(isolate, args[0]));
}

void ReportError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (args.Length() < 1) {
    ThrowTypeError(args.GetIsolate(),
                   "Failed to execute 'reportError': 1 argument required, but only 0 present.");
    return;
  }
  ReportException(args);
}

// A timer that calls `callback` after `ms` without keeping the loop alive.
struct UnrefTimer {
  uv_timer_t handle;
  Environment* env;
  v8::Global<v8::Function> callback;
};

// setUnrefTimeout(ms, callback).
void SetUnrefTimeout(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[1]->IsFunction()) return;
  Environment* env = Environment::From(isolate);
  auto* timer =
      new UnrefTimer{{}, env, v8::Global<v8::Function>(isolate, args[1].As<v8::Function>())};
  uv_timer_init(env->loop(), &timer->handle);
  timer->handle.data = timer;
  double ms = args[0]->NumberValue(isolate->GetCurrentContext()).FromMaybe(0);
  uv_timer_start(
      &timer->handle,
      [](uv_timer_t* handle) {
        auto* timer = static_cast<UnrefTimer*>(handle->data);
        timer->env->RunTask([timer](v8::Local<v8::Context> context) {
          v8::Isolate* isolate = context->GetIsolate();
          IgnoreResult(
              timer->callback.Get(isolate)->Call(context, v8::Undefined(isolate), 0, nullptr));
        });
        uv_close(reinterpret_cast<uv_handle_t*>(handle),
                 [](uv_handle_t* closed) { delete static_cast<UnrefTimer*>(closed->data); });
      },
      static_cast<uint64_t>(ms), 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer->handle));
}

// postTask(callback): runs callback as its own task of the event loop (which it keeps alive).
void PostTaskNative(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsFunction()) return;
  auto callback = std::make_shared<v8::Global<v8::Function>>(isolate, args[0].As<v8::Function>());
  Environment::From(isolate)->PostTask([callback](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    IgnoreResult(callback->Get(isolate)->Call(context, v8::Undefined(isolate), 0, nullptr));
  });
}

bool CallHook(v8::Local<v8::Context> context, const v8::Global<v8::Function>& hook, int argc,
              v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = context->GetIsolate();
  if (hook.IsEmpty()) return false;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> canceled;
  return hook.Get(isolate)->Call(context, v8::Undefined(isolate), argc, argv).ToLocal(&canceled) &&
         canceled->IsTrue();
}

// MessageChannel, MessagePort and MessageEvent (shell/web/js/messaging.js), over the events.
void InstallMessaging(v8::Local<v8::Context> context, v8::Local<v8::Object> global,
                      v8::Local<v8::Object> events) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  if (!CopyMembers(context, events, natives,
                   {"Event", "EventTarget", "dispatch", "setEventHandler"})) {
    return;
  }
  SetMethod(context, natives, "postTask", PostTaskNative);
  SetMethod(context, natives, "structuredClone", StructuredClone);
  IgnoreResult(InstallFactoryExports(context, global, js::kMessagingSource, "messaging.js", natives,
                                     {"MessageEvent", "MessagePort", "MessageChannel"}));
}

}  // namespace

void InstallEvents(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetMethod(context, natives, "now", Now);
  SetMethod(context, natives, "reportException", ReportException);
  SetMethod(context, natives, "setUnrefTimeout", SetUnrefTimeout);
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(context, global, js::kEventsSource, "events.js", natives,
                             {"Event", "CustomEvent", "ErrorEvent", "PromiseRejectionEvent",
                              "EventTarget", "AbortController", "AbortSignal"})
           .ToLocal(&exports)) {
    return;
  }
  EventHooks& hooks = Environment::From(isolate)->Service<EventHooks>();
  hooks.exports.Reset(isolate, exports);
  InstallMessaging(context, global, exports);
  v8::Local<v8::Function> function;
  if (GetFunction(context, exports, "fireError").ToLocal(&function)) {
    hooks.fire_error.Reset(isolate, function);
  }
  if (GetFunction(context, exports, "fireUnhandledRejection").ToLocal(&function)) {
    hooks.fire_unhandled_rejection.Reset(isolate, function);
  }
  SetMethod(context, global, "reportError", ReportError, {}, 1);
}

v8::MaybeLocal<v8::Object> EventsExports(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  EventHooks& hooks = Environment::From(isolate)->Service<EventHooks>();
  if (hooks.exports.IsEmpty()) return {};
  return hooks.exports.Get(isolate);
}

bool FireErrorEvent(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                    v8::Local<v8::Message> message) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  EventHooks& hooks = Environment::From(isolate)->Service<EventHooks>();
  v8::Local<v8::Value> text = V8String(isolate, "Uncaught " + ToUtf8(isolate, exception));
  v8::Local<v8::Value> filename = v8::String::Empty(isolate);
  v8::Local<v8::Value> line = v8::Integer::New(isolate, 0);
  v8::Local<v8::Value> column = v8::Integer::New(isolate, 0);
  if (!message.IsEmpty()) {
    text = message->Get();
    v8::Local<v8::Value> resource = message->GetScriptResourceName();
    if (resource->IsString()) filename = resource;
    line = v8::Integer::New(isolate, message->GetLineNumber(context).FromMaybe(0));
    column = v8::Integer::New(isolate, message->GetStartColumn(context).FromMaybe(-1) + 1);
  }
  v8::Local<v8::Value> argv[] = {exception, text, filename, line, column};
  return CallHook(context, hooks.fire_error, 5, argv);
}

bool FireWorkerErrorEvent(v8::Local<v8::Context> context, const ErrorReport& error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  EventHooks& hooks = Environment::From(isolate)->Service<EventHooks>();
  v8::Local<v8::Value> argv[] = {
      v8::Null(isolate), V8String(isolate, error.message), V8String(isolate, error.filename),
      v8::Integer::New(isolate, error.lineno), v8::Integer::New(isolate, error.colno)};
  return CallHook(context, hooks.fire_error, 5, argv);
}

bool FireUnhandledRejection(v8::Local<v8::Context> context, v8::Local<v8::Promise> promise,
                            v8::Local<v8::Value> reason) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  EventHooks& hooks = Environment::From(isolate)->Service<EventHooks>();
  v8::Local<v8::Value> argv[] = {promise, reason};
  return CallHook(context, hooks.fire_unhandled_rejection, 2, argv);
}

}  // namespace linea::shell::web
