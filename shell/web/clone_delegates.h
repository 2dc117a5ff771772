// The ValueSerializer/ValueDeserializer delegates of structured clone (structuredClone,
// MessagePort and Worker messages), and the serialized form they fill and read, which may cross
// to another isolate on another thread. They subclass V8's Delegate classes, and libnode is
// built without RTTI, so their file is compiled without it (the //shell:clone_delegates target)
// and includes nothing of the shell.
#ifndef LINEA_SHELL_WEB_CLONE_DELEGATES_H_
#define LINEA_SHELL_WEB_CLONE_DELEGATES_H_

#include <v8.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace linea::bindings {
class SerializedWasmObject;
}  // namespace linea::bindings

namespace linea::shell::web {

// HTML's serialized value with its transfer data, owning everything it needs (no V8 handle):
// SharedArrayBuffers' backing stores (shared with the receiver, not copied), the backing stores
// of transferred ArrayBuffers (moved), and WebAssembly Modules and shared Memories (shared).
struct SerializedMessage {
  std::vector<uint8_t> bytes;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_buffers;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred_buffers;
  std::vector<std::shared_ptr<bindings::SerializedWasmObject>> wasm_objects;
};

// A DataCloneError is thrown as a plain Error (V8 needs an exception pending) and its message
// kept, for the caller to turn into the DOMException.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate, SerializedMessage* message);
  ~SerializerDelegate() override;

  // The serializer this delegate serves (for the host objects' payload).
  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  void ThrowDataCloneError(v8::Local<v8::String> message) override;
  // Host objects are the bindings' WebAssembly objects: a Module or shared Memory is written as
  // an index into message->wasm_objects; any other is a DataCloneError.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override;
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override;

  // The message of the DataCloneError thrown, if one was.
  const std::optional<std::string>& clone_error() const { return clone_error_; }

 private:
  v8::Isolate* isolate_;
  SerializedMessage* message_;
  v8::ValueSerializer* serializer_ = nullptr;
  std::optional<std::string> clone_error_;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;  // Parallel to shared_buffers.
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(const SerializedMessage& message);
  ~DeserializerDelegate() override;

  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override;
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override;

 private:
  const SerializedMessage& message_;
  v8::ValueDeserializer* deserializer_ = nullptr;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;  // Made on first use, by id.
};

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_CLONE_DELEGATES_H_
