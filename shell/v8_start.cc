#include "shell/v8_start.h"

#include <libplatform/libplatform.h>
#include <pthread.h>
#include <v8.h>

#include <string>

#include "shell/worker/agents.h"
#include "shell/worker/waking_platform.h"

namespace linea::shell {
namespace {

std::string V8FlagString(const Options& options) {
  std::string flags = "--stack-size=" + std::to_string(options.stack_size_kb) + " ";
  for (const std::string& flag : options.v8_flags) flags += flag + " ";
  return flags;
}

}  // namespace

V8Process::V8Process(const Options& options, const char* argv0) {
  std::string v8_flags = V8FlagString(options);
  if (!v8_flags.empty()) v8::V8::SetFlagsFromString(v8_flags.c_str(), v8_flags.size());
  // Set on its own and last: nothing passed through (not even a flag V8 rejects, after which
  // it ignores the rest of a string) can turn V8's own WebAssembly back on.
  v8::V8::SetFlagsFromString("--no-expose-wasm");
  // JSON modules (`import x from './a.json' assert { type: 'json' }`), as node 18 enables them.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  // V8's snapshot is read-only data of libnode like its code, which nothing checksums either;
  // summing its megabytes at every start (2.5% of `linea -e 0`'s instructions) is what V8 11
  // does in debug builds only, and what Deno turns off.
  v8::V8::SetFlagsFromString("--no-verify-snapshot-checksum");
  v8::V8::InitializeICUDefaultLocation(argv0);
  // V8 runs on libplatform's default platform (which the loops pump), seen through one that
  // wakes an agent when another thread posts it a task (an Atomics.waitAsync resolved).
  std::unique_ptr<v8::Platform> default_platform = v8::platform::NewDefaultPlatform();
  pumped_platform_ = default_platform.get();
  platform_ = NewWakingPlatform(std::move(default_platform), Agent::WakeForPlatformTask);
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
}

V8Process::~V8Process() {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

size_t IsolateThreadStackBytes(const Options& options) {
  return (size_t{options.stack_size_kb} << 10) + (size_t{64} << 20);
}

std::optional<int> RunOnStack(size_t bytes, const std::function<int()>& body) {
  struct Call {
    const std::function<int()>* body;
    int result = 1;
  } call{&body};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_t thread;
  const bool started = pthread_attr_setstacksize(&attributes, bytes) == 0 &&
                       pthread_create(
                           &thread, &attributes,
                           [](void* data) -> void* {
                             Call* c = static_cast<Call*>(data);
                             c->result = (*c->body)();
                             return nullptr;
                           },
                           &call) == 0;
  pthread_attr_destroy(&attributes);
  if (!started) return std::nullopt;
  pthread_join(thread, nullptr);
  return call.result;
}

}  // namespace linea::shell
