#include "shell/web/encoding.h"

#include <memory>
#include <string>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/js_factory.h"
#include "shell/text_codec.h"
#include "shell/v8_util.h"
#include "shell/web/decoders.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

// A Decoder owned by the JavaScript object that holds it (freed when that is collected).
struct DecoderHandle {
  std::unique_ptr<Decoder> decoder;
  v8::Global<v8::Object> holder;
};

void FreeDecoder(const v8::WeakCallbackInfo<DecoderHandle>& info) {
  std::unique_ptr<DecoderHandle> handle(info.GetParameter());
  handle->holder.Reset();
}

// openDecoder(name) -> an opaque holder of the decoder of the encoding `name`.
void OpenDecoder(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string error;
  std::unique_ptr<Decoder> decoder = MakeDecoder(ToUtf8(isolate, args[0]), &error);
  if (!decoder) {
    ThrowRangeError(isolate, "Failed to construct 'TextDecoder': " + error);
    return;
  }
  v8::Local<v8::ObjectTemplate> templ = v8::ObjectTemplate::New(isolate);
  templ->SetInternalFieldCount(1);
  v8::Local<v8::Object> holder;
  if (!templ->NewInstance(context).ToLocal(&holder)) return;
  auto* handle = new DecoderHandle{std::move(decoder), v8::Global<v8::Object>(isolate, holder)};
  holder->SetAlignedPointerInInternalField(0, handle);
  handle->holder.SetWeak(handle, FreeDecoder, v8::WeakCallbackType::kParameter);
  args.GetReturnValue().Set(holder);
}

// decodeWith(holder, bytes or undefined, fatal, flush) -> the text, or null on an error in
// fatal mode (the caller throws, so the error points at the caller's line).
void DecodeWith(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject() || args[0].As<v8::Object>()->InternalFieldCount() != 1) return;
  auto* handle =
      static_cast<DecoderHandle*>(args[0].As<v8::Object>()->GetAlignedPointerFromInternalField(0));
  std::span<uint8_t> bytes;
  GetBufferSourceBytes(args[1], &bytes);
  std::u16string text;
  if (!handle->decoder->Decode(bytes, args[2]->IsTrue(), args[3]->IsTrue(), text)) {
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
