// The ValueSerializer/ValueDeserializer delegates of structuredClone. They subclass V8's
// Delegate classes, and libnode is built without RTTI, so their file is compiled without it
// (the //shell:clone_delegates target) and includes nothing of the shell.
#ifndef LINEA_SHELL_WEB_CLONE_DELEGATES_H_
#define LINEA_SHELL_WEB_CLONE_DELEGATES_H_

#include <v8.h>

#include <optional>
#include <string>
#include <vector>

namespace linea::shell::web {

// A DataCloneError is thrown as a plain Error (V8 needs an exception pending) and its message
// kept, for the caller to turn into the DOMException. SharedArrayBuffers are shared with the
// clone (same isolate), as HTML's StructuredSerialize does.
class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate);
  ~SerializerDelegate() override;

  void ThrowDataCloneError(v8::Local<v8::String> message) override;
  // Host objects (the bindings' WebAssembly objects) are not serializable here: a
  // DataCloneError (V8's default throws a plain Error).
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override;
  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override;

  // The message of the DataCloneError thrown, if one was.
  const std::optional<std::string>& clone_error() const { return clone_error_; }
  std::vector<v8::Global<v8::SharedArrayBuffer>>& shared() { return shared_; }

 private:
  v8::Isolate* isolate_;
  std::optional<std::string> clone_error_;
  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(std::vector<v8::Global<v8::SharedArrayBuffer>>& shared);
  ~DeserializerDelegate() override;

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override;

 private:
  std::vector<v8::Global<v8::SharedArrayBuffer>>& shared_;
};

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_CLONE_DELEGATES_H_
