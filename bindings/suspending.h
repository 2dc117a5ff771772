// JS Promise Integration (https://github.com/WebAssembly/js-promise-integration, phase 4):
// WebAssembly.Suspending (a JS function wrapped to be imported as a suspending import),
// WebAssembly.promising (an Exported Function wrapped to run its activation as a promise) and
// WebAssembly.SuspendError. A suspending import whose JS function returns a Promise, called in
// an activation that a promising call started with no other activation (so no JS frame) in
// between, suspends that activation (runtime/interpreter/suspension.h); the promising call then
// returns a promise, and the activation resumes in a microtask once the import's promise
// settles (a rejection is an exception thrown at the import's call). A suspension with a JS
// frame in between throws a SuspendError at the import's call instead. Any number of
// activations may be suspended at once.
#ifndef LINEA_BINDINGS_SUSPENDING_H_
#define LINEA_BINDINGS_SUSPENDING_H_

#include <v8.h>

#include <cstdint>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/function.h"

namespace linea::bindings {

class SuspendingObject : public Wrappable {
 public:
  static constexpr Interface kInterface = Interface::kSuspending;
  SuspendingObject(v8::Isolate* isolate, v8::Local<v8::Function> callable)
      : callable_(isolate, callable) {}
  v8::Local<v8::Function> callable(v8::Isolate* isolate) const { return callable_.Get(isolate); }

 private:
  v8::Global<v8::Function> callable_;
};

// The host function an import gets from a WebAssembly.Suspending object.
rt::Function* CreateSuspendingImport(State& state, const SuspendingObject& suspending,
                                     const rt::FuncType& type, uint32_t host_index);

// Defines WebAssembly.Suspending and WebAssembly.promising (SuspendError is in errors.cc).
bool InstallJspi(v8::Local<v8::Context> context, State& state,
                 v8::Local<v8::Object> namespace_object);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_SUSPENDING_H_
