#include "shell/web/clone_delegates.h"

#include "bindings/webassembly.h"

namespace linea::shell::web {

SerializerDelegate::SerializerDelegate(v8::Isolate* isolate, SerializedMessage* message)
    : isolate_(isolate), message_(message) {}

SerializerDelegate::~SerializerDelegate() = default;

void SerializerDelegate::ThrowDataCloneError(v8::Local<v8::String> message) {
  v8::String::Utf8Value text(isolate_, message);
  clone_error_ = *text != nullptr ? std::string(*text, text.length()) : std::string();
  isolate_->ThrowException(v8::Exception::Error(message));
}

v8::Maybe<bool> SerializerDelegate::WriteHostObject(v8::Isolate* isolate,
                                                    v8::Local<v8::Object> object) {
  std::shared_ptr<bindings::SerializedWasmObject> wasm =
      bindings::SerializeWasmObject(isolate->GetCurrentContext(), object);
  if (wasm != nullptr && serializer_ != nullptr) {
    serializer_->WriteUint32(static_cast<uint32_t>(message_->wasm_objects.size()));
    message_->wasm_objects.push_back(std::move(wasm));
    return v8::Just(true);
  }
  v8::Local<v8::String> name = object->GetConstructorName();
  std::string text = "#<";
  v8::String::Utf8Value utf8(isolate, name);
  if (*utf8 != nullptr) text.append(*utf8, utf8.length());
  text += "> could not be cloned.";
  v8::Local<v8::String> message;
  if (!v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                               static_cast<int>(text.size()))
           .ToLocal(&message)) {
    message = v8::String::Empty(isolate);
  }
  ThrowDataCloneError(message);  // V8 needs an exception pending with Nothing.
  return v8::Nothing<bool>();
}

v8::Maybe<uint32_t> SerializerDelegate::GetSharedArrayBufferId(
    v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) {
  for (size_t i = 0; i < shared_.size(); i++) {
    if (shared_[i].Get(isolate) == buffer) return v8::Just(static_cast<uint32_t>(i));
  }
  shared_.emplace_back(isolate, buffer);
  message_->shared_buffers.push_back(buffer->GetBackingStore());
  return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
}

DeserializerDelegate::DeserializerDelegate(const SerializedMessage& message)
    : message_(message), shared_(message.shared_buffers.size()) {}

DeserializerDelegate::~DeserializerDelegate() = default;

v8::MaybeLocal<v8::Object> DeserializerDelegate::ReadHostObject(v8::Isolate* isolate) {
  uint32_t index;
  if (deserializer_ == nullptr || !deserializer_->ReadUint32(&index) ||
      index >= message_.wasm_objects.size()) {
    isolate->ThrowException(v8::Exception::Error(
        v8::String::NewFromUtf8Literal(isolate, "Unable to deserialize cloned data.")));
    return {};
  }
  return bindings::DeserializeWasmObject(isolate->GetCurrentContext(),
                                         *message_.wasm_objects[index]);
}

v8::MaybeLocal<v8::SharedArrayBuffer> DeserializerDelegate::GetSharedArrayBufferFromId(
    v8::Isolate* isolate, uint32_t id) {
  if (id >= shared_.size()) return {};
  if (shared_[id].IsEmpty()) {
    shared_[id].Reset(isolate, v8::SharedArrayBuffer::New(isolate, message_.shared_buffers[id]));
  }
  return shared_[id].Get(isolate);
}

}  // namespace linea::shell::web
