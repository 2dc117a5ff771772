#include "runtime/utf8.h"

#include <cstddef>

namespace linea::rt {

namespace {

// What a leading byte announces: how many continuation bytes follow, and the range the second
// byte must fall in. Narrowing the second byte's range is what rules out overlong encodings,
// surrogates (U+D800..U+DFFF) and values past U+10FFFF (Unicode table 3-7).
struct LeadInfo {
  uint8_t continuation_bytes;
  uint8_t second_min;
  uint8_t second_max;
};

bool Lead(uint8_t byte, LeadInfo* info) {
  if (byte >= 0xc2 && byte <= 0xdf) {
    *info = {1, 0x80, 0xbf};
  } else if (byte == 0xe0) {
    *info = {2, 0xa0, 0xbf};
  } else if (byte == 0xed) {
    *info = {2, 0x80, 0x9f};
  } else if (byte >= 0xe1 && byte <= 0xef) {
    *info = {2, 0x80, 0xbf};
  } else if (byte == 0xf0) {
    *info = {3, 0x90, 0xbf};
  } else if (byte >= 0xf1 && byte <= 0xf3) {
    *info = {3, 0x80, 0xbf};
  } else if (byte == 0xf4) {
    *info = {3, 0x80, 0x8f};
  } else {
    return false;  // A continuation byte, 0xc0/0xc1 (always overlong) or 0xf5..0xff.
  }
  return true;
}

}  // namespace

bool IsValidUtf8(std::span<const uint8_t> bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    const uint8_t byte = bytes[i];
    if (byte < 0x80) {
      ++i;
      continue;
    }
    LeadInfo info;
    if (!Lead(byte, &info)) return false;
    if (bytes.size() - i <= info.continuation_bytes) return false;
    const uint8_t second = bytes[i + 1];
    if (second < info.second_min || second > info.second_max) return false;
    for (size_t k = 2; k <= info.continuation_bytes; ++k) {
      if ((bytes[i + k] & 0xc0) != 0x80) return false;
    }
    i += 1 + info.continuation_bytes;
  }
  return true;
}

}  // namespace linea::rt
