#include "shell/bytes.h"

#include <cstring>
#include <memory>

namespace linea::shell {

bool GetBufferSourceBytes(v8::Local<v8::Value> value, std::span<uint8_t>* bytes) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
    size_t length = view->ByteLength();
    if (length == 0 || store->Data() == nullptr) {
      *bytes = {};
      return true;
    }
    *bytes = std::span<uint8_t>(static_cast<uint8_t*>(store->Data()) + view->ByteOffset(), length);
    return true;
  }
  std::shared_ptr<v8::BackingStore> store;
  if (value->IsArrayBuffer()) {
    store = value.As<v8::ArrayBuffer>()->GetBackingStore();
  } else if (value->IsSharedArrayBuffer()) {
    store = value.As<v8::SharedArrayBuffer>()->GetBackingStore();
  } else {
    return false;
  }
  if (store->ByteLength() == 0 || store->Data() == nullptr) {
    *bytes = {};
    return true;
  }
  *bytes = std::span<uint8_t>(static_cast<uint8_t*>(store->Data()), store->ByteLength());
  return true;
}

v8::MaybeLocal<v8::Uint8Array> BufferSourceView(v8::Local<v8::Value> value) {
  if (value->IsUint8Array()) return value.As<v8::Uint8Array>();
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    return v8::Uint8Array::New(view->Buffer(), view->ByteOffset(), view->ByteLength());
  }
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    return v8::Uint8Array::New(buffer, 0, buffer->ByteLength());
  }
  if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer = value.As<v8::SharedArrayBuffer>();
    return v8::Uint8Array::New(buffer, 0, buffer->ByteLength());
  }
  return {};
}

v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, std::vector<uint8_t> bytes) {
  if (bytes.empty()) return v8::ArrayBuffer::New(isolate, 0);
  auto* owned = new std::vector<uint8_t>(std::move(bytes));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      owned->data(), owned->size(),
      [](void*, size_t, void* data) { delete static_cast<std::vector<uint8_t>*>(data); }, owned);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

v8::Local<v8::Uint8Array> NewUint8Array(v8::Isolate* isolate, std::span<const uint8_t> bytes) {
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, bytes.size());
  if (!bytes.empty()) std::memcpy(store->Data(), bytes.data(), bytes.size());
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  return v8::Uint8Array::New(buffer, 0, bytes.size());
}

}  // namespace linea::shell
