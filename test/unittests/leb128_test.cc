// LEB128 decoding and its malformedness rules (core spec 5.2.2).
#include "runtime/decode/leb128.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace linea::rt {
namespace {

LebResult U32(std::vector<uint8_t> b) { return DecodeU32(b.data(), b.data() + b.size()); }
LebResult S32(std::vector<uint8_t> b) { return DecodeS32(b.data(), b.data() + b.size()); }
LebResult S33(std::vector<uint8_t> b) { return DecodeS33(b.data(), b.data() + b.size()); }
LebResult S64(std::vector<uint8_t> b) { return DecodeS64(b.data(), b.data() + b.size()); }
LebResult U64(std::vector<uint8_t> b) { return DecodeU64(b.data(), b.data() + b.size()); }

void ExpectValue(const LebResult& r, uint64_t value, size_t length) {
  EXPECT_EQ(r.status, LebStatus::kOk);
  EXPECT_EQ(r.value, value);
  EXPECT_EQ(r.length, length);
}

TEST(Leb128Test, Unsigned32) {
  ExpectValue(U32({0x00}), 0, 1);
  ExpectValue(U32({0x7f}), 127, 1);
  ExpectValue(U32({0x80, 0x01}), 128, 2);
  ExpectValue(U32({0xe5, 0x8e, 0x26}), 624485, 3);
  ExpectValue(U32({0xff, 0xff, 0xff, 0xff, 0x0f}), 0xffffffff, 5);
  // Redundant zero continuation bytes are allowed up to the maximum length.
  ExpectValue(U32({0x80, 0x80, 0x80, 0x80, 0x00}), 0, 5);
  ExpectValue(U32({0x81, 0x00, 0xff}), 1, 2);  // Stops at the first byte without bit 7.
}

TEST(Leb128Test, Unsigned32Malformed) {
  EXPECT_EQ(U32({0x80, 0x80, 0x80, 0x80, 0x80, 0x00}).status, LebStatus::kTooLong);
  EXPECT_EQ(U32({0x80, 0x80, 0x80, 0x80, 0x80}).status, LebStatus::kTooLong);
  // Bits past the 32nd set in the fifth byte.
  EXPECT_EQ(U32({0xff, 0xff, 0xff, 0xff, 0x1f}).status, LebStatus::kTooLarge);
  EXPECT_EQ(U32({0x80, 0x80, 0x80, 0x80, 0x70}).status, LebStatus::kTooLarge);
  // The unused bits are checked before the continuation bit, as the reference does.
  EXPECT_EQ(U32({0x80, 0x80, 0x80, 0x80, 0x90, 0x00}).status, LebStatus::kTooLarge);
  EXPECT_EQ(U32({}).status, LebStatus::kIncomplete);
  EXPECT_EQ(U32({0x80, 0x80}).status, LebStatus::kIncomplete);
}

TEST(Leb128Test, Signed32) {
  ExpectValue(S32({0x00}), 0, 1);
  ExpectValue(S32({0x7f}), static_cast<uint64_t>(-1), 1);
  ExpectValue(S32({0x40}), static_cast<uint64_t>(-64), 1);
  ExpectValue(S32({0x3f}), 63, 1);
  ExpectValue(S32({0xc0, 0xbb, 0x78}), static_cast<uint64_t>(-123456), 3);
  ExpectValue(S32({0x80, 0x80, 0x80, 0x80, 0x78}), static_cast<uint64_t>(INT64_C(-2147483648)), 5);
  ExpectValue(S32({0xff, 0xff, 0xff, 0xff, 0x07}), 2147483647, 5);
  ExpectValue(S32({0xff, 0xff, 0xff, 0xff, 0x7f}), static_cast<uint64_t>(-1), 5);
  EXPECT_EQ(S32({0xff, 0xff, 0xff, 0xff, 0x0f}).status, LebStatus::kTooLarge);
  EXPECT_EQ(S32({0x80, 0x80, 0x80, 0x80, 0x70}).status, LebStatus::kTooLarge);
  EXPECT_EQ(S32({0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}).status, LebStatus::kTooLong);
}

TEST(Leb128Test, Signed33ForBlockTypes) {
  ExpectValue(S33({0x40}), static_cast<uint64_t>(-64), 1);
  ExpectValue(S33({0xff, 0xff, 0xff, 0xff, 0x0f}), 0xffffffff, 5);
  ExpectValue(S33({0x80, 0x80, 0x80, 0x80, 0x70}), static_cast<uint64_t>(INT64_C(-4294967296)), 5);
  EXPECT_EQ(S33({0x80, 0x80, 0x80, 0x80, 0x10}).status, LebStatus::kTooLarge);
}

TEST(Leb128Test, SixtyFourBits) {
  ExpectValue(S64({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}),
              0x8000000000000000u, 10);
  ExpectValue(S64({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}),
              0x7fffffffffffffffu, 10);
  EXPECT_EQ(S64({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02}).status,
            LebStatus::kTooLarge);
  EXPECT_EQ(S64({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x41}).status,
            LebStatus::kTooLarge);
  EXPECT_EQ(S64({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}).status,
            LebStatus::kTooLong);
  ExpectValue(U64({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}),
              0xffffffffffffffffu, 10);
  EXPECT_EQ(U64({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x03}).status,
            LebStatus::kTooLarge);
}

TEST(Leb128Test, Messages) {
  EXPECT_EQ(LebErrorMessage(LebStatus::kTooLong), "integer representation too long");
  EXPECT_EQ(LebErrorMessage(LebStatus::kTooLarge), "integer too large");
}

}  // namespace
}  // namespace linea::rt
