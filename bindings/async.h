// The asynchronous steps the namespace operations share: "asynchronously compile a WebAssembly
// module" (decoding and compiling on a background thread through Embedder::RunInBackground)
// and "asynchronously instantiate a WebAssembly module" (imports read at once, the
// instantiation in a later task), settling promises from the event loop.
#ifndef LINEA_BINDINGS_ASYNC_H_
#define LINEA_BINDINGS_ASYNC_H_

#include <v8.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "bindings/js_string_builtins.h"
#include "bindings/state.h"
#include "runtime/decode/module.h"
#include "runtime/result.h"

namespace linea::bindings {

// A promise settled later from C++, with the realm it belongs to.
class PendingPromise {
 public:
  // nullptr only if V8 cannot make a promise (then an exception is pending).
  static std::shared_ptr<PendingPromise> New(v8::Local<v8::Context> context, State& state);

  v8::Local<v8::Context> context() const { return context_.Get(state_.isolate()); }
  v8::Local<v8::Promise> promise() const;
  State& state() const { return state_; }

  void Resolve(v8::Local<v8::Value> value);
  void Reject(v8::Local<v8::Value> reason);
  // Rejects with the exception `try_catch` caught (and clears it); nothing if the isolate is
  // terminating.
  void RejectWithCaught(v8::TryCatch& try_catch);

  PendingPromise(State& state, v8::Local<v8::Context> context,
                 v8::Local<v8::Promise::Resolver> resolver);

 private:
  State& state_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Promise::Resolver> resolver_;
};

// Starts a promise-returning operation: a new promise in the current context, already set as the
// call's return value. nullptr only if V8 cannot make one (then an exception is pending).
std::shared_ptr<PendingPromise> ReturnNewPromise(const v8::FunctionCallbackInfo<v8::Value>& info);

using CompileResult = rt::Result<std::shared_ptr<const rt::Module>>;
// What happens to a successfully compiled module instead of resolving with it.
using ModuleCallback = std::function<void(v8::Local<v8::Object> module_object)>;

// Decodes and compiles `bytes` off the JS thread, then calls `done` on the JS thread (in a
// HandleScope, with `context` entered).
void CompileInBackground(v8::Local<v8::Context> context, State& state, std::vector<uint8_t> bytes,
                         std::function<void(CompileResult)> done);

// Runs `task` in a later task of the event loop (in a HandleScope, with `context` entered).
void QueueTask(v8::Local<v8::Context> context, State& state, std::function<void()> task);

// "Asynchronously instantiate a WebAssembly module" `module_object` with `import_object`
// (already checked to be undefined or an object) and settle `promise` with the Instance, or
// with a WebAssemblyInstantiatedSource {instance, module} when `with_module`.
void InstantiateAsync(std::shared_ptr<PendingPromise> promise, v8::Local<v8::Object> module_object,
                      v8::Local<v8::Value> import_object, bool with_module, const char* where);

// Settles `promise` with the result of a compilation: a new Module object, or a CompileError
// (also when the imports `options` provide do not match, js_string_builtins.h). With `then`, a
// compiled module is handed to it instead of resolving.
void SettleCompilation(std::shared_ptr<PendingPromise> promise, CompileResult result,
                       const char* where, ModuleCallback then = nullptr,
                       const CompileOptions& options = {});

// The `then` of the instantiate operations that start from bytes: instantiates the compiled
// module with `import_object` (kept until then) and settles `promise` with {instance, module}.
ModuleCallback InstantiateWhenCompiled(std::shared_ptr<PendingPromise> promise,
                                       v8::Local<v8::Value> import_object, const char* where);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_ASYNC_H_
