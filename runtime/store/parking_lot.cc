#include "runtime/store/parking_lot.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <unordered_map>

namespace linea::rt {
namespace {

using Clock = std::chrono::steady_clock;

// How often a waiter with an interrupt flag looks at it.
constexpr auto kInterruptPoll = std::chrono::milliseconds(5);

thread_local bool thread_may_block = false;

struct Waiter {
  std::condition_variable wake;
  bool notified = false;
};

// One place in a list: a parked thread, or an asynchronous waiter.
struct Entry {
  Waiter* thread = nullptr;
  std::shared_ptr<AsyncWaiter> async;

  bool Is(const void* waiter) const {
    return thread == waiter || (async != nullptr && async.get() == waiter);
  }
};

// One lock for the whole lot: waits and notifies are rare next to the work between them, and
// the value check must be atomic with enqueueing (a notify that follows a store cannot slip
// between a waiter's check of the old value and its parking).
struct Lot {
  std::mutex mutex;
  std::unordered_map<const void*, std::deque<Entry>> queues;

  // Removes `waiter` (a Waiter or an AsyncWaiter); returns whether it was queued.
  bool Remove(const void* address, const void* waiter) {
    auto it = queues.find(address);
    if (it == queues.end()) return false;
    std::deque<Entry>& queue = it->second;
    auto entry =
        std::find_if(queue.begin(), queue.end(), [waiter](const Entry& e) { return e.Is(waiter); });
    if (entry == queue.end()) return false;
    queue.erase(entry);
    if (queue.empty()) queues.erase(it);
    return true;
  }
};

Lot& TheLot() {
  static Lot* lot = new Lot();  // Never destroyed: threads may still wait at exit.
  return *lot;
}

uint64_t LoadSeqCst(const void* address, uint32_t size) {
  void* p = const_cast<void*>(address);
  if (size == 4) return std::atomic_ref<uint32_t>(*static_cast<uint32_t*>(p)).load();
  return std::atomic_ref<uint64_t>(*static_cast<uint64_t*>(p)).load();
}

}  // namespace

void SetThreadMayBlock(bool may_block) { thread_may_block = may_block; }
bool ThreadMayBlock() { return thread_may_block; }

WaitResult WaitOnAddress(const void* address, uint32_t size, uint64_t expected, int64_t timeout_ns,
                         const std::atomic<bool>* interrupt) {
  Lot& lot = TheLot();
  std::unique_lock lock(lot.mutex);
  if (LoadSeqCst(address, size) != expected) return WaitResult::kNotEqual;
  // A deadline past ~292 years (the clock's range) is no deadline.
  const bool forever = timeout_ns < 0;
  const Clock::time_point now = Clock::now();
  const Clock::time_point deadline =
      forever || timeout_ns > (Clock::time_point::max() - now).count()
          ? Clock::time_point::max()
          : now + std::chrono::nanoseconds(timeout_ns);
  Waiter waiter;
  lot.queues[address].push_back(Entry{&waiter, nullptr});
  while (!waiter.notified) {
    if (interrupt != nullptr && interrupt->load(std::memory_order_relaxed)) {
      lot.Remove(address, &waiter);
      return WaitResult::kInterrupted;
    }
    const Clock::time_point until =
        interrupt == nullptr ? deadline : std::min(deadline, Clock::now() + kInterruptPoll);
    if (until == Clock::time_point::max()) {
      waiter.wake.wait(lock);
    } else {
      waiter.wake.wait_until(lock, until);
    }
    if (!waiter.notified && Clock::now() >= deadline) {
      lot.Remove(address, &waiter);
      return WaitResult::kTimedOut;
    }
  }
  return WaitResult::kOk;  // NotifyAddress dequeued it.
}

WaitResult WaitOnAddressAsync(const void* address, uint32_t size, uint64_t expected,
                              std::shared_ptr<AsyncWaiter> waiter) {
  Lot& lot = TheLot();
  std::lock_guard lock(lot.mutex);
  if (LoadSeqCst(address, size) != expected) return WaitResult::kNotEqual;
  lot.queues[address].push_back(Entry{nullptr, std::move(waiter)});
  return WaitResult::kOk;
}

bool CancelAsyncWait(const void* address, const AsyncWaiter* waiter) {
  Lot& lot = TheLot();
  std::lock_guard lock(lot.mutex);
  return lot.Remove(address, waiter);
}

uint32_t NotifyAddress(const void* address, uint32_t count) {
  Lot& lot = TheLot();
  std::lock_guard lock(lot.mutex);
  auto it = lot.queues.find(address);
  if (it == lot.queues.end()) return 0;
  std::deque<Entry>& queue = it->second;
  uint32_t woken = 0;
  while (woken < count && !queue.empty()) {
    Entry entry = std::move(queue.front());
    queue.pop_front();
    if (entry.thread != nullptr) {
      entry.thread->notified = true;
      entry.thread->wake.notify_one();
    } else {
      entry.async->Notified();
    }
    ++woken;
  }
  if (queue.empty()) lot.queues.erase(it);
  return woken;
}

uint32_t WaiterCount(const void* address) {
  Lot& lot = TheLot();
  std::lock_guard lock(lot.mutex);
  auto it = lot.queues.find(address);
  return it == lot.queues.end() ? 0 : static_cast<uint32_t>(it->second.size());
}

}  // namespace linea::rt
