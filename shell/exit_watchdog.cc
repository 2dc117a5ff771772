#include "shell/exit_watchdog.h"

#include <errno.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "shell/output.h"

namespace linea::shell {
namespace {

// The one watchdog the handler posts to, and the signal it saw (0: none).
sem_t* watchdog_semaphore = nullptr;
std::atomic<int> received_signal{0};

}  // namespace

ExitWatchdog::ExitWatchdog(uint32_t timeout_seconds) : timeout_seconds_(timeout_seconds) {
  sem_init(&wake_, 0, 0);
  watchdog_semaphore = &wake_;
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &previous_int_);
  sigaction(SIGTERM, &action, &previous_term_);
  signal(SIGPIPE, SIG_IGN);
  thread_ = std::thread([this] { Watch(); });
}

ExitWatchdog::~ExitWatchdog() {
  sigaction(SIGINT, &previous_int_, nullptr);
  sigaction(SIGTERM, &previous_term_, nullptr);
  stopping_ = true;
  sem_post(&wake_);
  thread_.join();
  watchdog_semaphore = nullptr;
  sem_destroy(&wake_);
}

void ExitWatchdog::OnSignal(int signal) {
  received_signal.store(signal);
  if (watchdog_semaphore != nullptr) sem_post(watchdog_semaphore);
}

void ExitWatchdog::Watch() {
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  deadline.tv_sec += timeout_seconds_;
  while (true) {
    const int waited = timeout_seconds_ == 0 ? sem_wait(&wake_)
                                             : sem_clockwait(&wake_, CLOCK_MONOTONIC, &deadline);
    if (waited != 0 && errno == EINTR) continue;
    if (stopping_) return;
    if (waited != 0 && errno == ETIMEDOUT) {
      FlushOutputFromAnyThread();
      WriteStderr("linea: --timeout: still running after " + std::to_string(timeout_seconds_) +
                  (timeout_seconds_ == 1 ? " second" : " seconds") + ", stopped\n");
      std::_Exit(124);
    }
    if (const int signal = received_signal.exchange(0); signal != 0) {
      FlushOutputFromAnyThread();
      // Die of the signal, as an unhandled one would have killed the process.
      struct sigaction action = {};
      action.sa_handler = SIG_DFL;
      sigemptyset(&action.sa_mask);
      sigaction(signal, &action, nullptr);
      kill(getpid(), signal);
      return;
    }
  }
}

}  // namespace linea::shell
