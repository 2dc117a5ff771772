// memory.atomic.wait / memory.atomic.notify (threads proposal): one process-wide parking lot in
// which threads wait on a host address and are woken by a notify of that address from any
// thread, whatever store or isolate it runs in. A shared memory's reservation never moves
// (runtime/store/memory.h), so its base plus the effective address names one location for as
// long as the memory lives, in every thread. A host may use the same lot for its own waits on
// a shared memory's bytes: the bindings' Atomics.wait/notify/waitAsync wait and notify here, so
// that JS and wasm share one wait list per location, as ECMAScript's agent cluster does.
#ifndef LINEA_RUNTIME_STORE_PARKING_LOT_H_
#define LINEA_RUNTIME_STORE_PARKING_LOT_H_

#include <atomic>
#include <cstdint>
#include <memory>

namespace linea::rt {

// Whether memory.atomic.wait may block the calling thread. Off by default: as on a browser's
// main thread, a wait then traps ("atomics wait not allowed on this thread"; V8: "Atomics.wait
// cannot be called in this context"). A host turns it on for threads that may block: the
// shell for its Workers (`SetThreadMayBlock(true)` at the start of the worker's thread), the
// spec-test runner and tests for theirs. Per thread (thread_local), so setting it in one
// thread changes nothing in another.
void SetThreadMayBlock(bool may_block);
bool ThreadMayBlock();

// The results of a wait, with memory.atomic.wait's i32 values for the first three.
enum class WaitResult : uint32_t {
  kOk = 0,        // Woken by a notify.
  kNotEqual = 1,  // The value was not the expected one: did not wait.
  kTimedOut = 2,
  kInterrupted = 3,  // `*interrupt` became true while waiting (not a wasm result).
};

// If the naturally aligned value at `address` (4 or 8 bytes, `size`) equals `expected` (read
// with a sequentially consistent load while holding the lot), parks the calling thread until
// a NotifyAddress of `address` wakes it, `timeout_ns` nanoseconds pass (negative: no limit) or
// `*interrupt` (if given; e.g. Store::RequestInterrupt's flag, which a worker's terminate()
// sets) becomes true, which is polled every few milliseconds so that setting it stays safe
// from a signal handler. Does not check ThreadMayBlock (the interpreter does).
WaitResult WaitOnAddress(const void* address, uint32_t size, uint64_t expected, int64_t timeout_ns,
                         const std::atomic<bool>* interrupt);

// A waiter that is not a parked thread (JS's Atomics.waitAsync): queued in the same list as the
// threads waiting on its address, in order, and counted by a notify like them.
class AsyncWaiter {
 public:
  virtual ~AsyncWaiter() = default;
  // Called by the NotifyAddress that dequeued it, on the notifying thread with the lot locked:
  // it must only hand the wake-up on (e.g. post a task to its own thread), never wait or call
  // into the lot.
  virtual void Notified() = 0;
};

// The non-blocking form of WaitOnAddress: if the value at `address` equals `expected`, queues
// `waiter` (the lot keeps it alive until a notify dequeues it or CancelAsyncWait removes it) and
// returns kOk; else returns kNotEqual.
WaitResult WaitOnAddressAsync(const void* address, uint32_t size, uint64_t expected,
                              std::shared_ptr<AsyncWaiter> waiter);

// Removes `waiter` from the list of `address` (its timeout passed). False if it was not queued
// any more: a notify took it, and its Notified() was called or is being called.
bool CancelAsyncWait(const void* address, const AsyncWaiter* waiter);

// Wakes up to `count` waiters of `address` (threads and AsyncWaiters), oldest first; returns how
// many it woke.
uint32_t NotifyAddress(const void* address, uint32_t count);

// Threads waiting on `address` now (for tests and diagnostics).
uint32_t WaiterCount(const void* address);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_PARKING_LOT_H_
