#include "shell/web/encoding.h"

#include <memory>
#include <string>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/js_factory.h"
#include "shell/owned_by_js.h"
#include "shell/text_codec.h"
#include "shell/v8_util.h"
#include "shell/web/decoders.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

// openDecoder(name) -> an opaque holder of the decoder of the encoding `name`.
void OpenDecoder(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string error;
  std::unique_ptr<Decoder> decoder = MakeDecoder(ToUtf8(isolate, args[0]), &error);
  if (!decoder) {
    ThrowRangeError(isolate, "Failed to construct 'TextDecoder': " + error);
    return;
  }
  v8::Local<v8::Object> holder;
  if (!OwnedByJs<Decoder>::NewHolder(isolate, std::move(decoder)).ToLocal(&holder)) return;
  args.GetReturnValue().Set(holder);
}

// decodeWith(holder, bytes or undefined, fatal, flush) -> the text, or null on an error in
// fatal mode (the caller throws, so the error points at the caller's line).
void DecodeWith(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Decoder* decoder = OwnedByJs<Decoder>::From(args[0]);
  if (decoder == nullptr) return;
  std::span<uint8_t> bytes;
  GetBufferSourceBytes(args[1], &bytes);
  std::u16string text;
  if (!decoder->Decode(bytes, args[2]->IsTrue(), args[3]->IsTrue(), text)) {
    args.GetReturnValue().SetNull();
    return;
  }
  v8::Local<v8::String> string;
  if (!FromUtf16(isolate, text).ToLocal(&string)) {
    ThrowRangeError(isolate, "Failed to execute 'decode' on 'TextDecoder': the text is too long");
    return;
  }
  args.GetReturnValue().Set(string);
}

}  // namespace

void InstallEncoding(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetMethod(context, natives, "openDecoder", OpenDecoder);
  SetMethod(context, natives, "decodeWith", DecodeWith);
  InstallFactoryExports(context, global, js::kEncodingSource, "encoding.js", natives,
                        {"TextEncoder", "TextDecoder"});
}

}  // namespace linea::shell::web
