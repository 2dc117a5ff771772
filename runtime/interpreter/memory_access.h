// Bounds checks for memory accesses whose address, offset and length are 64-bit (multiple
// memories and memory64): each is written so that no sum can wrap around.
#ifndef LINEA_RUNTIME_INTERPRETER_MEMORY_ACCESS_H_
#define LINEA_RUNTIME_INTERPRETER_MEMORY_ACCESS_H_

#include <cstdint>

namespace linea::rt {

// Whether `size` bytes at `address` + `offset` lie within a memory of `memory_size` bytes;
// if so, `*effective` is address + offset.
inline bool EffectiveAddress(uint64_t address, uint64_t offset, uint64_t size, uint64_t memory_size,
                             uint64_t* effective) {
  if (offset > memory_size || address > memory_size - offset) return false;
  const uint64_t ea = address + offset;
  if (size > memory_size - ea) return false;
  *effective = ea;
  return true;
}

// Whether the range [start, start + n) lies within `limit`.
inline bool RangeInBounds(uint64_t start, uint64_t n, uint64_t limit) {
  return n <= limit && start <= limit - n;
}

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_MEMORY_ACCESS_H_
