// InstallWebAssembly: makes the namespace object and lets each interface install itself.
#include "bindings/webassembly.h"

#include "bindings/atomics_wait.h"
#include "bindings/errors.h"
#include "bindings/global.h"
#include "bindings/instance.h"
#include "bindings/memory.h"
#include "bindings/module.h"
#include "bindings/namespace.h"
#include "bindings/stack_trace.h"
#include "bindings/state.h"
#include "bindings/suspending.h"
#include "bindings/table.h"
#include "bindings/tag.h"
#include "bindings/type_reflection.h"
#include "bindings/webidl.h"
#include "runtime/compile/compile_options.h"
#include "runtime/store/parking_lot.h"

namespace linea::bindings {

void InstallWebAssembly(v8::Local<v8::Context> context, Embedder* embedder,
                        const Options& options) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  State& state = State::GetOrCreate(isolate, embedder, options);
  rt::SetLazyCompileByDefault(options.lazy_compile);
  state.stack_traces().Install(context);

  // The namespace object: an ordinary object inheriting from %Object.prototype%, whose class
  // string is "WebAssembly".
  v8::Local<v8::Object> namespace_object = v8::Object::New(isolate);
  bool ok = InstallNamespaceOperations(context, state, namespace_object) &&
            InstallStreamingOperations(context, state, namespace_object) &&
            InstallModule(context, state, namespace_object) &&
            InstallInstance(context, state, namespace_object) &&
            InstallMemory(context, state, namespace_object) &&
            InstallTable(context, state, namespace_object) &&
            InstallGlobal(context, state, namespace_object) &&
            InstallTagAndException(context, state, namespace_object) &&
            InstallErrors(context, state, namespace_object) &&
            InstallFunctionInterface(context, state, namespace_object) &&
            InstallJspi(context, state, namespace_object) &&
            DefineToStringTag(context, namespace_object, "WebAssembly") &&
            DefineNonEnumerable(context, context->Global(), "WebAssembly", namespace_object) &&
            InstallAtomicsWait(context, state);
  // Only an exhausted heap fails here; V8 reports that itself.
  (void)ok;
}

bool IsWebAssemblyMemoryBuffer(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  State* state = State::Get(context->GetIsolate());
  if (state == nullptr || !(value->IsArrayBuffer() || value->IsSharedArrayBuffer())) return false;
  return value.As<v8::Object>()->HasPrivate(context, state->memory_buffer_key()).FromMaybe(false);
}

void DisposeWebAssembly(v8::Isolate* isolate) {
  DisposeAtomicsWaits(isolate);
  State::Dispose(isolate);
}

void SetThreadMayBlock(bool may_block) { rt::SetThreadMayBlock(may_block); }

void TerminateExecution(v8::Isolate* isolate) {
  // The store first: once V8 terminates, nothing may stop before the wasm has been told.
  if (State* state = State::Get(isolate)) state->store().RequestInterrupt();
  InterruptAtomicsWaits(isolate);
  isolate->TerminateExecution();
}

void CancelTerminateExecution(v8::Isolate* isolate) {
  if (State* state = State::Get(isolate)) state->store().ClearInterrupt();
  ClearAtomicsWaitInterrupt(isolate);
  isolate->CancelTerminateExecution();
}

}  // namespace linea::bindings
