// The state of one linea process around its V8 isolate: the context scripts run in, the libuv
// loop everything asynchronous runs on, and the policy for uncaught errors.
#ifndef LINEA_SHELL_ENVIRONMENT_H_
#define LINEA_SHELL_ENVIRONMENT_H_

#include <uv.h>
#include <v8.h>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "shell/flags.h"

namespace linea::shell {

class Agent;
class Inspector;
class Interrupter;
struct ErrorReport;

class Environment {
 public:
  // `agent` is the main agent or the worker's (shell/worker/agents.h).
  Environment(v8::Isolate* isolate, uv_loop_t* loop, v8::Platform* platform, const Options& options,
              std::shared_ptr<Agent> agent);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  // The environment of an isolate (set by the constructor).
  static Environment* From(v8::Isolate* isolate);

  v8::Isolate* isolate() const { return isolate_; }
  uv_loop_t* loop() const { return loop_; }
  const Options& options() const { return options_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  Inspector& inspector() const { return *inspector_; }
  v8::Platform* platform() const { return platform_; }
  Agent& agent() const { return *agent_; }
  const std::shared_ptr<Agent>& shared_agent() const { return agent_; }
  // A dedicated worker's environment: what would end the process (an uncaught error, quit())
  // goes to the worker's parent or ends the worker instead.
  bool is_worker() const;

  // Makes the context with every global of the shell. False (after reporting) on failure.
  bool CreateContext();

  // The directory relative URLs and paths resolve against: the main script's, else the cwd.
  const std::string& base_directory() const { return base_directory_; }
  void set_base_directory(std::string directory) { base_directory_ = std::move(directory); }

  // In the REPL an uncaught error is printed and the session goes on; elsewhere it ends the
  // process with exit code 1.
  bool interactive() const { return interactive_; }
  void set_interactive(bool interactive) { interactive_ = interactive; }

  // Set by the REPL so that Ctrl-C can stop running JavaScript (null otherwise).
  void set_interrupter(Interrupter* interrupter) { interrupter_ = interrupter; }

  // Runs one task: `body` runs with a HandleScope, the context entered and a TryCatch; what it
  // throws is handled as uncaught; then the microtask queue is drained.
  void RunTask(const std::function<void(v8::Local<v8::Context>)>& body);

  // Queues `task` to run as its own task of the event loop (through RunTask).
  void PostTask(std::function<void(v8::Local<v8::Context>)> task);

  // Reports `exception` as uncaught (with the location from `message`, which may be empty);
  // outside the REPL the process then ends with exit code 1. In a worker, the report goes to
  // the parent's Worker object instead (ReportWorkerError there).
  void HandleUncaught(v8::Local<v8::Value> exception, v8::Local<v8::Message> message);

  // HTML: a worker's error that its Worker object's 'error' event did not cancel is reported
  // as if it were uncaught here: an 'error' event at the global, then the report (the process
  // ends with 1), or, in a worker, on to its own parent.
  void ReportWorkerError(const ErrorReport& error);

  // Drains the microtask queue, then reports promises rejected without a handler.
  void DrainMicrotasks();

  // Runs V8's foreground tasks of this isolate that are due (FinalizationRegistry cleanups,
  // Atomics.waitAsync resolutions, ...), then the microtasks.
  void PumpPlatformTasks();

  // Runs the loop until nothing is pending (the main agent: until every worker is done too, see
  // shell/worker/agents.h); returns the exit code.
  int RunLoop();

  // The environment's one instance of T (state of a feature), made on first use and kept as
  // long as the environment.
  template <typename T>
  T& Service() {
    std::shared_ptr<void>& slot = services_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // Keeps `object` alive as long as the environment (state behind the globals' callbacks).
  template <typename T>
  T* Own(std::unique_ptr<T> object) {
    T* raw = object.get();
    owned_.push_back(std::shared_ptr<void>(std::move(object)));
    return raw;
  }

  // Runs `hook` when the process ends through Exit (e.g. to restore the terminal).
  void AddExitHook(std::function<void()> hook) { exit_hooks_.push_back(std::move(hook)); }

  // Ends the process now with `code`, flushing output.
  [[noreturn]] void Exit(int code);

 private:
  struct PendingRejection;
  static void OnPromiseReject(v8::PromiseRejectMessage message);
  void ReportUnhandledRejections();
  // The end of an uncaught error's report outside the REPL: exit 1, or to a worker's parent.
  void EndWithReport(const ErrorReport& report);
  static void OnIdle(uv_idle_t* idle);
  static void OnCheck(uv_check_t* check);

  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  v8::Platform* platform_;
  Options options_;
  std::shared_ptr<Agent> agent_;
  v8::Global<v8::Context> context_;
  std::unique_ptr<Inspector> inspector_;
  std::string base_directory_;
  bool interactive_ = false;
  Interrupter* interrupter_ = nullptr;
  std::vector<std::unique_ptr<PendingRejection>> pending_rejections_;
  std::vector<std::shared_ptr<void>> owned_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> services_;
  std::vector<std::function<void()>> exit_hooks_;
  // Posted tasks; the idle handle runs while any are queued.
  std::deque<std::function<void(v8::Local<v8::Context>)>> tasks_;
  uv_idle_t task_idle_;
  // Runs V8's own foreground tasks (e.g. FinalizationRegistry cleanups) each loop turn.
  uv_check_t platform_check_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_ENVIRONMENT_H_
