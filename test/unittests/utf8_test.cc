// UTF-8 validation of names (core spec 5.2.4).
#include "runtime/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace linea::rt {
namespace {

bool Valid(std::vector<uint8_t> bytes) { return IsValidUtf8(bytes); }

TEST(Utf8Test, ValidSequences) {
  EXPECT_TRUE(Valid({}));
  EXPECT_TRUE(Valid({'a', 'b', 0x00, 0x7f}));
  EXPECT_TRUE(Valid({0xc2, 0x80}));              // U+0080, the first 2-byte character.
  EXPECT_TRUE(Valid({0xdf, 0xbf}));              // U+07FF
  EXPECT_TRUE(Valid({0xe0, 0xa0, 0x80}));        // U+0800
  EXPECT_TRUE(Valid({0xed, 0x9f, 0xbf}));        // U+D7FF, just below the surrogates.
  EXPECT_TRUE(Valid({0xee, 0x80, 0x80}));        // U+E000, just above them.
  EXPECT_TRUE(Valid({0xef, 0xbf, 0xbf}));        // U+FFFF
  EXPECT_TRUE(Valid({0xf0, 0x90, 0x80, 0x80}));  // U+10000
  EXPECT_TRUE(Valid({0xf4, 0x8f, 0xbf, 0xbf}));  // U+10FFFF, the last scalar value.
}

TEST(Utf8Test, Overlong) {
  EXPECT_FALSE(Valid({0xc0, 0x80}));
  EXPECT_FALSE(Valid({0xc1, 0xbf}));
  EXPECT_FALSE(Valid({0xe0, 0x9f, 0xbf}));
  EXPECT_FALSE(Valid({0xf0, 0x8f, 0xbf, 0xbf}));
}

TEST(Utf8Test, SurrogatesAndOutOfRange) {
  EXPECT_FALSE(Valid({0xed, 0xa0, 0x80}));        // U+D800
  EXPECT_FALSE(Valid({0xed, 0xbf, 0xbf}));        // U+DFFF
  EXPECT_FALSE(Valid({0xf4, 0x90, 0x80, 0x80}));  // U+110000
  EXPECT_FALSE(Valid({0xf5, 0x80, 0x80, 0x80}));
  EXPECT_FALSE(Valid({0xff}));
}

TEST(Utf8Test, BrokenSequences) {
  EXPECT_FALSE(Valid({0x80}));              // A continuation byte alone.
  EXPECT_FALSE(Valid({0xc2}));              // Truncated.
  EXPECT_FALSE(Valid({0xe1, 0x80}));        // Truncated.
  EXPECT_FALSE(Valid({0xf1, 0x80, 0x80}));  // Truncated.
  EXPECT_FALSE(Valid({0xc2, 0x41}));        // Not a continuation byte.
  EXPECT_FALSE(Valid({0xe1, 0x80, 0xc0}));
  EXPECT_FALSE(Valid({0xf1, 0x80, 0x80, 0x7f}));
  EXPECT_FALSE(Valid({'a', 0xc2, 0x80, 0x80}));  // One continuation byte too many.
}

}  // namespace
}  // namespace linea::rt
