// HTML's structured serialization with transfer, over V8's ValueSerializer and
// ValueDeserializer: structuredClone(value, {transfer}), and the serialized messages MessagePort
// and Worker post, which another isolate may read. ArrayBuffers in `transfer` move to the clone
// and are detached; SharedArrayBuffers, WebAssembly.Modules and shared WebAssembly.Memory
// objects are shared with it.
#ifndef LINEA_SHELL_WEB_STRUCTURED_CLONE_H_
#define LINEA_SHELL_WEB_STRUCTURED_CLONE_H_

#include <v8.h>

#include <memory>
#include <string>

#include "shell/web/clone_delegates.h"

namespace linea::shell::web {

// StructuredSerializeWithTransfer: `transfer` is a sequence of ArrayBuffers (or undefined).
// Null with an exception thrown (a DataCloneError DOMException, or what a getter threw); `what`
// begins the messages, e.g. "Failed to execute 'postMessage' on 'Worker'".
std::unique_ptr<SerializedMessage> SerializeWithTransfer(v8::Local<v8::Context> context,
                                                         v8::Local<v8::Value> value,
                                                         v8::Local<v8::Value> transfer,
                                                         const std::string& what);

// StructuredDeserializeWithTransfer in `context` (of any isolate). Each message is read once:
// its transferred buffers become the clone's.
v8::MaybeLocal<v8::Value> DeserializeWithTransfer(v8::Local<v8::Context> context,
                                                  const SerializedMessage& message);

void InstallStructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// structuredClone as a native for the web factories (performance.js clones `detail`).
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_STRUCTURED_CLONE_H_
