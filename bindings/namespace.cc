#include "bindings/namespace.h"

#include <memory>
#include <utility>
#include <vector>

#include "bindings/async.h"
#include "bindings/webidl.h"
#include "bindings/wrapper.h"
#include "runtime/decode/decoder.h"

namespace linea::bindings {
namespace {

// WebAssembly.validate(bytes, options)
void Validate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!RequireArguments(info, 1, "WebAssembly.validate")) return;
  std::vector<uint8_t> copy;
  std::optional<std::span<const uint8_t>> bytes = BufferSourceBytes(
      info.GetIsolate(), info[0], info[1], "WebAssembly.validate(): Argument 0", &copy);
  if (!bytes) return;
  CompileOptions options;
  if (!ReadCompileOptions(info.GetIsolate()->GetCurrentContext(), info[1],
                          "WebAssembly.validate(): Argument 1", &options)) {
    return;
  }
  auto module = rt::DecodeModule(*bytes, {.validate_only = true});
  info.GetReturnValue().Set(module.ok() && CheckProvidedImports(*module.value(), options).empty());
}

// WebAssembly.compile(bytes, options). Like every promise-returning operation, a failed argument
// conversion rejects the promise instead of throwing.
void Compile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::shared_ptr<PendingPromise> promise = ReturnNewPromise(info);
  if (promise == nullptr) return;
  State& state = promise->state();
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();

  v8::TryCatch try_catch(isolate);
  if (!RequireArguments(info, 1, "WebAssembly.compile"))
    return promise->RejectWithCaught(try_catch);
  std::optional<std::vector<uint8_t>> bytes =
      CopyBufferSource(isolate, info[0], "WebAssembly.compile(): Argument 0");
  if (!bytes) return promise->RejectWithCaught(try_catch);
  CompileOptions options;
  if (!ReadCompileOptions(context, info[1], "WebAssembly.compile(): Argument 1", &options)) {
    return promise->RejectWithCaught(try_catch);
  }
  CompileInBackground(context, state, std::move(*bytes), [promise, options](CompileResult result) {
    SettleCompilation(promise, std::move(result), "WebAssembly.compile()", nullptr, options);
  });
}

// WebAssembly.instantiate(bytes, importObject, options) -> {instance, module};
// WebAssembly.instantiate(moduleObject, importObject) -> instance.
void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  constexpr const char* kWhere = "WebAssembly.instantiate()";
  std::shared_ptr<PendingPromise> promise = ReturnNewPromise(info);
  if (promise == nullptr) return;
  State& state = promise->state();
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();

  v8::TryCatch try_catch(isolate);
  if (!RequireArguments(info, 1, "WebAssembly.instantiate")) {
    return promise->RejectWithCaught(try_catch);
  }
  v8::Local<v8::Value> source = info[0];
  v8::Local<v8::Value> import_object = info[1];

  // Overload resolution on the first argument: a Module selects the second overload.
  if (Implements(state, Interface::kModule, source)) {
    if (!CheckOptionalObject(isolate, import_object, "WebAssembly.instantiate(): Argument 1")) {
      return promise->RejectWithCaught(try_catch);
    }
    InstantiateAsync(promise, source.As<v8::Object>(), import_object, /*with_module=*/false,
                     kWhere);
    return;
  }
  if (!IsBufferSource(source)) {
    ThrowTypeError(isolate,
                   "WebAssembly.instantiate(): Argument 0 must be a buffer source or a "
                   "WebAssembly.Module object");
    return promise->RejectWithCaught(try_catch);
  }
  std::optional<std::vector<uint8_t>> bytes =
      CopyBufferSource(isolate, source, "WebAssembly.instantiate(): Argument 0");
  CompileOptions options;
  if (!bytes ||
      !CheckOptionalObject(isolate, import_object, "WebAssembly.instantiate(): Argument 1") ||
      !ReadCompileOptions(context, info[2], "WebAssembly.instantiate(): Argument 2", &options)) {
    return promise->RejectWithCaught(try_catch);
  }
  ModuleCallback then = InstantiateWhenCompiled(promise, import_object, kWhere);
  CompileInBackground(context, state, std::move(*bytes),
                      [promise, then, options](CompileResult result) {
                        SettleCompilation(promise, std::move(result), kWhere, then, options);
                      });
}

constexpr Operation kOperations[] = {
    {"validate", Validate, 1},
    {"compile", Compile, 1},
    {"instantiate", Instantiate, 1},
};

}  // namespace

bool InstallNamespaceOperations(v8::Local<v8::Context> context, State& state,
                                v8::Local<v8::Object> namespace_object) {
  return DefineOperations(context, state, namespace_object, kOperations);
}

}  // namespace linea::bindings
