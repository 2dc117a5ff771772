// What ends a script from outside: SIGINT, SIGTERM and --timeout. Each is handled on a watchdog
// thread, never in the signal handler (which only posts a semaphore), so that everything the
// script printed reaches its destination first, even when stdout is a pipe or a file and so
// fully buffered:
//   - SIGINT and SIGTERM: stdout and stderr are flushed, then the process dies of the same
//     signal (its default action), as node does. In the REPL, Ctrl-C is the Interrupter's
//     instead (shell/interrupt.h) for as long as the REPL runs.
//   - --timeout SECONDS: flushed, a message on stderr, exit code 124 (as timeout(1)).
// SIGPIPE is ignored: writing to a closed pipe fails with EPIPE instead, and output.cc drops
// the rest of that stream's output while the script goes on (as node does).
#ifndef LINEA_SHELL_EXIT_WATCHDOG_H_
#define LINEA_SHELL_EXIT_WATCHDOG_H_

#include <semaphore.h>
#include <signal.h>

#include <atomic>
#include <cstdint>
#include <thread>

namespace linea::shell {

class ExitWatchdog {
 public:
  // `timeout_seconds` 0: no time limit.
  explicit ExitWatchdog(uint32_t timeout_seconds);
  ~ExitWatchdog();
  ExitWatchdog(const ExitWatchdog&) = delete;
  ExitWatchdog& operator=(const ExitWatchdog&) = delete;

 private:
  static void OnSignal(int signal);
  void Watch();

  const uint32_t timeout_seconds_;
  sem_t wake_;
  std::atomic<bool> stopping_{false};
  struct sigaction previous_int_;
  struct sigaction previous_term_;
  std::thread thread_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_EXIT_WATCHDOG_H_
