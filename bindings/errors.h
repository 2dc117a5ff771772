// WebAssembly.CompileError, LinkError and RuntimeError: constructors with the NativeError
// object structure (ECMA-262 20.5.6), callable with or without `new`, their prototypes
// inheriting from Error.prototype.
#ifndef LINEA_BINDINGS_ERRORS_H_
#define LINEA_BINDINGS_ERRORS_H_

#include <v8.h>

#include <string_view>

#include "bindings/state.h"

namespace linea::bindings {

// Defines the three constructors on `namespace_object`.
bool InstallErrors(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object);

// A new error of `type` from `context`'s realm, with `message`, and a stack captured now.
v8::Local<v8::Object> NewWasmError(v8::Local<v8::Context> context, State& state, ErrorType type,
                                   std::string_view message);
// Throws NewWasmError(...).
void ThrowWasmError(v8::Local<v8::Context> context, State& state, ErrorType type,
                    std::string_view message);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_ERRORS_H_
