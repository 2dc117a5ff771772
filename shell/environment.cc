#include "shell/environment.h"

#include <libplatform/libplatform.h>
#include <unistd.h>

#include <cstdlib>

#include "shell/console.h"
#include "shell/d8_globals.h"
#include "shell/errors.h"
#include "shell/fetch.h"
#include "shell/inspect.h"
#include "shell/interrupt.h"
#include "shell/modules.h"
#include "shell/output.h"
#include "shell/timers.h"
#include "shell/v8_util.h"
#include "shell/wasm_embedder.h"
#include "shell/web/events.h"
#include "shell/web/install.h"
#include "shell/web/xhr.h"
#include "shell/worker/agents.h"
#include "shell/worker/worker.h"

namespace linea::shell {

namespace {
constexpr uint32_t kEnvironmentSlot = 0;
}  // namespace

// A promise rejected with no handler yet, with where it was rejected.
struct Environment::PendingRejection {
  v8::Global<v8::Promise> promise;
  v8::Global<v8::Value> reason;
  v8::Global<v8::Message> message;
};

Environment::Environment(v8::Isolate* isolate, uv_loop_t* loop, v8::Platform* platform,
                         const Options& options, std::shared_ptr<Agent> agent)
    : isolate_(isolate),
      loop_(loop),
      platform_(platform),
      options_(options),
      agent_(std::move(agent)) {
  uv_idle_init(loop_, &task_idle_);
  task_idle_.data = this;
  uv_check_init(loop_, &platform_check_);
  platform_check_.data = this;
  uv_check_start(&platform_check_, OnCheck);
  uv_unref(reinterpret_cast<uv_handle_t*>(&platform_check_));
  isolate_->SetData(kEnvironmentSlot, this);
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
  InitializeModules(isolate_);
  char* cwd = getcwd(nullptr, 0);
  if (cwd != nullptr) {
    base_directory_ = cwd;
    std::free(cwd);
  }
}

Environment::~Environment() {
  uv_close(reinterpret_cast<uv_handle_t*>(&task_idle_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&platform_check_), nullptr);
  uv_run(loop_, UV_RUN_NOWAIT);
  isolate_->SetData(kEnvironmentSlot, nullptr);
}

bool Environment::is_worker() const { return agent_->parent() != 0; }

Environment* Environment::From(v8::Isolate* isolate) {
  return static_cast<Environment*>(isolate->GetData(kEnvironmentSlot));
}

bool Environment::CreateContext() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context_.Reset(isolate_, context);
  v8::Context::Scope context_scope(context);
  inspector_ = Inspector::Create(context);
  if (!inspector_) {
    WriteStderr("linea: internal error: the console formatter failed to load\n");
    return false;
  }
  v8::Local<v8::Object> global = context->Global();
  v8::TryCatch try_catch(isolate_);
  InstallConsole(context, global);
  InstallTimers(context, global);
  InstallD8Globals(context, global);
  web::InstallWebPlatform(context, global);
  InstallFetch(context, global);
  web::InstallXhr(context, global);
  InstallWebAssembly(context);
  InstallWorkers(context, global);
  if (try_catch.HasCaught()) {
    WriteStderr("linea: internal error while setting up the globals:\n" +
                FormatUncaught(context, *inspector_, try_catch.Exception(), try_catch.Message()));
    return false;
  }
  return true;
}

void Environment::RunTask(const std::function<void(v8::Local<v8::Context>)>& body) {
  // A closed or terminated worker runs no further task (HTML: its tasks are discarded).
  if (agent_->stopping()) return;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  if (interrupter_ != nullptr) interrupter_->EnterJs();
  {
    v8::TryCatch try_catch(isolate_);
    body(context);
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      HandleUncaught(try_catch.Exception(), try_catch.Message());
    }
  }
  DrainMicrotasks();
  if (interrupter_ != nullptr && interrupter_->LeaveJs()) {
    // As node words it.
    WriteStderr("Uncaught Error: Script execution was interrupted by `SIGINT`\n");
  }
}

void Environment::PostTask(std::function<void(v8::Local<v8::Context>)> task) {
  if (tasks_.empty()) uv_idle_start(&task_idle_, OnIdle);
  tasks_.push_back(std::move(task));
}

void Environment::OnIdle(uv_idle_t* idle) {
  Environment* env = static_cast<Environment*>(idle->data);
  // Only the tasks queued so far; those they post run on a later turn.
  size_t count = env->tasks_.size();
  for (size_t i = 0; i < count && !env->tasks_.empty(); i++) {
    auto task = std::move(env->tasks_.front());
    env->tasks_.pop_front();
    env->RunTask(task);
  }
  if (env->tasks_.empty()) uv_idle_stop(&env->task_idle_);
}

void Environment::OnCheck(uv_check_t* check) {
  static_cast<Environment*>(check->data)->PumpPlatformTasks();
}

void Environment::PumpPlatformTasks() {
  v8::HandleScope scope(isolate_);
  bool ran = false;
  while (v8::platform::PumpMessageLoop(platform_, isolate_)) ran = true;
  if (ran) DrainMicrotasks();
}

void Environment::HandleUncaught(v8::Local<v8::Value> exception, v8::Local<v8::Message> message) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  // As in a browser: an 'error' event at the global first; a listener can cancel the report.
  if (web::FireErrorEvent(context, exception, message)) return;
  if (interactive_) {
    // In the REPL, like an error of an input: the session goes on.
    WriteStderr("Uncaught " + inspector_->InspectForReport(context, exception) + "\n");
    return;
  }
  ErrorReport report;
  report.report = FormatUncaught(context, *inspector_, exception, message);
  if (is_worker()) {
    // The fields of the ErrorEvent the parent's Worker object gets.
    report.message = "Uncaught " + ToUtf8(isolate_, exception);
    if (!message.IsEmpty()) {
      report.message = ToUtf8(isolate_, message->Get());
      report.filename = ToUtf8(isolate_, message->GetScriptResourceName(), "");
      report.lineno = message->GetLineNumber(context).FromMaybe(0);
      report.colno = message->GetStartColumn(context).FromMaybe(-1) + 1;
    }
  }
  EndWithReport(report);
}

void Environment::EndWithReport(const ErrorReport& report) {
  if (is_worker()) {
    Envelope envelope(Envelope::Kind::kError, agent_->id());
    envelope.error = report;
    Agent::Post(agent_->parent(), std::move(envelope));
    return;
  }
  WriteStderr(report.report);
  Exit(1);
}

void Environment::ReportWorkerError(const ErrorReport& error) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  if (web::FireWorkerErrorEvent(context, error)) return;
  EndWithReport(error);
}

void Environment::DrainMicrotasks() {
  isolate_->PerformMicrotaskCheckpoint();
  if (!pending_rejections_.empty()) ReportUnhandledRejections();
}

void Environment::OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Isolate* isolate = message.GetPromise()->GetIsolate();
  Environment* env = From(isolate);
  if (env == nullptr) return;
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler: {
      auto pending = std::make_unique<PendingRejection>();
      v8::Local<v8::Value> reason = message.GetValue();
      if (reason.IsEmpty()) reason = v8::Undefined(isolate);
      pending->promise.Reset(isolate, message.GetPromise());
      pending->reason.Reset(isolate, reason);
      // For an error the location is where it was made; for other values, where the rejection
      // happens (this callback runs synchronously at that point).
      pending->message.Reset(isolate, v8::Exception::CreateMessage(isolate, reason));
      env->pending_rejections_.push_back(std::move(pending));
      break;
    }
    case v8::kPromiseHandlerAddedAfterReject: {
      v8::Local<v8::Promise> promise = message.GetPromise();
      auto& pending = env->pending_rejections_;
      for (auto it = pending.begin(); it != pending.end(); ++it) {
        if ((*it)->promise == promise) {
          pending.erase(it);
          break;
        }
      }
      break;
    }
    case v8::kPromiseRejectAfterResolved:
    case v8::kPromiseResolveAfterResolved:
      break;
  }
}

void Environment::ReportUnhandledRejections() {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);
  std::vector<std::unique_ptr<PendingRejection>> pending;
  pending.swap(pending_rejections_);
  for (const auto& rejection : pending) {
    v8::Local<v8::Value> reason = rejection->reason.Get(isolate_);
    // As in a browser: an 'unhandledrejection' event first; a listener can cancel the report.
    if (web::FireUnhandledRejection(context, rejection->promise.Get(isolate_), reason)) continue;
    v8::Local<v8::Message> message = rejection->message.Get(isolate_);
    std::string text = FormatLocation(context, message, reason);
    if (reason->IsNativeError() && !text.empty()) text += "\n";
    text += "Uncaught (in promise) " + inspector_->InspectForReport(context, reason) + "\n";
    if (interactive_) {
      WriteStderr(text);
      continue;
    }
    ErrorReport report;
    report.message = "Uncaught (in promise) " + ToUtf8(isolate_, reason);
    report.report = text;
    EndWithReport(report);
  }
}

int Environment::RunLoop() {
  agent_->Run();
  if (!is_worker()) Agent::StopAndJoinAll();
  return 0;
}

void Environment::Exit(int code) {
  for (const auto& hook : exit_hooks_) hook();
  FlushOutput();
  std::_Exit(code);
}

}  // namespace linea::shell
