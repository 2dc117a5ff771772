// Ctrl-C in the REPL. A SIGINT handler wakes a watchdog thread (a semaphore post is all a signal
// handler may safely do); the watchdog either stops the JavaScript that is running
// (Isolate::TerminateExecution) or, when the shell is idle at the prompt, wakes the event loop
// so the REPL can drop the line being typed.
#ifndef LINEA_SHELL_INTERRUPT_H_
#define LINEA_SHELL_INTERRUPT_H_

#include <semaphore.h>
#include <signal.h>
#include <uv.h>
#include <v8.h>

#include <functional>
#include <mutex>
#include <thread>

namespace linea::shell {

class Interrupter {
 public:
  // `at_prompt` runs on the loop's thread for a Ctrl-C that came while no JavaScript ran.
  Interrupter(v8::Isolate* isolate, uv_loop_t* loop, std::function<void()> at_prompt);
  ~Interrupter();
  Interrupter(const Interrupter&) = delete;
  Interrupter& operator=(const Interrupter&) = delete;

  // Bracket running JavaScript. LeaveJs returns true if it was interrupted: the termination is
  // then cancelled, so the isolate can run JavaScript again.
  void EnterJs();
  bool LeaveJs();

 private:
  static void OnSignal(int signal);
  void Watch();

  v8::Isolate* isolate_;
  std::function<void()> at_prompt_;
  uv_async_t* wake_;  // Freed by its close callback.
  std::mutex mutex_;
  int js_depth_ = 0;         // Guarded by mutex_.
  bool terminated_ = false;  // Guarded by mutex_.
  bool stopping_ = false;    // Guarded by mutex_.
  sem_t signals_;
  struct sigaction previous_;
  std::thread watchdog_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_INTERRUPT_H_
