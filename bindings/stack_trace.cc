#include "bindings/stack_trace.h"

#include <cstdio>
#include <string_view>

#include "bindings/state.h"
#include "bindings/webidl.h"
#include "runtime/decode/module.h"
#include "runtime/interpreter/live_frames.h"

namespace linea::bindings {
namespace {

// Calls `object[name]()`; empty if it is not a function or throws.
v8::MaybeLocal<v8::Value> CallMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
                                     const char* name) {
  v8::Local<v8::Value> method;
  if (!object->Get(context, v8::String::NewFromUtf8(context->GetIsolate(), name).ToLocalChecked())
           .ToLocal(&method) ||
      !method->IsFunction()) {
    return {};
  }
  return method.As<v8::Function>()->Call(context, object, 0, nullptr);
}

std::string Utf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value text(isolate, value);
  return *text ? std::string(*text, text.length()) : std::string();
}

bool IsTrampoline(v8::Local<v8::Context> context, v8::Local<v8::Value> site) {
  if (!site->IsObject()) return false;
  v8::Local<v8::Value> name;
  return CallMethod(context, site.As<v8::Object>(), "getScriptNameOrSourceURL").ToLocal(&name) &&
         name->IsString() && Utf8(context->GetIsolate(), name) == kWasmToJsScriptName;
}

// %Error.prototype%, reached from a fresh error object as V8's own formatting reaches it.
v8::Local<v8::Object> ErrorPrototype(v8::Isolate* isolate) {
  return v8::Exception::Error(v8::String::Empty(isolate))
      .As<v8::Object>()
      ->GetPrototype()
      .As<v8::Object>();
}

// The "Name: message" line that starts a stack, as Error.prototype.toString makes it.
std::string Header(v8::Local<v8::Context> context, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> to_string;
  v8::Local<v8::Value> text;
  if (!ErrorPrototype(isolate)
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "toString"))
           .ToLocal(&to_string) ||
      !to_string->IsFunction() ||
      !to_string.As<v8::Function>()->Call(context, error, 0, nullptr).ToLocal(&text)) {
    return "<error>";
  }
  return Utf8(isolate, text);
}

// The user's Error.prepareStackTrace, if it is a function.
v8::Local<v8::Function> UserPrepareStackTrace(v8::Local<v8::Context> context,
                                              v8::Local<v8::Object>* error_constructor) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> constructor;
  v8::Local<v8::Value> prepare;
  if (!ErrorPrototype(isolate)
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "constructor"))
           .ToLocal(&constructor) ||
      !constructor->IsObject() ||
      !constructor.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "prepareStackTrace"))
           .ToLocal(&prepare) ||
      !prepare->IsFunction()) {
    return {};
  }
  *error_constructor = constructor.As<v8::Object>();
  return prepare.As<v8::Function>();
}

v8::MaybeLocal<v8::Value> FormatStack(v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                                      v8::Local<v8::Array> sites) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  std::vector<v8::Local<v8::Value>> all_sites;
  for (uint32_t i = 0; i < sites->Length(); ++i) {
    v8::Local<v8::Value> site;
    if (!sites->Get(context, i).ToLocal(&site)) return {};
    all_sites.push_back(site);
  }

  v8::Local<v8::Object> error_constructor;
  if (v8::Local<v8::Function> prepare = UserPrepareStackTrace(context, &error_constructor);
      !prepare.IsEmpty()) {
    std::vector<v8::Local<v8::Value>> js_sites;
    for (v8::Local<v8::Value> site : all_sites) {
      if (!IsTrampoline(context, site)) js_sites.push_back(site);
    }
    v8::Local<v8::Value> args[] = {error,
                                   v8::Array::New(isolate, js_sites.data(), js_sites.size())};
    v8::Local<v8::Value> result;
    if (!prepare->Call(context, error_constructor, 2, args).ToLocal(&result)) return {};
    return scope.Escape(result);
  }

  const int limit = StackTraceLimit(context);
  std::vector<rt::Activation> activations;
  if (State* state = State::Get(isolate)) {
    activations = rt::LiveActivations(state->store().execution_state(), limit);
  }
  std::string stack = Header(context, error);
  int lines = 0;
  size_t next_activation = 0;
  for (v8::Local<v8::Value> site : all_sites) {
    if (lines == limit) break;
    if (IsTrampoline(context, site)) {
      if (next_activation == activations.size()) continue;  // Its frames have returned.
      for (const rt::TraceFrame& frame : activations[next_activation]) {
        if (lines == limit) break;
        stack += "\n    at " + WasmFrameText(frame);
        ++lines;
      }
      ++next_activation;
      continue;
    }
    v8::Local<v8::Value> text;
    if (!site->IsObject() ||
        !CallMethod(context, site.As<v8::Object>(), "toString").ToLocal(&text)) {
      continue;  // A call site that cannot say where it is (its exception, if any, is kept).
    }
    stack += "\n    at " + Utf8(isolate, text);
    ++lines;
  }
  return scope.Escape(ToV8String(isolate, stack));
}

// V8 requires an exception to be pending when this callback returns nothing (and aborts the
// process otherwise), which a stack overflow inside the formatting could break: any exception
// is rethrown, and a failure without one still yields the header.
v8::MaybeLocal<v8::Value> PrepareStackTrace(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> error,
                                            v8::Local<v8::Array> sites) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> stack;
  if (FormatStack(context, error, sites).ToLocal(&stack) && !try_catch.HasCaught()) {
    return scope.Escape(stack);
  }
  if (try_catch.HasCaught()) {
    if (!try_catch.HasTerminated()) try_catch.ReThrow();
    return {};
  }
  return scope.Escape(ToV8String(isolate, Header(context, error)));
}

}  // namespace

int StackTraceLimit(v8::Local<v8::Context> context) {
  constexpr int kDefaultStackTraceLimit = 10;
  v8::Isolate* isolate = context->GetIsolate();
  v8::TryCatch try_catch(isolate);  // A getter on Error may throw; the default then holds.
  v8::Local<v8::Value> constructor;
  v8::Local<v8::Value> limit;
  if (!ErrorPrototype(isolate)
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "constructor"))
           .ToLocal(&constructor) ||
      !constructor->IsObject() ||
      !constructor.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "stackTraceLimit"))
           .ToLocal(&limit) ||
      !limit->IsNumber()) {
    return kDefaultStackTraceLimit;
  }
  double value = limit.As<v8::Number>()->Value();
  if (!(value > 0)) return 0;
  return value > 1000 ? 1000 : static_cast<int>(value);
}

std::string ModuleScriptUrl(const rt::Module& module) {
  char hash[16];
  std::snprintf(hash, sizeof hash, "%08x", module.bytes_hash);
  return "wasm://wasm/" + (module.module_name ? *module.module_name + "-" : std::string()) + hash;
}

std::string WasmFrameText(const rt::TraceFrame& frame) {
  char location[64];
  std::snprintf(location, sizeof location, ":wasm-function[%u]:0x%x", frame.func_index,
                frame.offset);
  if (frame.module == nullptr) return std::string("<unknown>") + location;
  std::string where = ModuleScriptUrl(*frame.module) + location;
  // V8's names: "module.function", the module's name alone for a function without one, the
  // function's alone in a module without one; no name at all prints the location only.
  auto name = frame.module->function_names.find(frame.func_index);
  const std::optional<std::string>& module_name = frame.module->module_name;
  if (name == frame.module->function_names.end()) {
    return module_name ? *module_name + " (" + where + ")" : where;
  }
  return (module_name ? *module_name + "." : "") + name->second + " (" + where + ")";
}

StackTraces::StackTraces(v8::Isolate* isolate) : isolate_(isolate) {}

void StackTraces::Install(v8::Local<v8::Context>) {
  isolate_->SetPrepareStackTraceCallback(PrepareStackTrace);
}

v8::MaybeLocal<v8::Function> StackTraces::Factory(v8::Local<v8::Context> context, size_t arity) {
  if (arity < factories_.size() && !factories_[arity].IsEmpty()) {
    return factories_[arity].Get(isolate_);
  }
  // A plain call: receiver undefined, exactly the arguments given, as the JS API's "call a host
  // function" makes it.
  std::string params;
  for (size_t i = 0; i < arity; ++i) params += (i ? ", a" : "a") + std::to_string(i);
  std::string source =
      "(function (f) { return function (" + params + ") { return f(" + params + "); }; })";
  v8::ScriptOrigin origin(isolate_, v8::String::NewFromUtf8Literal(isolate_, kWasmToJsScriptName));
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> factory;
  if (!v8::Script::Compile(context, ToV8String(isolate_, source), &origin).ToLocal(&script) ||
      !script->Run(context).ToLocal(&factory) || !factory->IsFunction()) {
    return {};
  }
  if (factories_.size() <= arity) factories_.resize(arity + 1);
  factories_[arity].Reset(isolate_, factory.As<v8::Function>());
  return factory.As<v8::Function>();
}

v8::Local<v8::Function> StackTraces::CallThrough(v8::Local<v8::Context> context,
                                                 v8::Local<v8::Function> callable, size_t arity) {
  v8::TryCatch try_catch(isolate_);  // Only an exhausted heap fails; the import still works.
  v8::Local<v8::Function> factory;
  v8::Local<v8::Value> argv[] = {callable};
  v8::Local<v8::Value> through;
  if (!Factory(context, arity).ToLocal(&factory) ||
      !factory->Call(context, v8::Undefined(isolate_), 1, argv).ToLocal(&through) ||
      !through->IsFunction()) {
    return callable;
  }
  return through.As<v8::Function>();
}

void FormatStackNow(v8::Local<v8::Context> context, v8::Local<v8::Value> exception) {
  if (!exception->IsNativeError()) return;
  v8::TryCatch try_catch(context->GetIsolate());
  v8::Local<v8::Value> ignored;
  if (!exception.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(context->GetIsolate(), "stack"))
           .ToLocal(&ignored)) {
    return;  // A failing stack getter leaves the error as it is.
  }
}

}  // namespace linea::bindings
