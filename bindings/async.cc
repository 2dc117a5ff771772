#include "bindings/async.h"

#include <optional>
#include <string>
#include <utility>

#include "bindings/errors.h"
#include "bindings/imports.h"
#include "bindings/instance.h"
#include "bindings/module.h"
#include "bindings/webidl.h"
#include "runtime/decode/decoder.h"

namespace linea::bindings {

PendingPromise::PendingPromise(State& state, v8::Local<v8::Context> context,
                               v8::Local<v8::Promise::Resolver> resolver)
    : state_(state), context_(state.isolate(), context), resolver_(state.isolate(), resolver) {}

std::shared_ptr<PendingPromise> PendingPromise::New(v8::Local<v8::Context> context, State& state) {
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return nullptr;
  return std::make_shared<PendingPromise>(state, context, resolver);
}

std::shared_ptr<PendingPromise> ReturnNewPromise(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::shared_ptr<PendingPromise> promise =
      PendingPromise::New(info.GetIsolate()->GetCurrentContext(), State::From(info));
  if (promise != nullptr) info.GetReturnValue().Set(promise->promise());
  return promise;
}

v8::Local<v8::Promise> PendingPromise::promise() const {
  return resolver_.Get(state_.isolate())->GetPromise();
}

void PendingPromise::Resolve(v8::Local<v8::Value> value) {
  // Fails only when the isolate is terminating; there is nothing left to do then.
  resolver_.Get(state_.isolate())->Resolve(context(), value).FromMaybe(false);
}

void PendingPromise::Reject(v8::Local<v8::Value> reason) {
  resolver_.Get(state_.isolate())->Reject(context(), reason).FromMaybe(false);
}

void PendingPromise::RejectWithCaught(v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
  v8::Local<v8::Value> exception = try_catch.Exception();
  // An exception thrown with no JS on the stack (in a task) stays scheduled in the isolate
  // until its TryCatch lets go of it; settling first could run reactions (with an automatic
  // microtask policy) that would see it rethrown.
  try_catch.Reset();
  Reject(exception);
}

void CompileInBackground(v8::Local<v8::Context> context, State& state, std::vector<uint8_t> bytes,
                         std::function<void(CompileResult)> done) {
  // Shared by the background work and the JS-thread completion; holds no V8 handle, since the
  // work's copy may be destroyed on the background thread.
  struct Job {
    std::vector<uint8_t> bytes;
    std::optional<CompileResult> result;
  };
  auto job = std::make_shared<Job>();
  job->bytes = std::move(bytes);
  auto work = [job] {
    job->result.emplace(rt::DecodeModule(job->bytes));
    job->bytes = {};
  };
  auto realm = std::make_shared<v8::Global<v8::Context>>(state.isolate(), context);
  State* state_ptr = &state;
  auto finish = [job, realm, state_ptr, done = std::move(done)] {
    v8::Isolate* isolate = state_ptr->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = realm->Get(isolate);
    v8::Context::Scope context_scope(context);
    done(std::move(*job->result));
    realm->Reset();
  };
  if (state.embedder() == nullptr) {
    work();
    finish();
    return;
  }
  state.embedder()->RunInBackground(std::move(work), std::move(finish));
}

void QueueTask(v8::Local<v8::Context> context, State& state, std::function<void()> task) {
  auto realm = std::make_shared<v8::Global<v8::Context>>(state.isolate(), context);
  State* state_ptr = &state;
  auto run = [realm, state_ptr, task = std::move(task)] {
    v8::Isolate* isolate = state_ptr->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->Get(isolate));
    task();
    realm->Reset();
  };
  if (state.embedder() == nullptr) {
    run();
    return;
  }
  state.embedder()->PostTask(std::move(run));
}

void InstantiateAsync(std::shared_ptr<PendingPromise> promise, v8::Local<v8::Object> module_object,
                      v8::Local<v8::Value> import_object, bool with_module, const char* where) {
  State& state = promise->state();
  v8::Isolate* isolate = state.isolate();
  v8::Local<v8::Context> context = promise->context();
  ModuleObject* module = Unwrap<ModuleObject>(state, module_object, where);

  state.CollectStoreIfDue();
  // Read the imports now; a failure rejects at once. Until the instance is wrapped, only C++
  // holds what the imports name: no store collection meanwhile.
  auto block = std::make_shared<std::unique_ptr<State::CollectionBlock>>(
      std::make_unique<State::CollectionBlock>(state));
  std::optional<std::vector<rt::Extern>> imports;
  {
    v8::TryCatch try_catch(isolate);
    imports =
        ReadImports(context, state, *module->module(), import_object, where, module->options());
    if (!imports) {
      promise->RejectWithCaught(try_catch);
      return;
    }
  }

  auto externs = std::make_shared<std::vector<rt::Extern>>(std::move(*imports));
  auto compiled = module->module();
  auto module_handle = std::make_shared<v8::Global<v8::Object>>(isolate, module_object);
  QueueTask(context, state, [promise, externs, compiled, module_handle, with_module, where, block] {
    State& state = promise->state();
    v8::Isolate* isolate = state.isolate();
    v8::Local<v8::Context> context = promise->context();
    // Unblocked when this task ends, before the microtasks it queued (which may instantiate
    // again) run, whereas the task itself may be destroyed only later.
    struct Unblock {
      std::unique_ptr<State::CollectionBlock>& block;
      ~Unblock() { block.reset(); }
    } unblock{*block};
    v8::TryCatch try_catch(isolate);
    rt::Instance* instance = InstantiateCore(context, state, compiled, *externs, where);
    v8::Local<v8::Object> instance_object;
    if (instance == nullptr ||
        !NewInstanceObject(context, state, instance).ToLocal(&instance_object)) {
      promise->RejectWithCaught(try_catch);
      module_handle->Reset();
      return;
    }
    if (!with_module) {
      promise->Resolve(instance_object);
      module_handle->Reset();
      return;
    }
    // WebAssemblyInstantiatedSource: dictionary members in lexicographic order.
    v8::Local<v8::Object> source = v8::Object::New(isolate);
    if (source
            ->CreateDataProperty(context, v8::String::NewFromUtf8Literal(isolate, "instance"),
                                 instance_object)
            .IsNothing() ||
        source
            ->CreateDataProperty(context, v8::String::NewFromUtf8Literal(isolate, "module"),
                                 module_handle->Get(isolate))
            .IsNothing()) {
      promise->RejectWithCaught(try_catch);
      module_handle->Reset();
      return;
    }
    promise->Resolve(source);
    module_handle->Reset();
  });
}

void SettleCompilation(std::shared_ptr<PendingPromise> promise, CompileResult result,
                       const char* where, ModuleCallback then, const CompileOptions& options) {
  State& state = promise->state();
  v8::Local<v8::Context> context = promise->context();
  std::string error =
      result.ok() ? CheckProvidedImports(*result.value(), options) : result.error().message;
  if (!error.empty()) {
    promise->Reject(
        NewWasmError(context, state, ErrorType::kCompileError, std::string(where) + ": " + error));
    return;
  }
  v8::TryCatch try_catch(state.isolate());
  v8::Local<v8::Object> module_object;
  if (!NewModuleObject(context, state, std::move(result).value(), options)
           .ToLocal(&module_object)) {
    promise->RejectWithCaught(try_catch);
    return;
  }
  if (then) {
    then(module_object);
  } else {
    promise->Resolve(module_object);
  }
}

ModuleCallback InstantiateWhenCompiled(std::shared_ptr<PendingPromise> promise,
                                       v8::Local<v8::Value> import_object, const char* where) {
  auto imports = std::make_shared<v8::Global<v8::Value>>(promise->state().isolate(), import_object);
  return [promise, imports, where](v8::Local<v8::Object> module_object) {
    v8::Isolate* isolate = promise->state().isolate();
    InstantiateAsync(promise, module_object, imports->Get(isolate), /*with_module=*/true, where);
    imports->Reset();
  };
}

}  // namespace linea::bindings
