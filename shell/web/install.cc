#include "shell/web/install.h"

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/inspect.h"
#include "shell/js_factory.h"
#include "shell/text_codec.h"
#include "shell/v8_util.h"
#include "shell/web/base64.h"
#include "shell/web/blob.h"
#include "shell/web/compression.h"
#include "shell/web/crypto.h"
#include "shell/web/encoding.h"
#include "shell/web/events.h"
#include "shell/web/performance.h"
#include "shell/web/streams.h"
#include "shell/web/structured_clone.h"
#include "shell/web/url.h"
#include "shell/web/window.h"

namespace linea::shell::web {
namespace {

// The exports of webidl.js, made once per environment.
struct WebIdl {
  v8::Global<v8::Object> exports;
};

v8::MaybeLocal<v8::Object> GetWebIdl(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  WebIdl& idl = Environment::From(isolate)->Service<WebIdl>();
  if (idl.exports.IsEmpty()) {
    v8::Local<v8::Object> exports;
    v8::Local<v8::Object> natives = v8::Object::New(isolate);
    if (natives
            ->Set(context, V8String(isolate, "registerPlatformPrototype"),
                  Environment::From(isolate)->inspector().platform_registrar())
            .IsNothing() ||
        !RunFactory(context, js::kWebidlSource, "webidl.js", natives).ToLocal(&exports)) {
      return {};
    }
    idl.exports.Reset(isolate, exports);
  }
  return idl.exports.Get(isolate);
}

}  // namespace

v8::MaybeLocal<v8::Object> InstallFactoryExports(v8::Local<v8::Context> context,
                                                 v8::Local<v8::Object> global,
                                                 std::string_view source, std::string_view name,
                                                 v8::Local<v8::Object> natives,
                                                 std::initializer_list<const char*> names) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Object> idl;
  if (!GetWebIdl(context).ToLocal(&idl) ||
      natives->Set(context, V8String(isolate, "idl"), idl).IsNothing()) {
    return {};
  }
  AddCodecNatives(context, natives);
  v8::Local<v8::Object> exports;
  if (!RunFactory(context, source, name, natives).ToLocal(&exports)) return {};
  for (const char* export_name : names) {
    v8::Local<v8::Value> value;
    if (!exports->Get(context, V8String(isolate, export_name)).ToLocal(&value)) return {};
    SetHidden(context, global, export_name, value);
  }
  return scope.Escape(exports);
}

void DefineGlobalAttribute(v8::Local<v8::Context> context, v8::Local<v8::Object> global,
                           std::string_view name, v8::Local<v8::Value> value, bool replaceable) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = V8String(isolate, name);
  v8::Local<v8::Function> getter;
  if (!v8::Function::New(
           context,
           [](const v8::FunctionCallbackInfo<v8::Value>& args) {
             args.GetReturnValue().Set(args.Data());
           },
           value, 0, v8::ConstructorBehavior::kThrow)
           .ToLocal(&getter)) {
    return;
  }
  getter->SetName(V8String(isolate, "get " + std::string(name)));
  v8::Local<v8::Function> setter;
  if (replaceable) {
    if (!v8::Function::New(
             context,
             [](const v8::FunctionCallbackInfo<v8::Value>& args) {
               v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
               if (!args.This()->IsObject()) return;
               IgnoreResult(args.This().As<v8::Object>()->CreateDataProperty(
                   context, args.Data().As<v8::String>(), args[0]));
             },
             key, 1, v8::ConstructorBehavior::kThrow)
             .ToLocal(&setter)) {
      return;
    }
    setter->SetName(V8String(isolate, "set " + std::string(name)));
  }
  global->SetAccessorProperty(key, getter, setter, v8::None);
}

void ThrowDomException(v8::Local<v8::Context> context, std::string_view message,
                       std::string_view name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> idl;
  v8::Local<v8::Function> ctor;
  if (!GetWebIdl(context).ToLocal(&idl) ||
      !GetFunction(context, idl, "DOMException").ToLocal(&ctor)) {
    ThrowError(isolate, std::string(name) + ": " + std::string(message));
    return;
  }
  v8::Local<v8::Value> argv[] = {V8String(isolate, message), V8String(isolate, name)};
  v8::Local<v8::Object> exception;
  if (ctor->NewInstance(context, 2, argv).ToLocal(&exception)) isolate->ThrowException(exception);
}

void InstallWebPlatform(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Local<v8::Object> idl;
  v8::Local<v8::Function> dom_exception;
  if (!GetWebIdl(context).ToLocal(&idl) ||
      !GetFunction(context, idl, "DOMException").ToLocal(&dom_exception)) {
    return;
  }
  SetHidden(context, global, "DOMException", dom_exception);
  InstallEvents(context, global);
  InstallEncoding(context, global);
  InstallBase64(context, global);
  // Before the streams: byte streams transfer ArrayBuffers with structuredClone.
  InstallStructuredClone(context, global);
  InstallStreams(context, global);
  InstallCompression(context, global);
  InstallBlob(context, global);
  InstallCrypto(context, global);
  InstallPerformance(context, global);
  InstallUrl(context, global);
  InstallWindow(context, global);
}

}  // namespace linea::shell::web
