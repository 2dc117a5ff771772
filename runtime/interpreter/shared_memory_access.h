// Accesses to linear memory that stay defined behaviour when the memory is shared and other
// threads access it at the same time (threads proposal; runtime/store/memory.h). A plain
// memcpy racing with another thread's access is a data race in C++, so for a shared memory
// every plain wasm load, store and bulk operation goes through relaxed std::atomic_ref
// accesses here (on x86-64 and AArch64 these compile to the same moves as plain ones, but
// cannot be merged or vectorised); the atomic instructions use sequentially consistent ones
// (runtime/interpreter/atomic_numerics.h). Wasm gives non-atomic accesses no atomicity, so an
// access may be split into bytes: one that is naturally aligned is done whole.
#ifndef LINEA_RUNTIME_INTERPRETER_SHARED_MEMORY_ACCESS_H_
#define LINEA_RUNTIME_INTERPRETER_SHARED_MEMORY_ACCESS_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runtime/store/memory.h"

namespace linea::rt {

namespace shared_access_internal {

template <typename T>
inline T RelaxedLoad(const uint8_t* p) {
  return std::atomic_ref<T>(*reinterpret_cast<T*>(const_cast<uint8_t*>(p)))
      .load(std::memory_order_relaxed);
}
template <typename T>
inline void RelaxedStore(uint8_t* p, T v) {
  std::atomic_ref<T>(*reinterpret_cast<T*>(p)).store(v, std::memory_order_relaxed);
}

// Copies `n` bytes from `src` to `dst`, either of which (or both, overlapping: memmove
// semantics) lies in a shared memory. In 8-byte words where both are equally aligned.
inline void RelaxedMove(uint8_t* dst, const uint8_t* src, size_t n) {
  const bool words =
      ((reinterpret_cast<uintptr_t>(dst) ^ reinterpret_cast<uintptr_t>(src)) & 7) == 0;
  if (dst <= src || dst >= src + n) {  // Forwards.
    size_t i = 0;
    if (words) {
      for (; i < n && (reinterpret_cast<uintptr_t>(dst + i) & 7) != 0; ++i) {
        RelaxedStore(dst + i, RelaxedLoad<uint8_t>(src + i));
      }
      for (; i + 8 <= n; i += 8) RelaxedStore(dst + i, RelaxedLoad<uint64_t>(src + i));
    }
    for (; i < n; ++i) RelaxedStore(dst + i, RelaxedLoad<uint8_t>(src + i));
    return;
  }
  size_t i = n;  // Backwards: dst overlaps src from above.
  if (words) {
    for (; i > 0 && (reinterpret_cast<uintptr_t>(dst + i) & 7) != 0; --i) {
      RelaxedStore(dst + i - 1, RelaxedLoad<uint8_t>(src + i - 1));
    }
    for (; i >= 8; i -= 8) RelaxedStore(dst + i - 8, RelaxedLoad<uint64_t>(src + i - 8));
  }
  for (; i > 0; --i) RelaxedStore(dst + i - 1, RelaxedLoad<uint8_t>(src + i - 1));
}

inline void RelaxedFill(uint8_t* dst, uint8_t value, size_t n) {
  size_t i = 0;
  for (; i < n && (reinterpret_cast<uintptr_t>(dst + i) & 7) != 0; ++i)
    RelaxedStore(dst + i, value);
  const uint64_t word = value * 0x0101010101010101u;
  for (; i + 8 <= n; i += 8) RelaxedStore(dst + i, word);
  for (; i < n; ++i) RelaxedStore(dst + i, value);
}

}  // namespace shared_access_internal

// Reads `n` bytes of `memory` at `ea` (in bounds) into `out`.
inline void ReadMemory(const Memory& memory, uint64_t ea, void* out, size_t n) {
  const uint8_t* p = memory.base() + ea;
  if (!memory.shared()) {
    std::memcpy(out, p, n);
    return;
  }
  using namespace shared_access_internal;  // NOLINT(build/namespaces)
  auto* bytes = static_cast<uint8_t*>(out);
  // The scalar sizes, aligned: one access, as the hardware would do it.
  if ((reinterpret_cast<uintptr_t>(p) & (n - 1)) == 0) {
    switch (n) {
      case 1:
        *bytes = RelaxedLoad<uint8_t>(p);
        return;
      case 2: {
        const uint16_t v = RelaxedLoad<uint16_t>(p);
        std::memcpy(out, &v, 2);
        return;
      }
      case 4: {
        const uint32_t v = RelaxedLoad<uint32_t>(p);
        std::memcpy(out, &v, 4);
        return;
      }
      case 8: {
        const uint64_t v = RelaxedLoad<uint64_t>(p);
        std::memcpy(out, &v, 8);
        return;
      }
      default:
        break;
    }
  }
  RelaxedMove(bytes, p, n);
}

// Writes `n` bytes from `in` to `memory` at `ea` (in bounds).
inline void WriteMemory(Memory& memory, uint64_t ea, const void* in, size_t n) {
  uint8_t* p = memory.base() + ea;
  if (!memory.shared()) {
    std::memcpy(p, in, n);
    return;
  }
  using namespace shared_access_internal;  // NOLINT(build/namespaces)
  if ((reinterpret_cast<uintptr_t>(p) & (n - 1)) == 0) {
    switch (n) {
      case 1:
        RelaxedStore(p, *static_cast<const uint8_t*>(in));
        return;
      case 2: {
        uint16_t v;
        std::memcpy(&v, in, 2);
        RelaxedStore(p, v);
        return;
      }
      case 4: {
        uint32_t v;
        std::memcpy(&v, in, 4);
        RelaxedStore(p, v);
        return;
      }
      case 8: {
        uint64_t v;
        std::memcpy(&v, in, 8);
        RelaxedStore(p, v);
        return;
      }
      default:
        break;
    }
  }
  RelaxedMove(p, static_cast<const uint8_t*>(in), n);
}

// A scalar load or store of a `Mem` (in bounds), by value. The shared path is out of line, so
// that the interpreter's handlers keep their values in registers (a local whose address is
// passed on would take a stack slot in the interpreter's frame per handler).
template <typename Mem>
__attribute__((noinline)) Mem LoadShared(const Memory& memory, uint64_t ea) {
  Mem v;
  ReadMemory(memory, ea, &v, sizeof(Mem));
  return v;
}
template <typename Mem>
__attribute__((noinline)) void StoreShared(Memory& memory, uint64_t ea, Mem v) {
  WriteMemory(memory, ea, &v, sizeof(Mem));
}
template <typename Mem>
inline Mem LoadScalar(const Memory& memory, uint64_t ea) {
  if (memory.shared()) [[unlikely]]
    return LoadShared<Mem>(memory, ea);
  Mem v;
  std::memcpy(&v, memory.base() + ea, sizeof(Mem));
  return v;
}
template <typename Mem>
inline void StoreScalar(Memory& memory, uint64_t ea, Mem v) {
  if (memory.shared()) [[unlikely]] {
    StoreShared<Mem>(memory, ea, v);
    return;
  }
  std::memcpy(memory.base() + ea, &v, sizeof(Mem));
}

// memory.copy between `src_memory` at `src` and `dst_memory` at `dst` (both in bounds; the
// memories may be one).
inline void CopyMemory(Memory& dst_memory, uint64_t dst, const Memory& src_memory, uint64_t src,
                       uint64_t n) {
  uint8_t* to = dst_memory.base() + dst;
  const uint8_t* from = src_memory.base() + src;
  if (dst_memory.shared() || src_memory.shared()) {
    shared_access_internal::RelaxedMove(to, from, n);
  } else {
    std::memmove(to, from, n);
  }
}

// memory.fill of `n` bytes at `dst` (in bounds).
inline void FillMemory(Memory& memory, uint64_t dst, uint8_t value, uint64_t n) {
  if (memory.shared()) {
    shared_access_internal::RelaxedFill(memory.base() + dst, value, n);
  } else {
    std::memset(memory.base() + dst, value, n);
  }
}

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_SHARED_MEMORY_ACCESS_H_
