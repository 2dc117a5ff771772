// Linear memory (core spec 4.2.8). The address space for the maximum (or the host limit) is
// reserved once with PROT_NONE and committed as the memory grows, so base() never moves and a
// host (a JS ArrayBuffer) can view it without copying.
#ifndef LINEA_RUNTIME_STORE_MEMORY_H_
#define LINEA_RUNTIME_STORE_MEMORY_H_

#include <cstdint>
#include <functional>
#include <memory>
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
  uint64_t size_bytes() const { return static_cast<uint64_t>(pages_) * kPageSize; }
  uint32_t pages() const { return pages_; }
  // The type with the current size as its minimum (what an export of it matches against).
  MemoryType type() const { return {{pages_, type_.limits.max}, type_.shared, type_.address64}; }
  bool shared() const { return type_.shared; }

  // memory.grow: returns the old size in pages, or nullopt (wasm's -1) past the maximum or the
  // host limit or when the OS refuses to commit. New pages are zero.
  std::optional<uint32_t> Grow(uint32_t delta_pages);

  // Called after every successful grow (by wasm or by the host), with the old page count:
  // the bindings detach the old ArrayBuffer here. One listener; setting replaces it.
  void set_grow_listener(std::function<void(uint32_t old_pages)> listener) {
    grow_listener_ = std::move(listener);
  }

 private:
  Memory() = default;
  MemoryType type_;
  uint32_t host_max_pages_ = kMaxPages;
  uint32_t pages_ = 0;
  uint8_t* base_ = nullptr;
  uint64_t reserved_bytes_ = 0;
  std::function<void(uint32_t)> grow_listener_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_MEMORY_H_
