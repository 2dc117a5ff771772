// Linear memory (core spec 4.2.8). The address space for the maximum (or the host limit) is
// reserved once with PROT_NONE and committed as the memory grows, so base() never moves and a
// host (a JS ArrayBuffer) can view it without copying.
//
// Shared memories (threads proposal) and threads. A shared memory is one object used by every
// thread that holds it: it is reference-counted (std::shared_ptr; the stores of several
// isolates, their SharedArrayBuffers and a host in transit may all hold it) and freed with its
// last holder, whichever thread that is. What makes that safe:
//   * base() never moves and the size only grows; Grow() commits the new pages first and then
//     publishes the size (release), and size_bytes()/pages() read it (acquire), so a thread
//     that sees the new size can use the new pages. Grows of one memory are serialised.
//   * The interpreter reads and writes a shared memory only through relaxed (plain accesses,
//     bulk operations) or sequentially consistent (atomic instructions) std::atomic_ref
//     accesses (runtime/interpreter/shared_memory_access.h), so racing wasm threads are
//     defined behaviour in C++ (and clean under ThreadSanitizer), as the threads proposal's
//     memory model requires.
//   * No grow listener is called for a shared memory: its growth may happen on any thread, so
//     a host compares its view's length with size_bytes() instead (the JS API's "refresh the
//     memory buffer" does this in the `buffer` getter).
//   * memory.atomic.wait/notify park and wake threads by host address (parking_lot.h), so a
//     notify in one isolate's thread wakes waiters of any other; whether the calling thread may
//     block is a per-thread setting (SetThreadMayBlock in parking_lot.h).
// A non-shared memory belongs to one thread (its store's) at a time.
#ifndef LINEA_RUNTIME_STORE_MEMORY_H_
#define LINEA_RUNTIME_STORE_MEMORY_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "runtime/result.h"
#include "runtime/types.h"

namespace linea::rt {

class Memory {
 public:
  // `host_max_pages` caps growth below the type's maximum (--max-memory-pages).
  static Result<std::shared_ptr<Memory>> Create(const MemoryType& type,
                                                uint32_t host_max_pages = kMaxPages);
  ~Memory();
  Memory(const Memory&) = delete;
  Memory& operator=(const Memory&) = delete;

  uint8_t* base() const { return base_; }
  // The current size; any thread may read it (see above).
  uint64_t size_bytes() const { return static_cast<uint64_t>(pages()) * kPageSize; }
  uint32_t pages() const { return pages_.load(std::memory_order_acquire); }
  // The type with the current size as its minimum (what an export of it matches against).
  MemoryType type() const { return {{pages(), type_.limits.max}, type_.shared, type_.address64}; }
  bool shared() const { return type_.shared; }

  // memory.grow: returns the old size in pages, or nullopt (wasm's -1) past the maximum or the
  // host limit or when the OS refuses to commit. New pages are zero. Safe from any thread.
  std::optional<uint32_t> Grow(uint32_t delta_pages);

  // Called after every successful grow (by wasm or by the host), with the old page count:
  // the bindings detach the old ArrayBuffer here. One listener; setting replaces it. Never
  // called for a shared memory (see above).
  void set_grow_listener(std::function<void(uint32_t old_pages)> listener) {
    grow_listener_ = std::move(listener);
  }

 private:
  Memory() = default;
  MemoryType type_;
  uint32_t host_max_pages_ = kMaxPages;
  std::atomic<uint32_t> pages_{0};
  std::mutex grow_mutex_;  // Serialises Grow (a shared memory's may come from any thread).
  uint8_t* base_ = nullptr;
  uint64_t reserved_bytes_ = 0;
  std::function<void(uint32_t)> grow_listener_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_MEMORY_H_
