// The shell's side of the WebAssembly bindings (bindings/webassembly.h): background work on the
// libuv thread pool, and the Web embedding's part of compileStreaming/instantiateStreaming (the
// argument must be one of the shell's Response objects, ok, of MIME type application/wasm,
// with an unused body, which is then fed to the compiler as it is read).
#ifndef LINEA_SHELL_WASM_EMBEDDER_H_
#define LINEA_SHELL_WASM_EMBEDDER_H_

#include <v8.h>

#include <optional>
#include <string>
#include <unordered_set>

#include "bindings/webassembly.h"

namespace linea::shell {

class Environment;

class WasmEmbedder : public bindings::Embedder {
 public:
  explicit WasmEmbedder(Environment* env) : env_(env) {}
  // Closes the timers still pending (the environment is going away; its loop frees them when it
  // next runs, as a worker's last turn does).
  ~WasmEmbedder() override;

  void RunInBackground(std::function<void()> work, std::function<void()> done) override;
  void StreamResponse(v8::Local<v8::Context> context, v8::Local<v8::Value> response,
                      std::shared_ptr<bindings::StreamSink> sink) override;
  // Posts to the platform's foreground runner of the isolate and wakes its agent.
  CrossThreadPost CrossThreadPoster() override;
  std::function<void()> StartTimer(double delay_ms, std::function<void()> task) override;

  struct Timer;

 private:
  Environment* env_;
  std::unordered_set<Timer*> timers_;  // StartTimer's, until fired or cancelled.
};

// Installs WebAssembly (over linea's engine) into the environment's context.
void InstallWebAssembly(v8::Local<v8::Context> context);

// The essence ("type/subtype", lowercased) of the MIME type a Content-Type value holds, as the
// Fetch Standard's "extract a MIME type" finds it; nothing when there is none.
std::optional<std::string> MimeTypeEssence(const std::string& content_type);

}  // namespace linea::shell

#endif  // LINEA_SHELL_WASM_EMBEDDER_H_
