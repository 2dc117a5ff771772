// The operations of the WebAssembly namespace (JS API spec 3): validate, compile,
// instantiate, and from the Web API spec compileStreaming and instantiateStreaming.
#ifndef LINEA_BINDINGS_NAMESPACE_H_
#define LINEA_BINDINGS_NAMESPACE_H_

#include <v8.h>

#include "bindings/state.h"

namespace linea::bindings {

// validate, compile, instantiate.
bool InstallNamespaceOperations(v8::Local<v8::Context> context, State& state,
                                v8::Local<v8::Object> namespace_object);

// compileStreaming, instantiateStreaming (see streaming.cc).
bool InstallStreamingOperations(v8::Local<v8::Context> context, State& state,
                                v8::Local<v8::Object> namespace_object);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_NAMESPACE_H_
