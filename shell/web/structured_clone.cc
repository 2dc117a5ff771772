#include "shell/web/structured_clone.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bindings/webassembly.h"
#include "shell/v8_util.h"
#include "shell/web/clone_delegates.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

constexpr char kDataCloneError[] = "DataCloneError";

// The ArrayBuffers of `transfer` (a sequence<object>, or undefined for none); false with a
// DOMException or TypeError thrown. `what` begins the messages ("Failed to execute ...").
bool CollectTransfer(v8::Local<v8::Context> context, v8::Local<v8::Value> transfer,
                     const std::string& what, std::vector<v8::Local<v8::ArrayBuffer>>* buffers) {
  v8::Isolate* isolate = context->GetIsolate();
  if (transfer->IsUndefined()) return true;
  // sequence<object>: iterate with the array iterator protocol.
  v8::Local<v8::Value> iterator_fn;
  if (!transfer->IsObject() ||
      !transfer.As<v8::Object>()
           ->Get(context, v8::Symbol::GetIterator(isolate))
           .ToLocal(&iterator_fn) ||
      !iterator_fn->IsFunction()) {
    if (!isolate->IsExecutionTerminating()) {
      ThrowTypeError(isolate, what + ": The object must have a callable @@iterator property.");
    }
    return false;
  }
  v8::Local<v8::Value> iterator;
  if (!iterator_fn.As<v8::Function>()->Call(context, transfer, 0, nullptr).ToLocal(&iterator) ||
      !iterator->IsObject()) {
    return false;
  }
  v8::Local<v8::Value> next;
  if (!iterator.As<v8::Object>()->Get(context, V8String(isolate, "next")).ToLocal(&next) ||
      !next->IsFunction()) {
    return false;
  }
  while (true) {
    v8::Local<v8::Value> result, done, value;
    if (!next.As<v8::Function>()->Call(context, iterator, 0, nullptr).ToLocal(&result) ||
        !result->IsObject() ||
        !result.As<v8::Object>()->Get(context, V8String(isolate, "done")).ToLocal(&done)) {
      return false;
    }
    if (done->BooleanValue(isolate)) break;
    if (!result.As<v8::Object>()->Get(context, V8String(isolate, "value")).ToLocal(&value)) {
      return false;
    }
    if (!value->IsArrayBuffer()) {
      ThrowDomException(context,
                        value->IsObject()
                            ? what + ": Value at index " + std::to_string(buffers->size()) +
                                  " does not have a transferable type."
                            : what + ": Value is not an object.",
                        kDataCloneError);
      return false;
    }
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    for (v8::Local<v8::ArrayBuffer> seen : *buffers) {
      if (seen == buffer) {
        ThrowDomException(context,
                          what + ": ArrayBuffer at index " + std::to_string(buffers->size()) +
                              " is a duplicate of an earlier ArrayBuffer.",
                          kDataCloneError);
        return false;
      }
    }
    // A WebAssembly.Memory's buffer has the detach key "WebAssembly.Memory": only its Memory
    // may detach it.
    if (!buffer->IsDetachable() || buffer->WasDetached() ||
        bindings::IsWebAssemblyMemoryBuffer(context, buffer)) {
      ThrowDomException(context,
                        what + ": ArrayBuffer at index " + std::to_string(buffers->size()) +
                            " is already detached or cannot be.",
                        kDataCloneError);
      return false;
    }
    buffers->push_back(buffer);
  }
  return true;
}

}  // namespace

std::unique_ptr<SerializedMessage> SerializeWithTransfer(v8::Local<v8::Context> context,
                                                         v8::Local<v8::Value> value,
                                                         v8::Local<v8::Value> transfer,
                                                         const std::string& what) {
  v8::Isolate* isolate = context->GetIsolate();
  std::vector<v8::Local<v8::ArrayBuffer>> transferred;
  if (!CollectTransfer(context, transfer, what, &transferred)) return nullptr;

  auto message = std::make_unique<SerializedMessage>();
  SerializerDelegate delegate(isolate, message.get());
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  for (size_t i = 0; i < transferred.size(); i++) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transferred[i]);
  }
  serializer.WriteHeader();
  bool written;
  {
    // A DataCloneError reaches here as a plain Error (see clone_delegates.h): caught, and
    // thrown again as the DOMException once this TryCatch is gone.
    v8::TryCatch try_catch(isolate);
    written = serializer.WriteValue(context, value).IsJust();
    if (!written && (!delegate.clone_error() || try_catch.HasTerminated())) {
      try_catch.ReThrow();
      return nullptr;
    }
  }
  if (!written) {
    ThrowDomException(context, what + ": " + *delegate.clone_error(), kDataCloneError);
    return nullptr;
  }
  std::pair<uint8_t*, size_t> data = serializer.Release();
  message->bytes.assign(data.first, data.first + data.second);
  std::free(data.first);
  // The transferred buffers' memory moves into the message; the originals are detached.
  for (v8::Local<v8::ArrayBuffer> buffer : transferred) {
    message->transferred_buffers.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  return message;
}

v8::MaybeLocal<v8::Value> DeserializeWithTransfer(v8::Local<v8::Context> context,
                                                  const SerializedMessage& message) {
  v8::Isolate* isolate = context->GetIsolate();
  DeserializerDelegate delegate(message);
  v8::ValueDeserializer deserializer(isolate, message.bytes.data(), message.bytes.size(),
                                     &delegate);
  delegate.set_deserializer(&deserializer);
  for (size_t i = 0; i < message.transferred_buffers.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i),
                                     v8::ArrayBuffer::New(isolate, message.transferred_buffers[i]));
  }
  v8::Local<v8::Value> value;
  if (deserializer.ReadHeader(context).IsNothing() ||
      !deserializer.ReadValue(context).ToLocal(&value)) {
    return {};
  }
  return value;
}

// structuredClone(value, options = {}).
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const std::string what = "Failed to execute 'structuredClone'";
  if (args.Length() < 1) {
    ThrowTypeError(isolate, what + ": 1 argument required, but only 0 present.");
    return;
  }
  v8::Local<v8::Value> options = args[1];
  v8::Local<v8::Value> transfer = v8::Undefined(isolate);
  if (!options->IsUndefined() && !options->IsNull()) {
    if (!options->IsObject()) {
      ThrowTypeError(isolate,
                     what + ": The provided value is not of type 'StructuredSerializeOptions'.");
      return;
    }
    if (!options.As<v8::Object>()->Get(context, V8String(isolate, "transfer")).ToLocal(&transfer)) {
      return;
    }
  }
  std::unique_ptr<SerializedMessage> message =
      SerializeWithTransfer(context, args[0], transfer, what);
  v8::Local<v8::Value> clone;
  if (message != nullptr && DeserializeWithTransfer(context, *message).ToLocal(&clone)) {
    args.GetReturnValue().Set(clone);
  }
}

void InstallStructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  SetMethod(context, global, "structuredClone", StructuredClone, {}, 1);
}

}  // namespace linea::shell::web
