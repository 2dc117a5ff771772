#include "shell/worker/worker_thread.h"

#include <pthread.h>
#include <uv.h>

#include <optional>
#include <utility>

#include "bindings/webassembly.h"
#include "shell/environment.h"
#include "shell/files.h"
#include "shell/modules.h"
#include "shell/scripts.h"
#include "shell/v8_util.h"
#include "shell/worker/agents.h"
#include "shell/worker/worker.h"

namespace linea::shell {
namespace {

// Runs the worker's script as its first task; false (the parent told) if it cannot be read.
bool RunWorkerScript(Environment& env, const WorkerLaunch& launch) {
  std::string error;
  std::optional<std::string> source = ReadWholeFile(launch.path, &error);
  if (!source) {
    Envelope failed(Envelope::Kind::kLoadFailed, launch.agent->id());
    failed.error.message = error;
    Agent::Post(launch.agent->parent(), std::move(failed));
    return false;
  }
  if (launch.module) {
    RunMainModule(env, *source, launch.path);
  } else {
    env.RunTask([&](v8::Local<v8::Context> context) {
      IgnoreResult(RunClassicScript(context, *source, launch.path));
    });
  }
  return true;
}

// Closes the handles left on a stopped worker's loop (a terminated worker's timers, say), so
// the loop can be closed.
void CloseRemainingHandles(uv_loop_t* loop) {
  uv_walk(
      loop,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  uv_run(loop, UV_RUN_NOWAIT);
}

void RunWorker(std::unique_ptr<WorkerLaunch> launch) {
  // As in browsers, wasm's memory.atomic.wait may block a worker (not the main thread).
  bindings::SetThreadMayBlock(true);
  uv_loop_t loop;
  uv_loop_init(&loop);
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = ProcessArrayBufferAllocator();
  params.allow_atomics_wait = true;  // As in browsers: workers may block, the main thread not.
  v8::Isolate* isolate = v8::Isolate::New(params);
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    Environment env(isolate, &loop, launch->platform, launch->options, launch->agent);
    env.set_base_directory(DirectoryOf(launch->path));
    if (env.CreateContext()) {
      {
        v8::Local<v8::Context> context = env.context();
        v8::Context::Scope context_scope(context);
        InstallWorkerScope(context, launch->name, launch->module);
      }
      if (RunWorkerScript(env, *launch)) env.RunLoop();
    }
    launch->agent->Detach();
  }
  CloseRemainingHandles(&loop);
  bindings::DisposeWebAssembly(isolate);  // V8 runs no weak callbacks at teardown.
  isolate->Dispose();
  uv_loop_close(&loop);
}

}  // namespace

v8::ArrayBuffer::Allocator* ProcessArrayBufferAllocator() {
  static v8::ArrayBuffer::Allocator* allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  return allocator;
}

bool StartWorkerThread(std::unique_ptr<WorkerLaunch> launch) {
  // The same stack as the main isolate's thread (see main.cc): V8's limit plus room below it.
  const size_t stack_bytes = (size_t{launch->options.stack_size_kb} << 10) + (size_t{64} << 20);
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_t thread;
  std::shared_ptr<Agent> agent = launch->agent;
  WorkerLaunch* raw = launch.release();
  const bool started =
      pthread_attr_setstacksize(&attributes, stack_bytes) == 0 &&
      pthread_create(
          &thread, &attributes,
          [](void* data) -> void* {
            RunWorker(std::unique_ptr<WorkerLaunch>(static_cast<WorkerLaunch*>(data)));
            return nullptr;
          },
          raw) == 0;
  pthread_attr_destroy(&attributes);
  if (!started) {
    delete raw;
    agent->Detach();
    return false;
  }
  Agent::AddThread(agent->id(), thread);
  return true;
}

}  // namespace linea::shell
