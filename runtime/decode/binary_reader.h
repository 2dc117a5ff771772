// A cursor over one bounded region of a module binary (a section, a name subsection) that
// reads the binary format's primitive values (core spec 5.1-5.2). Errors are sticky: after
// the first one every read returns a zero value and the error stays as it was, so decoding
// code can read a whole construct and check ok() once.
#ifndef LINEA_RUNTIME_DECODE_BINARY_READER_H_
#define LINEA_RUNTIME_DECODE_BINARY_READER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "runtime/decode/leb128.h"
#include "runtime/result.h"
#include "runtime/types.h"

namespace linea::rt {

class BinaryReader {
 public:
  // `base_offset` is the offset of bytes[0] in the module, so errors carry module offsets.
  BinaryReader(std::span<const uint8_t> bytes, size_t base_offset)
      : bytes_(bytes), base_offset_(base_offset) {}

  // Bytes that follow the region in the module, if any are known (they must directly follow
  // it in memory). They are never read as content, only to word an integer that runs over
  // the end of the region as the reference interpreter does, which reads on: an over-long
  // integer is "integer representation too long" wherever it ends.
  void set_lookahead(std::span<const uint8_t> after);
  static constexpr size_t kMaxLookahead = 9;  // An s64 has at most 9 bytes past the first.

  // An integer cut off by the end of the region when the lookahead was too short to word the
  // error: the module is malformed either way, but whether it is "integer representation
  // too long" depends on bytes still to come (see StreamingDecoder).
  struct CutInteger {
    size_t offset;  // Module offset of its first byte.
    unsigned bits;
    bool is_signed;
  };
  const std::optional<CutInteger>& cut_integer() const { return cut_integer_; }

  bool ok() const { return !error_.has_value(); }
  const Error& error() const { return *error_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  size_t remaining() const { return bytes_.size() - pos_; }
  size_t offset() const { return base_offset_ + pos_; }  // Of the next byte.

  // Records an error (unless one is already recorded) at `offset` or at the current offset.
  void Fail(std::string message) { Fail(offset(), std::move(message)); }
  void Fail(size_t offset, std::string message);

  uint8_t U8();
  std::optional<uint8_t> PeekU8() const;
  uint32_t U32();
  int32_t S32();
  int64_t S64();
  uint32_t F32Bits();
  uint64_t F64Bits();
  std::span<const uint8_t> Bytes(size_t count);

  // A length or vector count: besides being a u32 it must not exceed what is left of the
  // region. The spec tests distinguish a length far past the end ("length out of bounds")
  // from one that runs just past it (reading fails: "unexpected end of section or
  // function"); like the reference interpreter, the allowance is measured from the start of
  // the length field itself.
  uint32_t Length();
  // A vector count whose elements each take at least one byte.
  uint32_t Count() { return Length(); }

  // A length-prefixed UTF-8 name ("malformed UTF-8 encoding" if it is not valid UTF-8).
  std::string Name();

  // Value types and reference types from their one-byte encodings.
  ValType ReadValType();
  ValType ReadRefType();
  // A byte the reference interpreter reads as a 7-bit signed LEB128 (type constructors): a
  // set continuation bit is "integer representation too long".
  uint8_t TypeByte();
  // The flags byte of limits (3.0): bit 0 says a maximum follows, bit 2 that the memory or
  // table is 64-bit; a memory's may also have bit 1, shared (threads proposal). Any other
  // bit is malformed.
  static constexpr uint8_t kTableLimitsFlags = 0x05;
  static constexpr uint8_t kMemoryLimitsFlags = 0x07;
  uint8_t LimitsFlags(uint8_t allowed = kTableLimitsFlags);
  uint64_t U64();

 private:
  // Decodes an integer at the cursor; on failure records the error and returns nullopt.
  std::optional<uint64_t> Leb(unsigned bits, bool is_signed);

  std::span<const uint8_t> bytes_;
  size_t lookahead_ = 0;  // Bytes known past the end of bytes_.
  size_t base_offset_;
  size_t pos_ = 0;
  std::optional<Error> error_;
  std::optional<CutInteger> cut_integer_;
};

// Message for reading past the end of a section or function body (the spec tests' wording).
inline constexpr std::string_view kUnexpectedEndOfSection = "unexpected end of section or function";
// The check BinaryReader::Length() applies, shared with the streaming decoder, which checks
// lengths of sections and bodies before their bytes have arrived. `leb_length` is the size
// of the length field and `remaining` what follows it. Returns the error message, or empty.
std::string_view CheckLength(uint64_t length, size_t leb_length, uint64_t remaining);

// "0x1a2": offsets in messages are hexadecimal, as in other engines' messages and hex dumps.
std::string HexOffset(size_t offset);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_BINARY_READER_H_
