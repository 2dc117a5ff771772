// V8's default platform, with one addition: every task posted to an isolate's foreground task
// runner is also announced to the embedder (`on_foreground_task(isolate)`), from whatever thread
// posted it. V8 resolves an Atomics.waitAsync promise by posting such a task from the notifying
// thread; the shell must then wake the waiting agent's loop at once, which it cannot otherwise
// know to do (the loop may be asleep, or the agent idle, see shell/worker/agents.h).
//
// It subclasses V8's Platform and TaskRunner, and libnode is built without RTTI, so its file is
// compiled without it (the //shell:waking_platform target) and includes nothing of the shell.
#ifndef LINEA_SHELL_WORKER_WAKING_PLATFORM_H_
#define LINEA_SHELL_WORKER_WAKING_PLATFORM_H_

#include <v8-platform.h>

#include <functional>
#include <memory>

namespace linea::shell {

// `inner` is the platform that runs everything (libplatform's default; PumpMessageLoop is
// called on it). Immediate tasks are announced; delayed and idle ones are not (the shell's loop
// pumps the platform on every turn anyway).
std::unique_ptr<v8::Platform> NewWakingPlatform(
    std::unique_ptr<v8::Platform> inner, std::function<void(v8::Isolate*)> on_foreground_task);

}  // namespace linea::shell

#endif  // LINEA_SHELL_WORKER_WAKING_PLATFORM_H_
