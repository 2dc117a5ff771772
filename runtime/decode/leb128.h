// LEB128 integers (core spec 5.2.2) with the exact malformedness rules of the binary format:
// an encoding may use at most ceil(N/7) bytes ("integer representation too long"), and the
// bits of the last byte beyond N must be zero, or for signed integers copies of the sign bit
// ("integer too large"). Decoding works on partial input too: kIncomplete means "not enough
// bytes yet", which a streaming reader turns into "wait" and a bounded reader into an error.
#ifndef LINEA_RUNTIME_DECODE_LEB128_H_
#define LINEA_RUNTIME_DECODE_LEB128_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace linea::rt {

enum class LebStatus : uint8_t { kOk, kIncomplete, kTooLong, kTooLarge };

struct LebResult {
  LebStatus status = LebStatus::kIncomplete;
  uint64_t value = 0;  // Signed results are sign-extended to 64 bits.
  size_t length = 0;   // Bytes consumed (kOk), or the offset of the offending byte.
};

// Decodes an N-bit LEB128 integer from [p, end).
inline LebResult DecodeLeb(const uint8_t* p, const uint8_t* end, unsigned bits, bool is_signed) {
  const unsigned max_bytes = (bits + 6) / 7;
  uint64_t result = 0;
  for (unsigned i = 0; i < max_bytes; ++i) {
    if (p + i >= end) return {LebStatus::kIncomplete, 0, i};
    const uint8_t byte = p[i];
    const unsigned shift = 7 * i;
    if (i == max_bytes - 1) {
      // The last permitted byte: the payload bits past N must be zero (unsigned) or all equal
      // to the sign bit (signed). The reference interpreter checks this before the
      // continuation bit, so an over-long encoding with such bits set is "too large".
      const unsigned used = bits - shift;  // Payload bits of this byte that carry value.
      const uint8_t payload = byte & 0x7f;
      if (is_signed) {
        const uint8_t high = static_cast<uint8_t>(payload >> (used - 1));  // Sign and unused.
        if (high != 0 && high != (0x7f >> (used - 1))) return {LebStatus::kTooLarge, 0, i};
      } else if ((payload >> used) != 0) {
        return {LebStatus::kTooLarge, 0, i};
      }
      if (byte & 0x80) return {LebStatus::kTooLong, 0, i + 1};
    }
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      const unsigned next_shift = shift + 7;
      if (is_signed && next_shift < 64 && (byte & 0x40)) result |= ~uint64_t{0} << next_shift;
      return {LebStatus::kOk, result, i + 1};
    }
  }
  return {LebStatus::kTooLong, 0, max_bytes};  // Not reached: the last byte returns above.
}

inline LebResult DecodeU32(const uint8_t* p, const uint8_t* end) {
  return DecodeLeb(p, end, 32, false);
}
inline LebResult DecodeS32(const uint8_t* p, const uint8_t* end) {
  return DecodeLeb(p, end, 32, true);
}
inline LebResult DecodeS33(const uint8_t* p, const uint8_t* end) {
  return DecodeLeb(p, end, 33, true);
}
inline LebResult DecodeS64(const uint8_t* p, const uint8_t* end) {
  return DecodeLeb(p, end, 64, true);
}
inline LebResult DecodeU64(const uint8_t* p, const uint8_t* end) {
  return DecodeLeb(p, end, 64, false);
}

// The spec tests' wording for each malformedness; kIncomplete is the caller's to word.
constexpr std::string_view LebErrorMessage(LebStatus status) {
  switch (status) {
    case LebStatus::kTooLong:
      return "integer representation too long";
    case LebStatus::kTooLarge:
      return "integer too large";
    case LebStatus::kIncomplete:
      return "unexpected end";
    case LebStatus::kOk:
      break;
  }
  return "";
}

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_LEB128_H_
