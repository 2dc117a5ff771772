#include "shell/web/blob.h"

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"
#include "shell/web/streams.h"

namespace linea::shell::web {
namespace {

// blob.js's exports, for AddBlobNatives.
struct BlobExports {
  v8::Global<v8::Object> exports;
};

}  // namespace

void InstallBlob(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  AddStreamNatives(context, natives);
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(context, global, js::kBlobSource, "blob.js", natives, {"Blob", "File"})
           .ToLocal(&exports)) {
    return;
  }
  Environment::From(isolate)->Service<BlobExports>().exports.Reset(isolate, exports);
}

void AddBlobNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives) {
  v8::Isolate* isolate = context->GetIsolate();
  BlobExports& blob = Environment::From(isolate)->Service<BlobExports>();
  if (blob.exports.IsEmpty()) return;
  IgnoreResult(natives->Set(context, V8String(isolate, "blob"), blob.exports.Get(isolate)));
}

}  // namespace linea::shell::web
