// The thread of one dedicated worker: its own isolate (Atomics.wait allowed, unlike on the main
// thread, as in browsers), libuv loop and environment with the shell's globals, the worker's
// script run as a classic script or a module, then the loop until the worker is closed or
// terminated (or the process is done), then everything torn down.
#ifndef LINEA_SHELL_WORKER_WORKER_THREAD_H_
#define LINEA_SHELL_WORKER_WORKER_THREAD_H_

#include <v8.h>

#include <memory>
#include <string>

#include "shell/flags.h"

namespace linea::shell {

class Agent;

struct WorkerLaunch {
  std::shared_ptr<Agent> agent;  // Made by the parent (Agent::Create), so it has its id now.
  Options options;               // The parent's, with the worker's location.
  v8::Platform* platform = nullptr;
  std::string path;  // The script file.
  std::string name;
  bool module = false;
};

// Starts the worker's thread; false if no thread could be made.
bool StartWorkerThread(std::unique_ptr<WorkerLaunch> launch);

// The ArrayBuffer allocator of every isolate of the process: buffers move between isolates
// (transfer, SharedArrayBuffer), so the allocator that frees one must outlive them all.
v8::ArrayBuffer::Allocator* ProcessArrayBufferAllocator();

}  // namespace linea::shell

#endif  // LINEA_SHELL_WORKER_WORKER_THREAD_H_
