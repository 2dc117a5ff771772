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

// The ArrayBuffers of options.transfer; false with a DOMException or TypeError thrown.
bool CollectTransfer(v8::Local<v8::Context> context, v8::Local<v8::Value> options,
                     std::vector<v8::Local<v8::ArrayBuffer>>* buffers) {
  v8::Isolate* isolate = context->GetIsolate();
  if (options->IsUndefined() || options->IsNull()) return true;
  if (!options->IsObject()) {
    ThrowTypeError(isolate,
                   "Failed to execute 'structuredClone': The provided value is not of type "
                   "'StructuredSerializeOptions'.");
    return false;
  }
  v8::Local<v8::Value> transfer;
  if (!options.As<v8::Object>()->Get(context, V8String(isolate, "transfer")).ToLocal(&transfer)) {
    return false;
  }
  if (transfer->IsUndefined()) return true;
  // sequence<object>: iterate with the array iterator protocol.
  v8::Local<v8::Value> iterator_fn;
  if (!transfer->IsObject() ||
      !transfer.As<v8::Object>()
           ->Get(context, v8::Symbol::GetIterator(isolate))
           .ToLocal(&iterator_fn) ||
      !iterator_fn->IsFunction()) {
    if (!isolate->IsExecutionTerminating()) {
      ThrowTypeError(isolate,
                     "Failed to execute 'structuredClone': The object must have a callable "
                     "@@iterator property.");
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
                            ? "Failed to execute 'structuredClone': Value at index " +
                                  std::to_string(buffers->size()) +
                                  " does not have a transferable type."
                            : "Failed to execute 'structuredClone': Value is not an object.",
                        kDataCloneError);
      return false;
    }
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    for (v8::Local<v8::ArrayBuffer> seen : *buffers) {
      if (seen == buffer) {
        ThrowDomException(context,
                          "Failed to execute 'structuredClone': ArrayBuffer at index " +
                              std::to_string(buffers->size()) +
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
                        "Failed to execute 'structuredClone': ArrayBuffer at index " +
                            std::to_string(buffers->size()) + " is already detached or cannot be.",
                        kDataCloneError);
      return false;
    }
    buffers->push_back(buffer);
  }
  return true;
}

}  // namespace

// structuredClone(value, options = {}).
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (args.Length() < 1) {
    ThrowTypeError(isolate,
                   "Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
    return;
  }
  std::vector<v8::Local<v8::ArrayBuffer>> transfer;
  if (!CollectTransfer(context, args[1], &transfer)) return;

  SerializerDelegate serializer_delegate(isolate);
  v8::ValueSerializer serializer(isolate, &serializer_delegate);
  for (size_t i = 0; i < transfer.size(); i++) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfer[i]);
  }
  serializer.WriteHeader();
  bool written;
  {
    // A DataCloneError reaches here as a plain Error (see clone_delegates.h): caught, and
    // thrown again as the DOMException once this TryCatch is gone.
    v8::TryCatch try_catch(isolate);
    written = serializer.WriteValue(context, args[0]).IsJust();
    if (!written && (!serializer_delegate.clone_error() || try_catch.HasTerminated())) {
      try_catch.ReThrow();
      return;
    }
  }
  if (!written) {
    ThrowDomException(context, *serializer_delegate.clone_error(), kDataCloneError);
    return;
  }
  std::pair<uint8_t*, size_t> data = serializer.Release();
  std::unique_ptr<uint8_t, void (*)(void*)> owned(data.first, std::free);

  // The transferred buffers' memory moves to new ArrayBuffers; the originals are detached.
  std::vector<v8::Local<v8::ArrayBuffer>> moved;
  for (v8::Local<v8::ArrayBuffer> buffer : transfer) {
    std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
    buffer->Detach();
    moved.push_back(v8::ArrayBuffer::New(isolate, store));
  }

  DeserializerDelegate deserializer_delegate(serializer_delegate.shared());
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &deserializer_delegate);
  for (size_t i = 0; i < moved.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), moved[i]);
  }
  v8::Local<v8::Value> clone;
  if (deserializer.ReadHeader(context).IsNothing() ||
      !deserializer.ReadValue(context).ToLocal(&clone)) {
    return;
  }
  args.GetReturnValue().Set(clone);
}

void InstallStructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  SetMethod(context, global, "structuredClone", StructuredClone, {}, 1);
}

}  // namespace linea::shell::web
