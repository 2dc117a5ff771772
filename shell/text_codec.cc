#include "shell/text_codec.h"

#include <cstdint>
#include <string>

#include "shell/bytes.h"
#include "shell/utf8.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

// encode(string) -> Uint8Array of its UTF-8 (lone surrogates as U+FFFD).
void Encode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  std::u16string text = ToUtf16(isolate, args[0].As<v8::String>());
  size_t length = EncodeUtf8(text, nullptr, SIZE_MAX).written;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  EncodeUtf8(text, static_cast<uint8_t*>(store->Data()), length);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, length));
}

// encodeInto(string, Uint8Array) -> [read, written].
void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::span<uint8_t> destination;
  if (!args[0]->IsString() || !GetBufferSourceBytes(args[1], &destination)) return;
  std::u16string text = ToUtf16(isolate, args[0].As<v8::String>());
  Utf8EncodeResult result = EncodeUtf8(text, destination.data(), destination.size());
  v8::Local<v8::Value> pair[] = {v8::Number::New(isolate, static_cast<double>(result.read)),
                                 v8::Number::New(isolate, static_cast<double>(result.written))};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

void DecodeUtf8Native(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::span<uint8_t> bytes;
  if (!GetBufferSourceBytes(args[0], &bytes)) return;
  v8::Local<v8::String> string;
  if (!DecodeUtf8ToString(args.GetIsolate(), bytes).ToLocal(&string)) {
    ThrowRangeError(args.GetIsolate(), "the decoded string is too long");
    return;
  }
  args.GetReturnValue().Set(string);
}

void ToBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Uint8Array> view;
  if (BufferSourceView(args[0]).ToLocal(&view)) args.GetReturnValue().Set(view);
}

void CopyBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::span<uint8_t> bytes;
  if (!GetBufferSourceBytes(args[0], &bytes)) return;
  args.GetReturnValue().Set(NewUint8Array(args.GetIsolate(), bytes));
}

void IsUint8Array(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args[0]->IsUint8Array());
}

// The USVString conversion of WebIDL: lone surrogates become U+FFFD.
void ToWellFormed(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  std::u16string text = ToUtf16(isolate, args[0].As<v8::String>());
  bool changed = false;
  for (size_t i = 0; i < text.size(); i++) {
    char16_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      text[i] = 0xFFFD;
      changed = true;
    }
  }
  if (!changed) {
    args.GetReturnValue().Set(args[0]);
    return;
  }
  v8::Local<v8::String> result;
  if (FromUtf16(isolate, text).ToLocal(&result)) args.GetReturnValue().Set(result);
}

struct NativeHelper {
  const char* name;
  v8::FunctionCallback callback;
};

constexpr NativeHelper kCodecNatives[] = {
    {"encodeUtf8", Encode},         {"encodeInto", EncodeInto}, {"decodeUtf8", DecodeUtf8Native},
    {"toBytes", ToBytes},           {"copyBytes", CopyBytes},   {"isUint8Array", IsUint8Array},
    {"toWellFormed", ToWellFormed},
};

}  // namespace

std::u16string ToUtf16(v8::Isolate* isolate, v8::Local<v8::String> string) {
  std::u16string text(static_cast<size_t>(string->Length()), u'\0');
  string->Write(isolate, reinterpret_cast<uint16_t*>(text.data()), 0, string->Length(),
                v8::String::NO_NULL_TERMINATION);
  return text;
}

v8::MaybeLocal<v8::String> FromUtf16(v8::Isolate* isolate, std::u16string_view text) {
  return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(text.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(text.size()));
}

v8::MaybeLocal<v8::String> DecodeUtf8ToString(v8::Isolate* isolate,
                                              std::span<const uint8_t> bytes) {
  if (bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
    bytes = bytes.subspan(3);
  }
  std::u16string text;
  DecodeUtf8(bytes, false, true, text);
  return FromUtf16(isolate, text);
}

void AddCodecNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives) {
  for (const NativeHelper& helper : kCodecNatives) {
    SetMethod(context, natives, helper.name, helper.callback);
  }
}

}  // namespace linea::shell
