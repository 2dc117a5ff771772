#include "shell/web/global_scope.h"

#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// HTML: `[Replaceable] readonly attribute WindowProxy self;` an enumerable, configurable
// accessor whose getter returns the global and whose setter replaces the property with a plain
// data property holding the new value (what `self = 1` does in a browser).
void GetSelf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args.GetIsolate()->GetCurrentContext()->Global());
}

void ReplaceSelf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  if (!args.This()->IsObject()) return;
  v8::Local<v8::Value> value = args[0];  // undefined when absent
  IgnoreResult(args.This().As<v8::Object>()->CreateDataProperty(
      context, V8String(args.GetIsolate(), "self"), value));
}

}  // namespace

void InstallGlobalScope(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> name = V8String(isolate, "self");
  v8::Local<v8::Function> getter =
      v8::FunctionTemplate::New(isolate, GetSelf)->GetFunction(context).ToLocalChecked();
  getter->SetName(V8String(isolate, "get self"));
  v8::Local<v8::Function> setter = v8::FunctionTemplate::New(isolate, ReplaceSelf, {}, {}, 1)
                                       ->GetFunction(context)
                                       .ToLocalChecked();
  setter->SetName(V8String(isolate, "set self"));
  global->SetAccessorProperty(name, getter, setter, v8::None);
}

}  // namespace linea::shell
