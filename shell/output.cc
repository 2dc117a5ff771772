#include "shell/output.h"

#include <errno.h>
#include <time.h>

#include <atomic>
#include <cstdio>
#include <utility>

namespace linea::shell {
namespace {

// Set once a write to the stream failed because its reader is gone.
std::atomic<bool> stdout_closed{false};
std::atomic<bool> stderr_closed{false};

std::function<void()> before_output_hook;

void RunBeforeOutputHook() {
  if (!before_output_hook) return;
  std::function<void()> hook = std::exchange(before_output_hook, nullptr);
  hook();
}

void Write(std::FILE* stream, std::atomic<bool>& closed, std::string_view text, bool flush) {
  if (closed.load(std::memory_order_relaxed)) return;
  std::fwrite(text.data(), 1, text.size(), stream);
  if (flush) std::fflush(stream);
  if (std::ferror(stream)) {
    if (errno == EPIPE) closed.store(true, std::memory_order_relaxed);
    std::clearerr(stream);
  }
}

void Flush(std::FILE* stream, std::atomic<bool>& closed) {
  if (closed.load(std::memory_order_relaxed)) return;
  std::fflush(stream);
  if (std::ferror(stream)) {
    if (errno == EPIPE) closed.store(true, std::memory_order_relaxed);
    std::clearerr(stream);
  }
}

void FlushWithin(std::FILE* stream, std::atomic<bool>& closed, int attempts) {
  for (int i = 0; i < attempts; ++i) {
    if (ftrylockfile(stream) == 0) {
      // Recursive lock: Flush takes it again.
      Flush(stream, closed);
      funlockfile(stream);
      return;
    }
    const timespec pause = {0, 10 * 1000 * 1000};
    nanosleep(&pause, nullptr);
  }
}

}  // namespace

void SetBeforeOutputHook(std::function<void()> hook) { before_output_hook = std::move(hook); }

void WriteStdout(std::string_view text) {
  RunBeforeOutputHook();
  Write(stdout, stdout_closed, text, false);
}

void WriteStderr(std::string_view text) {
  RunBeforeOutputHook();
  Flush(stdout, stdout_closed);
  Write(stderr, stderr_closed, text, true);
}

void FlushOutput() {
  Flush(stdout, stdout_closed);
  Flush(stderr, stderr_closed);
}

void FlushOutputFromAnyThread() {
  constexpr int kAttempts = 200;  // 10 ms each.
  FlushWithin(stdout, stdout_closed, kAttempts);
  FlushWithin(stderr, stderr_closed, kAttempts);
}

}  // namespace linea::shell
