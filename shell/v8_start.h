// Starting V8 for the process, shared by linea's main() and make_code_cache: V8 accepts a code
// cache only when it was made under the same flags, so both set them here.
#ifndef LINEA_SHELL_V8_START_H_
#define LINEA_SHELL_V8_START_H_

#include <v8-platform.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

#include "shell/flags.h"

namespace linea::shell {

// V8 initialized for the process: flags from `options`, ICU, the platform. Disposes V8 and the
// platform when destroyed (after every isolate is gone).
class V8Process {
 public:
  V8Process(const Options& options, const char* argv0);
  ~V8Process();
  V8Process(const V8Process&) = delete;
  V8Process& operator=(const V8Process&) = delete;

  // libplatform's default platform, which the event loops pump (V8 itself sees it through a
  // wrapper that wakes an agent when another thread posts it a task).
  v8::Platform* pumped_platform() const { return pumped_platform_; }

 private:
  std::unique_ptr<v8::Platform> platform_;
  v8::Platform* pumped_platform_;
};

// The stack a thread running an isolate needs: V8's limit (--stack-size) with room to spare
// below it for the C++ frames between V8's checks.
size_t IsolateThreadStackBytes(const Options& options);

// Runs `body` on a new thread with a stack of `bytes` and returns its result; nothing if no
// such thread can be made.
std::optional<int> RunOnStack(size_t bytes, const std::function<int()>& body);

}  // namespace linea::shell

#endif  // LINEA_SHELL_V8_START_H_
