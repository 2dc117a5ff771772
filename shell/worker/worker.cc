#include "shell/worker/worker.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/js_factory.h"
#include "shell/output.h"
#include "shell/scripts.h"
#include "shell/v8_util.h"
#include "shell/web/events.h"
#include "shell/web/install.h"
#include "shell/web/structured_clone.h"
#include "shell/worker/agents.h"
#include "shell/worker/worker_thread.h"

namespace linea::shell {
namespace {

// worker.js's exports, kept for delivering envelopes.
struct WorkerHooks {
  v8::Global<v8::Object> exports;
};

v8::Local<v8::Value> IdValue(v8::Isolate* isolate, uint64_t id) {
  return v8::Number::New(isolate, static_cast<double>(id));
}

// Calls worker.js's export `name`; its result, or empty if it threw (the exception is left to
// the task's TryCatch, reported as uncaught).
v8::MaybeLocal<v8::Value> CallHook(v8::Local<v8::Context> context, const char* name, int argc,
                                   v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = context->GetIsolate();
  WorkerHooks& hooks = Environment::From(isolate)->Service<WorkerHooks>();
  v8::Local<v8::Function> hook;
  if (hooks.exports.IsEmpty() ||
      !GetFunction(context, hooks.exports.Get(isolate), name).ToLocal(&hook)) {
    return {};
  }
  return hook->Call(context, v8::Undefined(isolate), argc, argv);
}

// startWorker(url, type, name) -> id: resolves the script's URL (against the running script's
// directory, as fetch does) and starts the worker's thread.
void StartWorker(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(isolate);
  const std::string url = ToUtf8(isolate, args[0]);
  std::string error;
  std::optional<std::string> path = FileUrlToPath(url, env->base_directory(), &error);
  if (!path) {
    web::ThrowDomException(
        context,
        "Failed to construct 'Worker': The script at '" + url + "' cannot be loaded: " + error,
        "SecurityError");
    return;
  }
  auto launch = std::make_unique<WorkerLaunch>();
  launch->agent = Agent::Create(env->agent().id());
  launch->options = env->options();
  // The worker's `location` is its script's URL (WorkerLocation).
  launch->options.location = PathToFileUrl(*path);
  launch->platform = env->platform();
  launch->path = *path;
  launch->module = ToUtf8(isolate, args[1]) == "module";
  launch->name = ToUtf8(isolate, args[2]);
  const uint64_t id = launch->agent->id();
  if (!StartWorkerThread(std::move(launch))) {
    ThrowError(isolate, "Failed to construct 'Worker': no thread could be started");
    return;
  }
  args.GetReturnValue().Set(IdValue(isolate, id));
}

uint64_t IdArgument(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  return static_cast<uint64_t>(
      args[index]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

// postMessage(to, message, transfer, what): serializes the message (with its transfer list)
// now, and queues it for the agent `to`.
void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::unique_ptr<web::SerializedMessage> message =
      web::SerializeWithTransfer(context, args[1], args[2], ToUtf8(isolate, args[3]));
  if (message == nullptr) return;
  Envelope envelope(Envelope::Kind::kMessage, Environment::From(isolate)->agent().id());
  envelope.message = std::move(message);
  Agent::Post(IdArgument(args, 0), std::move(envelope));
}

// terminate(id): the worker stops at once, JavaScript and WebAssembly alike.
void Terminate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (std::shared_ptr<Agent> agent = Agent::Find(IdArgument(args, 0))) {
    agent->Stop(/*terminate=*/true);
  }
}

// close(): the worker's own close(); the running task finishes, no other runs.
void Close(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment::From(args.GetIsolate())->agent().Stop(/*terminate=*/false);
}

// importScripts(...urls) (classic workers): fetches and runs each script in order, resolved
// against the worker's script, as the worker's own code; what one throws propagates.
void ImportScripts(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(isolate);
  std::vector<std::string> paths;
  for (int i = 0; i < args.Length(); i++) {
    v8::Local<v8::String> url;
    if (!args[i]->ToString(context).ToLocal(&url)) return;
    std::string error;
    std::optional<std::string> path =
        FileUrlToPath(ToUtf8(isolate, url), env->base_directory(), &error);
    if (!path) {
      web::ThrowDomException(context,
                             "Failed to execute 'importScripts' on 'WorkerGlobalScope': The "
                             "script at '" +
                                 ToUtf8(isolate, url) + "' failed to load: " + error,
                             "NetworkError");
      return;
    }
    paths.push_back(*path);
  }
  for (const std::string& path : paths) {
    std::string error;
    std::optional<std::string> source = ReadWholeFile(path, &error);
    if (!source) {
      web::ThrowDomException(context,
                             "Failed to execute 'importScripts' on 'WorkerGlobalScope': The "
                             "script at '" +
                                 path + "' failed to load: " + error,
                             "NetworkError");
      return;
    }
    if (RunClassicScript(context, *source, path).IsEmpty()) return;
  }
}

void ImportScriptsInModule(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ThrowTypeError(args.GetIsolate(),
                 "Failed to execute 'importScripts' on 'WorkerGlobalScope': Module scripts "
                 "don't support importScripts().");
}

// Runs one envelope that arrived for this agent as a task of its loop.
void Deliver(Environment* env, Envelope envelope) {
  env->RunTask([env, &envelope](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    const bool to_global = envelope.from == env->agent().parent();
    v8::Local<v8::Value> id = IdValue(isolate, envelope.from);
    switch (envelope.kind) {
      case Envelope::Kind::kMessage: {
        v8::Local<v8::Value> data;
        bool read;
        {
          // A message that cannot be deserialized here is a 'messageerror' event instead.
          v8::TryCatch try_catch(isolate);
          read = web::DeserializeWithTransfer(context, *envelope.message).ToLocal(&data);
          if (!read && try_catch.HasTerminated()) {
            try_catch.ReThrow();
            return;
          }
        }
        if (to_global) {
          v8::Local<v8::Value> argv[] = {data};
          IgnoreResult(CallHook(context,
                                read ? "deliverGlobalMessage" : "deliverGlobalMessageError",
                                read ? 1 : 0, argv));
        } else {
          v8::Local<v8::Value> argv[] = {id, data};
          IgnoreResult(CallHook(context,
                                read ? "deliverWorkerMessage" : "deliverWorkerMessageError",
                                read ? 2 : 1, argv));
        }
        break;
      }
      case Envelope::Kind::kError: {
        const ErrorReport& error = envelope.error;
        v8::Local<v8::Value> argv[] = {
            id, V8String(isolate, error.message), V8String(isolate, error.filename),
            v8::Integer::New(isolate, error.lineno), v8::Integer::New(isolate, error.colno)};
        v8::Local<v8::Value> handled;
        if (CallHook(context, "deliverWorkerError", 5, argv).ToLocal(&handled) &&
            !handled->IsTrue()) {
          env->ReportWorkerError(error);
        }
        break;
      }
      case Envelope::Kind::kLoadFailed: {
        v8::Local<v8::Value> argv[] = {id};
        v8::Local<v8::Value> handled;
        if (CallHook(context, "deliverWorkerLoadFailure", 1, argv).ToLocal(&handled) &&
            !handled->IsTrue()) {
          // Not an exception (HTML fires a plain 'error' event); said on stderr, as a browser's
          // console does, and the program goes on.
          WriteStderr("linea: a Worker's script failed to load: " + envelope.error.message + "\n");
        }
        break;
      }
      case Envelope::Kind::kClosed: {
        Agent::Join(envelope.from);
        v8::Local<v8::Value> argv[] = {id};
        IgnoreResult(CallHook(context, "deliverWorkerClosed", 1, argv));
        break;
      }
    }
  });
}

}  // namespace

void InstallWorkers(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  v8::Local<v8::Object> events;
  if (!web::EventsExports(context).ToLocal(&events)) return;
  if (!CopyMembers(context, events, natives,
                   {"Event", "ErrorEvent", "EventTarget", "dispatch", "setEventHandler"}) ||
      !CopyMembers(context, global, natives, {"MessageEvent"})) {
    return;
  }
  SetMethod(context, natives, "startWorker", StartWorker);
  SetMethod(context, natives, "postMessage", PostMessage);
  SetMethod(context, natives, "terminate", Terminate);
  SetMethod(context, natives, "close", Close);
  v8::Local<v8::Object> exports;
  if (!web::InstallFactoryExports(context, global, js::kWorkerSource, "worker.js", natives,
                                  {"Worker"})
           .ToLocal(&exports)) {
    return;
  }
  env->Service<WorkerHooks>().exports.Reset(isolate, exports);
  env->agent().Attach(
      env->loop(), isolate, [env](Envelope envelope) { Deliver(env, std::move(envelope)); },
      [env] { env->PumpPlatformTasks(); });
}

void InstallWorkerScope(v8::Local<v8::Context> context, const std::string& name, bool module) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Value> argv[] = {IdValue(isolate, env->agent().parent()), V8String(isolate, name)};
  v8::TryCatch try_catch(isolate);
  IgnoreResult(CallHook(context, "installWorkerScope", 2, argv));
  SetMethod(context, context->Global(), "importScripts",
            module ? ImportScriptsInModule : ImportScripts, {}, 0);
}

}  // namespace linea::shell
