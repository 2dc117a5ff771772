// The agents of the process (HTML's agents): the main thread and one thread per dedicated
// worker, each with its own isolate and libuv loop. Agents talk only by envelopes put in each
// other's inboxes; the registry here knows them all, so that the process can end when every
// agent is done.
//
// When is an agent done? Its loop has nothing left to run (no timer, no pending I/O or task)
// and its inbox is empty: it is idle, waiting only for messages. The process exits once every
// agent is idle at the same time and no envelope is queued anywhere: nothing can ever wake any
// of them again. A worker waiting for messages (an `onmessage` set) thus keeps nothing alive by
// itself, as an unref'd port in node; a worker that runs (a timer, a loop, Atomics.wait) does.
#ifndef LINEA_SHELL_WORKER_AGENTS_H_
#define LINEA_SHELL_WORKER_AGENTS_H_

#include <pthread.h>
#include <uv.h>
#include <v8.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "shell/web/clone_delegates.h"

namespace linea::shell {

// An uncaught error of a worker, as its parent's Worker object reports it (HTML's ErrorEvent
// fields) and, if nobody handles it there, as the process prints it.
struct ErrorReport {
  std::string message;  // "Uncaught Error: boom"
  std::string filename;
  int lineno = 0;
  int colno = 0;
  std::string report;  // The text the shell prints for it (shell/errors.h).
};

// What one agent sends another.
struct Envelope {
  enum class Kind {
    kMessage,     // postMessage: `message`.
    kError,       // An uncaught error of the child `from`: `error`.
    kLoadFailed,  // The child `from` could not load its script: `error.message` says why.
    kClosed,      // The child `from` has ended (closed, terminated or failed to load).
  };
  Envelope() = default;
  Envelope(Kind kind, uint64_t from) : kind(kind), from(from) {}

  Kind kind = Kind::kMessage;
  uint64_t from = 0;  // The sending agent: the receiver's parent, or one of its children.
  std::unique_ptr<web::SerializedMessage> message;
  ErrorReport error;
};

class Agent {
 public:
  using Deliver = std::function<void(Envelope)>;
  using Pump = std::function<void()>;

  // A new agent in the registry; `parent` is 0 for the main one. It counts as busy (not idle)
  // until its thread runs and first finds nothing to do.
  static std::shared_ptr<Agent> Create(uint64_t parent);
  // The registered agent `id`, or null once it has ended.
  static std::shared_ptr<Agent> Find(uint64_t id);

  // Puts `envelope` in the inbox of agent `to` (from any thread); dropped if `to` has ended.
  static void Post(uint64_t to, Envelope envelope);

  uint64_t id() const { return id_; }
  uint64_t parent() const { return parent_; }

  // On the agent's own thread, before Run: its loop, its isolate (which Stop terminates), what
  // receives each envelope, and what runs the isolate's platform tasks (both called on this
  // thread, from the loop).
  void Attach(uv_loop_t* loop, v8::Isolate* isolate, Deliver deliver, Pump pump);

  // From any thread: a task was posted to `isolate`'s foreground task runner (e.g. V8 resolving
  // an Atomics.waitAsync after a notify on another thread). Its agent wakes and runs it, even
  // when idle.
  static void WakeForPlatformTask(v8::Isolate* isolate);
  // Runs the loop and the inbox until the agent is stopped, or (the main agent, parent 0) until
  // the whole process is done.
  void Run();
  // Ends the agent (its thread, on its way out; the isolate must still live): unregistered, its
  // children stopped, its inbox dropped, and its parent told (kClosed).
  void Detach();

  // Stops the agent from any thread: no further task runs and Run returns; with `terminate`,
  // its running JavaScript and WebAssembly are terminated too (terminate(), the process's end),
  // without, the running task finishes (the worker's own close()).
  void Stop(bool terminate);
  // Whether Stop was called (tasks check it before they run).
  bool stopping() const;

  // The thread running agent `id` (a worker's), joined by Join: by the parent when the child
  // has ended, or by the main agent at the process's end.
  static void AddThread(uint64_t id, pthread_t thread);
  static void Join(uint64_t id);
  // Stops every other agent and joins every worker thread (the main agent, at the end).
  static void StopAndJoinAll();

 private:
  Agent(uint64_t id, uint64_t parent) : id_(id), parent_(parent) {}
  static void PostLocked(uint64_t to, Envelope envelope);
  static void OnWake(uv_async_t* async);
  void DrainInbox();
  // Runs the platform's tasks if WakeForPlatformTask asked for it.
  void PumpIfAsked();

  const uint64_t id_;
  const uint64_t parent_;
  // All below guarded by the registry's mutex.
  std::deque<Envelope> inbox_;
  bool idle_ = false;
  bool platform_task_ = false;  // Set by WakeForPlatformTask, cleared when pumped.
  bool stopping_ = false;
  bool ended_ = false;
  uv_loop_t* loop_ = nullptr;
  uv_async_t* wake_ = nullptr;  // Freed by its close callback.
  v8::Isolate* isolate_ = nullptr;
  Deliver deliver_;
  Pump pump_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_WORKER_AGENTS_H_
