// Reads the immediates of a function body (core spec 5.2): bytes, LEB128 integers and float
// bits, with the spec tests' error wording ("unexpected end", "integer representation too
// long", "integer too large"). Errors carry the absolute module offset of the bad byte.
#ifndef LINEA_RUNTIME_COMPILE_COMPILER_READER_H_
#define LINEA_RUNTIME_COMPILE_COMPILER_READER_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>

#include "runtime/result.h"

namespace linea::rt {

class BodyReader {
 public:
  BodyReader(std::span<const uint8_t> bytes, size_t module_offset)
      : begin_(bytes.data()),
        p_(bytes.data()),
        end_(bytes.data() + bytes.size()),
        module_offset_(module_offset) {}

  bool at_end() const { return p_ == end_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  // Absolute module offset of the next byte.
  size_t offset() const { return module_offset_ + static_cast<size_t>(p_ - begin_); }

  // The first error, if any read failed.
  const std::optional<Error>& error() const { return error_; }

  bool ReadByte(uint8_t* out) {
    if (p_ == end_) return Fail("unexpected end of section or function");
    *out = *p_++;
    return true;
  }

  // The next byte without reading it, or -1 at the end.
  int PeekByte() const { return p_ != end_ ? *p_ : -1; }
  // The next byte, when the caller checked !at_end().
  uint8_t ReadByteNotAtEnd() { return *p_++; }

  [[gnu::always_inline]] bool ReadU32(uint32_t* out) {
    if (p_ != end_ && *p_ < 0x80) {  // Fast path: most immediates take one byte.
      *out = *p_++;
      return true;
    }
    uint64_t v;
    if (!ReadLeb(32, false, &v)) return false;
    *out = static_cast<uint32_t>(v);
    return true;
  }
  bool ReadS32(int32_t* out) {
    if (p_ != end_ && *p_ < 0x80) {
      *out = static_cast<int8_t>(*p_++ << 1) >> 1;  // Sign-extend bit 6.
      return true;
    }
    uint64_t v;
    if (!ReadLeb(32, true, &v)) return false;
    *out = static_cast<int32_t>(static_cast<uint32_t>(v));
    return true;
  }
  // Block types are signed 33-bit (a negative one-byte value or a type index).
  bool ReadS33(int64_t* out) {
    if (p_ != end_ && *p_ < 0x80) {  // Fast path: 0x40 (no values) and value types take one byte.
      *out = static_cast<int8_t>(*p_++ << 1) >> 1;  // Sign-extend bit 6.
      return true;
    }
    uint64_t v;
    if (!ReadLeb(33, true, &v)) return false;
    *out = static_cast<int64_t>(v);
    return true;
  }
  bool ReadU64(uint64_t* out) {
    if (p_ != end_ && *p_ < 0x80) {  // Memory offsets: mostly one byte.
      *out = *p_++;
      return true;
    }
    return ReadLeb(64, false, out);
  }
  bool ReadS64(int64_t* out) {
    if (p_ != end_ && *p_ < 0x80) {
      *out = static_cast<int8_t>(*p_++ << 1) >> 1;  // Sign-extend bit 6.
      return true;
    }
    uint64_t v;
    if (!ReadLeb(64, true, &v)) return false;
    *out = static_cast<int64_t>(v);
    return true;
  }
  // Little-endian fixed-size bits (f32.const, f64.const).
  bool ReadFixed(size_t n, uint64_t* out) {
    if (remaining() < n) {
      p_ = end_;
      return Fail("unexpected end of section or function");
    }
    uint64_t v = 0;
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(&v, p_, n);
    } else {
      for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(p_[i]) << (8 * i);
    }
    p_ += n;
    *out = v;
    return true;
  }

  bool Fail(std::string message) { return FailAt(offset(), std::move(message)); }
  bool FailAt(size_t offset, std::string message) {
    if (!error_) error_ = Error{std::move(message), offset};
    return false;
  }

 private:
  // LEB128 of at most ceil(bits / 7) bytes; in the last byte, the bits beyond `bits` must be
  // zero (unsigned) or copies of the sign bit (signed).
  bool ReadLeb(unsigned bits, bool is_signed, uint64_t* out) {
    const unsigned max_bytes = (bits + 6) / 7;
    uint64_t result = 0;
    unsigned shift = 0;
    for (unsigned i = 0;; ++i) {
      if (p_ == end_) return Fail("unexpected end of section or function");
      const size_t byte_offset = offset();
      const uint8_t byte = *p_++;
      if (i == max_bytes - 1) {
        if (byte & 0x80) return FailAt(byte_offset, "integer representation too long");
        const unsigned used = bits - 7 * i;  // Value bits in this byte: 1..7.
        if (is_signed) {
          const uint8_t high = static_cast<uint8_t>(byte >> (used - 1));  // Sign bit and above.
          if (high != 0 && high != (0x7f >> (used - 1))) {
            return FailAt(byte_offset, "integer too large");
          }
        } else if ((byte >> used) != 0) {
          return FailAt(byte_offset, "integer too large");
        }
      }
      result |= static_cast<uint64_t>(byte & 0x7f) << shift;
      shift += 7;
      if (!(byte & 0x80)) {
        if (is_signed && shift < 64 && (byte & 0x40)) result |= ~uint64_t{0} << shift;
        *out = result;
        return true;
      }
    }
  }

  const uint8_t* begin_;
  const uint8_t* p_;
  const uint8_t* end_;
  size_t module_offset_;
  std::optional<Error> error_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_COMPILER_READER_H_
