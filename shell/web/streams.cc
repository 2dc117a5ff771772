#include "shell/web/streams.h"

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/js_factory.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

struct StreamExports {
  v8::Global<v8::Object> exports;
};

}  // namespace

void InstallStreams(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  // Each part gets the exports of the parts before it: base, readable, bytes, bytes_tee,
  // writable, transform.
  struct Part {
    const char* source;
    const char* name;
    const char* exports_as;
    std::initializer_list<const char*> interfaces;
  };
  const Part parts[] = {
      {js::kStreamsBaseSource,
       "streams_base.js",
       "base",
       {"ByteLengthQueuingStrategy", "CountQueuingStrategy"}},
      {js::kStreamsReadableSource,
       "streams_readable.js",
       "readable",
       {"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamDefaultController"}},
      {js::kStreamsBytesSource,
       "streams_bytes.js",
       "bytes",
       {"ReadableByteStreamController", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest"}},
      {js::kStreamsBytesTeeSource, "streams_bytes_tee.js", "bytes_tee", {}},
      {js::kStreamsWritableSource,
       "streams_writable.js",
       "writable",
       {"WritableStream", "WritableStreamDefaultWriter", "WritableStreamDefaultController"}},
      {js::kStreamsTransformSource,
       "streams_transform.js",
       "transform",
       {"TransformStream", "TransformStreamDefaultController"}},
  };
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  for (const Part& part : parts) {
    v8::Local<v8::Object> exports;
    if (!InstallFactoryExports(context, global, part.source, part.name, natives, part.interfaces)
             .ToLocal(&exports) ||
        natives->Set(context, V8String(isolate, part.exports_as), exports).IsNothing()) {
      return;
    }
  }
  // The readable part holds what the shell's bodies use.
  v8::Local<v8::Value> readable;
  if (natives->Get(context, V8String(isolate, "readable")).ToLocal(&readable) &&
      readable->IsObject()) {
    Environment::From(isolate)->Service<StreamExports>().exports.Reset(isolate,
                                                                       readable.As<v8::Object>());
  }
}

void AddStreamNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives) {
  v8::Isolate* isolate = context->GetIsolate();
  StreamExports& streams = Environment::From(isolate)->Service<StreamExports>();
  if (streams.exports.IsEmpty()) return;
  IgnoreResult(natives->Set(context, V8String(isolate, "streams"), streams.exports.Get(isolate)));
}

void ReadStream(Environment* env, v8::Local<v8::Object> stream, Body::ChunkCallback on_chunk,
                Body::EndCallback on_end) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  struct Pump {
    Environment* env;
    Body::ChunkCallback on_chunk;
    Body::EndCallback on_end;
    // Calls on_end as its own task, then frees the pump.
    static void End(Pump* pump, std::optional<std::string> error) {
      pump->env->PostTask([pump, error](v8::Local<v8::Context> context) {
        std::unique_ptr<Pump> owned(pump);
        pump->on_end(context, error ? &*error : nullptr);
      });
    }
  };
  auto* pump = new Pump{env, std::move(on_chunk), std::move(on_end)};
  StreamExports& streams = env->Service<StreamExports>();
  v8::Local<v8::Function> pump_chunks;
  v8::Local<v8::External> data = v8::External::New(isolate, pump);
  v8::Local<v8::Function> chunk_callback, end_callback;
  if (streams.exports.IsEmpty() ||
      !GetFunction(context, streams.exports.Get(isolate), "pumpChunks").ToLocal(&pump_chunks) ||
      !v8::Function::New(
           context,
           [](const v8::FunctionCallbackInfo<v8::Value>& args) {
             auto* pump = static_cast<Pump*>(args.Data().As<v8::External>()->Value());
             std::span<uint8_t> bytes;
             GetBufferSourceBytes(args[0], &bytes);
             std::vector<uint8_t> chunk(bytes.begin(), bytes.end());
             pump->env->PostTask(
                 [pump, chunk](v8::Local<v8::Context> context) { pump->on_chunk(context, chunk); });
           },
           data)
           .ToLocal(&chunk_callback) ||
      !v8::Function::New(
           context,
           [](const v8::FunctionCallbackInfo<v8::Value>& args) {
             auto* pump = static_cast<Pump*>(args.Data().As<v8::External>()->Value());
             std::optional<std::string> error;
             if (!args[0]->IsUndefined()) error = ToUtf8(args.GetIsolate(), args[0]);
             Pump::End(pump, error);
           },
           data)
           .ToLocal(&end_callback)) {
    Pump::End(pump, "the body stream cannot be read");
    return;
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> argv[] = {stream, chunk_callback, end_callback};
  if (pump_chunks->Call(context, v8::Undefined(isolate), 3, argv).IsEmpty()) {
    Pump::End(pump, "the body stream cannot be read: " + ToUtf8(isolate, try_catch.Exception()));
  }
}

}  // namespace linea::shell::web
