#include "runtime/store/memory.h"

#include <sys/mman.h>

#include <algorithm>
#include <string>

namespace linea::rt {

namespace {

// Pages the memory may ever have: its own maximum, capped by the host's limit.
// A memory64 maximum past the host limit is allowed: it only bounds growth, and the address
// space reserved is that of the host limit.
uint32_t GrowthLimit(const MemoryType& type, uint32_t host_max_pages) {
  return static_cast<uint32_t>(std::min<uint64_t>(
      {type.limits.max.value_or(kMaxPages), uint64_t{host_max_pages}, uint64_t{kMaxPages}}));
}

}  // namespace

Result<std::shared_ptr<Memory>> Memory::Create(const MemoryType& type, uint32_t host_max_pages) {
  const uint32_t limit = GrowthLimit(type, host_max_pages);
  if (type.limits.min > limit) {
    return Error{"cannot allocate a memory of " + std::to_string(type.limits.min) +
                 " pages: the limit is " + std::to_string(limit) + " pages"};
  }
  // Reserve the address space for the largest size the memory can reach, so growing never
  // moves it. Reserving commits nothing (PROT_NONE, MAP_NORESERVE); even a zero-page memory
  // gets one page of reservation so base() is a real, unique address.
  const uint64_t reserved = std::max<uint64_t>(uint64_t{limit} * kPageSize, kPageSize);
  void* base =
      mmap(nullptr, reserved, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) {
    return Error{"cannot reserve " + std::to_string(reserved) + " bytes of address space"};
  }
  std::shared_ptr<Memory> memory(new Memory());
  memory->type_ = type;
  memory->host_max_pages_ = host_max_pages;
  memory->base_ = static_cast<uint8_t*>(base);
  memory->reserved_bytes_ = reserved;
  const uint64_t initial = type.limits.min * kPageSize;
  if (initial > 0 && mprotect(base, initial, PROT_READ | PROT_WRITE) != 0) {
    return Error{"cannot allocate a memory of " + std::to_string(type.limits.min) + " pages"};
  }
  memory->pages_.store(static_cast<uint32_t>(type.limits.min), std::memory_order_release);
  return memory;
}

Memory::~Memory() {
  if (base_ != nullptr) munmap(base_, reserved_bytes_);
}

std::optional<uint32_t> Memory::Grow(uint32_t delta_pages) {
  std::unique_lock lock(grow_mutex_);
  const uint32_t old_pages = pages_.load(std::memory_order_relaxed);
  const uint64_t new_pages = uint64_t{old_pages} + delta_pages;
  if (new_pages > GrowthLimit(type_, host_max_pages_)) return std::nullopt;
  if (delta_pages > 0) {
    // Freshly committed anonymous pages read as zero; memories never shrink, so every page
    // past the old size has never been written.
    uint8_t* start = base_ + uint64_t{old_pages} * kPageSize;
    if (mprotect(start, uint64_t{delta_pages} * kPageSize, PROT_READ | PROT_WRITE) != 0) {
      return std::nullopt;
    }
  }
  // Published after the pages are committed: a thread that reads the new size can use them.
  pages_.store(static_cast<uint32_t>(new_pages), std::memory_order_release);
  lock.unlock();
  if (!type_.shared && grow_listener_) grow_listener_(old_pages);
  return old_pages;
}

}  // namespace linea::rt
