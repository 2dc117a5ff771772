// Dedicated workers (HTML): `new Worker(url, {type, name})` in every context, and the global
// scope of a worker's own context. shell/web/js/worker.js is the JavaScript side; this file
// starts the threads (shell/worker/worker_thread.h), sends messages between agents
// (shell/worker/agents.h) and delivers the envelopes that arrive.
#ifndef LINEA_SHELL_WORKER_WORKER_H_
#define LINEA_SHELL_WORKER_WORKER_H_

#include <v8.h>

#include <string>

namespace linea::shell {

// Defines `Worker` and attaches the environment's agent to its loop, so that envelopes reach
// this context.
void InstallWorkers(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// In a worker's context: postMessage, onmessage, onmessageerror, close, name, and (for a classic
// worker) importScripts on the global object.
void InstallWorkerScope(v8::Local<v8::Context> context, const std::string& name, bool module);

}  // namespace linea::shell

#endif  // LINEA_SHELL_WORKER_WORKER_H_
