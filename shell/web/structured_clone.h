// structuredClone(value, {transfer}) (HTML), over V8's ValueSerializer and ValueDeserializer;
// ArrayBuffers in `transfer` move to the clone and are detached.
#ifndef LINEA_SHELL_WEB_STRUCTURED_CLONE_H_
#define LINEA_SHELL_WEB_STRUCTURED_CLONE_H_

#include <v8.h>

namespace linea::shell::web {

void InstallStructuredClone(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// structuredClone as a native for the web factories (performance.js clones `detail`).
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_STRUCTURED_CLONE_H_
