// WebAssembly.compileStreaming and instantiateStreaming (WebAssembly Web API spec): the
// argument is resolved as a promise, the embedder checks the Response and feeds its body to a
// StreamSink here, and rt::StreamingDecoder compiles each function as soon as its bytes are in.
#include <memory>
#include <optional>
#include <utility>

#include "bindings/async.h"
#include "bindings/namespace.h"
#include "bindings/webidl.h"
#include "runtime/decode/decoder.h"

namespace linea::bindings {
namespace {

class StreamingCompilation : public StreamSink {
 public:
  StreamingCompilation(std::shared_ptr<PendingPromise> promise, const char* where,
                       ModuleCallback then, CompileOptions options)
      : promise_(std::move(promise)),
        where_(where),
        then_(std::move(then)),
        options_(std::move(options)) {}

  bool settled() const { return settled_; }

  void OnChunk(std::span<const uint8_t> bytes) override {
    // After an error the rest of the body is still read (the spec compiles once it is all in),
    // but there is nothing left to decode.
    if (settled_ || error_) return;
    rt::Status status = decoder_.Feed(bytes);
    if (!status.ok()) error_ = status.error();
  }

  void OnEnd() override {
    if (settled_) return;
    settled_ = true;
    v8::Isolate* isolate = promise_->state().isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(promise_->context());
    if (error_) {
      SettleCompilation(promise_, *error_, where_, then_, options_);
    } else {
      SettleCompilation(promise_, decoder_.Finish(), where_, then_, options_);
    }
  }

  uint32_t functions_compiled() const override { return decoder_.functions_compiled(); }

  void OnError(v8::Local<v8::Value> error) override {
    if (settled_) return;
    settled_ = true;
    v8::Isolate* isolate = promise_->state().isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(promise_->context());
    promise_->Reject(error);
  }

 private:
  std::shared_ptr<PendingPromise> promise_;
  const char* where_;
  ModuleCallback then_;
  CompileOptions options_;
  rt::StreamingDecoder decoder_;
  std::optional<rt::Error> error_;
  bool settled_ = false;
};

// What the reactions to the source promise need. Exactly one of them runs and frees it.
struct StreamingJob {
  std::shared_ptr<PendingPromise> promise;
  const char* where;
  ModuleCallback then;
  CompileOptions options;
};

std::unique_ptr<StreamingJob> TakeJob(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return std::unique_ptr<StreamingJob>(
      static_cast<StreamingJob*>(info.Data().As<v8::External>()->Value()));
}

// The source settled with a value: let the embedder check it and stream its body.
void OnSourceFulfilled(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::unique_ptr<StreamingJob> job = TakeJob(info);
  State& state = job->promise->state();
  v8::Isolate* isolate = state.isolate();
  auto sink =
      std::make_shared<StreamingCompilation>(job->promise, job->where, job->then, job->options);
  v8::TryCatch try_catch(isolate);
  state.embedder()->StreamResponse(job->promise->context(), info[0], sink);
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    v8::Local<v8::Value> exception = try_catch.Exception();
    try_catch.Reset();
    if (!sink->settled()) sink->OnError(exception);
  }
}

void OnSourceRejected(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::unique_ptr<StreamingJob> job = TakeJob(info);
  job->promise->Reject(info[0]);
}

// "Compile a potential WebAssembly response" with `source`, then settle or hand on.
void StartStreaming(std::shared_ptr<PendingPromise> promise, v8::Local<v8::Value> source,
                    const char* where, ModuleCallback then, const CompileOptions& options) {
  State& state = promise->state();
  v8::Isolate* isolate = state.isolate();
  v8::Local<v8::Context> context = promise->context();
  if (state.embedder() == nullptr) {
    promise->Reject(v8::Exception::TypeError(ToV8String(
        isolate, std::string(where) + ": no embedder to read Responses in this context")));
    return;
  }
  v8::TryCatch try_catch(isolate);
  // "A promise resolved with source".
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
      resolver->Resolve(context, source).IsNothing()) {
    return promise->RejectWithCaught(try_catch);
  }
  auto* job = new StreamingJob{promise, where, std::move(then), options};
  v8::Local<v8::External> data = v8::External::New(isolate, job);
  v8::Local<v8::Function> on_fulfilled;
  v8::Local<v8::Function> on_rejected;
  if (!v8::Function::New(context, OnSourceFulfilled, data, 1, v8::ConstructorBehavior::kThrow)
           .ToLocal(&on_fulfilled) ||
      !v8::Function::New(context, OnSourceRejected, data, 1, v8::ConstructorBehavior::kThrow)
           .ToLocal(&on_rejected) ||
      resolver->GetPromise()->Then(context, on_fulfilled, on_rejected).IsEmpty()) {
    delete job;
    return promise->RejectWithCaught(try_catch);
  }
}

// WebAssembly.compileStreaming(source, options)
void CompileStreaming(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::shared_ptr<PendingPromise> promise = ReturnNewPromise(info);
  if (promise == nullptr) return;
  v8::TryCatch try_catch(info.GetIsolate());
  CompileOptions options;
  if (!RequireArguments(info, 1, "WebAssembly.compileStreaming") ||
      !ReadCompileOptions(info.GetIsolate()->GetCurrentContext(), info[1],
                          "WebAssembly.compileStreaming(): Argument 1", &options)) {
    return promise->RejectWithCaught(try_catch);
  }
  StartStreaming(promise, info[0], "WebAssembly.compileStreaming()", nullptr, options);
}

// WebAssembly.instantiateStreaming(source, importObject, options)
void InstantiateStreaming(const v8::FunctionCallbackInfo<v8::Value>& info) {
  constexpr const char* kWhere = "WebAssembly.instantiateStreaming()";
  std::shared_ptr<PendingPromise> promise = ReturnNewPromise(info);
  if (promise == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::TryCatch try_catch(isolate);
  CompileOptions options;
  if (!RequireArguments(info, 1, "WebAssembly.instantiateStreaming") ||
      !CheckOptionalObject(isolate, info[1], "WebAssembly.instantiateStreaming(): Argument 1") ||
      !ReadCompileOptions(isolate->GetCurrentContext(), info[2],
                          "WebAssembly.instantiateStreaming(): Argument 2", &options)) {
    return promise->RejectWithCaught(try_catch);
  }
  StartStreaming(promise, info[0], kWhere, InstantiateWhenCompiled(promise, info[1], kWhere),
                 options);
}

constexpr Operation kOperations[] = {
    {"compileStreaming", CompileStreaming, 1},
    {"instantiateStreaming", InstantiateStreaming, 1},
};

}  // namespace

bool InstallStreamingOperations(v8::Local<v8::Context> context, State& state,
                                v8::Local<v8::Object> namespace_object) {
  return DefineOperations(context, state, namespace_object, kOperations);
}

}  // namespace linea::bindings
