#include "runtime/decode/binary_reader.h"

#include <algorithm>
#include <cstdio>

#include "runtime/utf8.h"

namespace linea::rt {

std::string HexOffset(size_t offset) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%zx", offset);
  return buffer;
}

std::string_view CheckLength(uint64_t length, size_t leb_length, uint64_t remaining) {
  if (length > remaining + leb_length) return "length out of bounds";
  if (length > remaining) return kUnexpectedEndOfSection;
  return {};
}

void BinaryReader::Fail(size_t offset, std::string message) {
  if (error_) return;
  error_ = Error{std::move(message), offset};
  pos_ = bytes_.size();  // Nothing more is read after an error.
}

void BinaryReader::set_lookahead(std::span<const uint8_t> after) {
  if (after.data() == bytes_.data() + bytes_.size()) {
    lookahead_ = std::min(after.size(), kMaxLookahead);
  }
}

uint8_t BinaryReader::U8() {
  if (!ok()) return 0;
  if (pos_ >= bytes_.size()) {
    Fail(std::string(kUnexpectedEndOfSection));
    return 0;
  }
  return bytes_[pos_++];
}

std::optional<uint8_t> BinaryReader::PeekU8() const {
  if (!ok() || pos_ >= bytes_.size()) return std::nullopt;
  return bytes_[pos_];
}

std::optional<uint64_t> BinaryReader::Leb(unsigned bits, bool is_signed) {
  if (!ok()) return std::nullopt;
  const uint8_t* start = bytes_.data() + pos_;
  const uint8_t* end = bytes_.data() + bytes_.size();
  LebResult r = DecodeLeb(start, end, bits, is_signed);
  if (r.status == LebStatus::kIncomplete && r.length > 0) {
    // Cut off by the end of the region: word it by what the following bytes make of it.
    LebResult extended = DecodeLeb(start, end + lookahead_, bits, is_signed);
    if (extended.status == LebStatus::kTooLong || extended.status == LebStatus::kTooLarge) {
      r = extended;
    } else if (extended.status == LebStatus::kIncomplete && ok()) {
      cut_integer_ = CutInteger{offset(), bits, is_signed};
    }
  }
  switch (r.status) {
    case LebStatus::kOk:
      pos_ += r.length;
      return r.value;
    case LebStatus::kIncomplete:
      Fail(base_offset_ + bytes_.size(), std::string(kUnexpectedEndOfSection));
      return std::nullopt;
    case LebStatus::kTooLong:
    case LebStatus::kTooLarge:
      Fail(offset() + r.length, std::string(LebErrorMessage(r.status)));
      return std::nullopt;
  }
  return std::nullopt;
}

uint32_t BinaryReader::U32() { return static_cast<uint32_t>(Leb(32, false).value_or(0)); }

int32_t BinaryReader::S32() {
  return static_cast<int32_t>(static_cast<uint32_t>(Leb(32, true).value_or(0)));
}

int64_t BinaryReader::S64() { return static_cast<int64_t>(Leb(64, true).value_or(0)); }

std::span<const uint8_t> BinaryReader::Bytes(size_t count) {
  if (!ok()) return {};
  if (count > remaining()) {
    Fail(base_offset_ + bytes_.size(), std::string(kUnexpectedEndOfSection));
    return {};
  }
  std::span<const uint8_t> result = bytes_.subspan(pos_, count);
  pos_ += count;
  return result;
}

uint32_t BinaryReader::F32Bits() {
  std::span<const uint8_t> b = Bytes(4);
  if (b.empty()) return 0;
  return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 |
         static_cast<uint32_t>(b[2]) << 16 | static_cast<uint32_t>(b[3]) << 24;
}

uint64_t BinaryReader::F64Bits() {
  std::span<const uint8_t> b = Bytes(8);
  if (b.empty()) return 0;
  uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) bits = bits << 8 | b[i];
  return bits;
}

uint32_t BinaryReader::Length() {
  const size_t start = pos_;
  const uint32_t length = U32();
  if (!ok()) return 0;
  std::string_view problem = CheckLength(length, pos_ - start, remaining());
  if (!problem.empty()) {
    // "length out of bounds" points at the length; running off the end points at the end.
    Fail(problem == kUnexpectedEndOfSection ? base_offset_ + bytes_.size() : base_offset_ + start,
         std::string(problem));
    return 0;
  }
  return length;
}

std::string BinaryReader::Name() {
  const uint32_t length = Length();
  const size_t start = offset();
  std::span<const uint8_t> bytes = Bytes(length);
  if (!ok()) return {};
  if (!IsValidUtf8(bytes)) {
    Fail(start, "malformed UTF-8 encoding");
    return {};
  }
  return std::string(bytes.begin(), bytes.end());
}

uint8_t BinaryReader::TypeByte() {
  const size_t at = offset();
  const uint8_t byte = U8();
  if (ok() && (byte & 0x80)) Fail(at + 1, std::string(LebErrorMessage(LebStatus::kTooLong)));
  return ok() ? byte : 0;
}

uint8_t BinaryReader::LimitsFlags(uint8_t allowed) {
  const size_t at = offset();
  const uint8_t flags = U8();
  if (ok() && (flags & ~allowed) != 0) Fail(at, "malformed limits flags");
  return flags;
}

uint64_t BinaryReader::U64() { return Leb(64, false).value_or(0); }

ValType BinaryReader::ReadValType() {
  const size_t at = offset();
  const uint8_t byte = TypeByte();
  if (!ok()) return ValType::kI32;
  std::optional<ValType> type = ValTypeFromByte(byte);
  if (!type) {
    Fail(at, "malformed value type");
    return ValType::kI32;
  }
  return *type;
}

ValType BinaryReader::ReadRefType() {
  const size_t at = offset();
  const uint8_t byte = TypeByte();
  if (!ok()) return ValType::kFuncRef;
  std::optional<ValType> type = ValTypeFromByte(byte);
  if (!type || !IsRefType(*type)) {
    Fail(at, "malformed reference type");
    return ValType::kFuncRef;
  }
  return *type;
}

}  // namespace linea::rt
