#include "runtime/decode/module_hash.h"

namespace linea::rt {
namespace {

// V8's hash field: a 30-bit hash shifted over two type bits, "computed hash" being 0b10.
constexpr uint32_t kHashBits = (uint32_t{1} << 30) - 1;
constexpr uint32_t kZeroHash = 27;  // V8 never lets a computed hash be 0.

uint32_t Encode(uint32_t hash) { return (hash << 2) | 2; }

}  // namespace

void ModuleHasher::Add(std::span<const uint8_t> bytes) {
  // One-at-a-time (Jenkins) mixing of each byte, over the first bytes only: past the limit the
  // hash is the length's, so the rest need not be read.
  for (size_t i = 0; i < bytes.size() && length_ + i <= kMaxHashedLength; ++i) {
    running_ += bytes[i];
    running_ += running_ << 10;
    running_ ^= running_ >> 6;
  }
  length_ += bytes.size();
}

uint32_t ModuleHasher::Finish() const {
  if (length_ > kMaxHashedLength) return Encode(static_cast<uint32_t>(length_));
  uint32_t hash = running_;
  hash += hash << 3;
  hash ^= hash >> 11;
  hash += hash << 15;
  hash &= kHashBits;
  return Encode(hash == 0 ? kZeroHash : hash);
}

}  // namespace linea::rt
