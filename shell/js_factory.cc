#include "shell/js_factory.h"

#include <string>

#include "shell/code_cache.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// Compiles `source`, from its embedded code cache if V8 accepts that (code_cache.h).
v8::MaybeLocal<v8::Script> Compile(v8::Local<v8::Context> context, std::string_view source,
                                   std::string_view name, const v8::ScriptOrigin& origin) {
  v8::Isolate* isolate = context->GetIsolate();
  const EmbeddedCodeCache* cache = FindEmbeddedCodeCache(name);
  if (cache == nullptr) {
    v8::ScriptCompiler::Source plain(V8String(isolate, source), origin);
    return v8::ScriptCompiler::Compile(context, &plain);
  }
  // Source takes ownership of the CachedData, which does not own the embedded bytes.
  v8::ScriptCompiler::Source cached(V8String(isolate, source), origin,
                                    new v8::ScriptCompiler::CachedData(cache->data, cache->size));
  return v8::ScriptCompiler::Compile(context, &cached, v8::ScriptCompiler::kConsumeCodeCache);
}

}  // namespace

v8::MaybeLocal<v8::Object> RunFactory(v8::Local<v8::Context> context, std::string_view source,
                                      std::string_view name, v8::Local<v8::Object> natives) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::ScriptOrigin origin(isolate, V8String(isolate, "linea:" + std::string(name)));
  v8::Local<v8::Script> script;
  if (!Compile(context, source, name, origin).ToLocal(&script)) return {};
  RecordCompiledScript(name, script->GetUnboundScript());
  v8::Local<v8::Value> factory;
  if (!script->Run(context).ToLocal(&factory)) return {};
  if (!factory->IsFunction()) {
    ThrowError(isolate, "linea:" + std::string(name) + " is not a factory function");
    return {};
  }
  v8::Local<v8::Value> argv[] = {natives};
  v8::Local<v8::Value> exports;
  if (!factory.As<v8::Function>()
           ->Call(context, v8::Undefined(isolate), 1, argv)
           .ToLocal(&exports)) {
    return {};
  }
  if (!exports->IsObject()) {
    ThrowError(isolate, "linea:" + std::string(name) + " returned no object");
    return {};
  }
  return scope.Escape(exports.As<v8::Object>());
}

bool RunFactoryParts(v8::Local<v8::Context> context, std::span<const FactoryPart> parts,
                     v8::Local<v8::Object> natives) {
  v8::Isolate* isolate = context->GetIsolate();
  for (const FactoryPart& part : parts) {
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> exports;
    if (!RunFactory(context, part.source, part.name, natives).ToLocal(&exports) ||
        natives->Set(context, V8String(isolate, part.exports_as), exports).IsNothing()) {
      return false;
    }
  }
  return true;
}

v8::MaybeLocal<v8::Function> GetFunction(v8::Local<v8::Context> context,
                                         v8::Local<v8::Object> exports, std::string_view name) {
  v8::Local<v8::Value> value;
  if (!exports->Get(context, V8String(context->GetIsolate(), name)).ToLocal(&value) ||
      !value->IsFunction()) {
    return {};
  }
  return value.As<v8::Function>();
}

}  // namespace linea::shell
