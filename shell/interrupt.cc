#include "shell/interrupt.h"

#include "bindings/webassembly.h"

namespace linea::shell {
namespace {
// The one interrupter the signal handler posts to.
sem_t* signal_semaphore = nullptr;
}  // namespace

Interrupter::Interrupter(v8::Isolate* isolate, uv_loop_t* loop, std::function<void()> at_prompt)
    : isolate_(isolate), at_prompt_(std::move(at_prompt)), wake_(new uv_async_t) {
  sem_init(&signals_, 0, 0);
  uv_async_init(loop, wake_,
                [](uv_async_t* async) { static_cast<Interrupter*>(async->data)->at_prompt_(); });
  wake_->data = this;
  // The wake-up handle alone must not keep the process alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(wake_));
  signal_semaphore = &signals_;
  struct sigaction action = {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &previous_);
  watchdog_ = std::thread([this] { Watch(); });
}

Interrupter::~Interrupter() {
  sigaction(SIGINT, &previous_, nullptr);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  sem_post(&signals_);
  watchdog_.join();
  signal_semaphore = nullptr;
  sem_destroy(&signals_);
  uv_close(reinterpret_cast<uv_handle_t*>(wake_),
           [](uv_handle_t* handle) { delete reinterpret_cast<uv_async_t*>(handle); });
}

void Interrupter::OnSignal(int) {
  if (signal_semaphore != nullptr) sem_post(signal_semaphore);
}

void Interrupter::Watch() {
  while (true) {
    while (sem_wait(&signals_) != 0) {
    }
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    if (js_depth_ > 0) {
      terminated_ = true;
      bindings::TerminateExecution(isolate_);  // Stops running wasm too.
    } else {
      uv_async_send(wake_);
    }
  }
}

void Interrupter::EnterJs() {
  std::lock_guard<std::mutex> lock(mutex_);
  js_depth_++;
}

bool Interrupter::LeaveJs() {
  std::lock_guard<std::mutex> lock(mutex_);
  js_depth_--;
  if (js_depth_ > 0 || !terminated_) return false;
  terminated_ = false;
  bindings::CancelTerminateExecution(isolate_);
  return true;
}

}  // namespace linea::shell
