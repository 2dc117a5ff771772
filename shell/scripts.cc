#include "shell/scripts.h"

#include "shell/v8_util.h"

namespace linea::shell {

v8::MaybeLocal<v8::Value> RunClassicScript(v8::Local<v8::Context> context,
                                           const std::string& source, const std::string& name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::String> source_string;
  if (!NewV8String(isolate, source).ToLocal(&source_string)) {
    ThrowRangeError(isolate, "script '" + name + "' is too large");
    return {};
  }
  v8::ScriptOrigin origin(isolate, V8String(isolate, name));
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context, source_string, &origin).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    return {};
  }
  return scope.Escape(result);
}

}  // namespace linea::shell
