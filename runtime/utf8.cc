#include "runtime/utf8.h"

#include <cstddef>

namespace linea::rt {

std::optional<Utf8Lead> Utf8LeadByte(uint8_t byte) {
  if (byte >= 0xc2 && byte <= 0xdf) return Utf8Lead{1, 0x80, 0xbf};
  if (byte == 0xe0) return Utf8Lead{2, 0xa0, 0xbf};
  if (byte == 0xed) return Utf8Lead{2, 0x80, 0x9f};
  if (byte >= 0xe1 && byte <= 0xef) return Utf8Lead{2, 0x80, 0xbf};
  if (byte == 0xf0) return Utf8Lead{3, 0x90, 0xbf};
  if (byte >= 0xf1 && byte <= 0xf3) return Utf8Lead{3, 0x80, 0xbf};
  if (byte == 0xf4) return Utf8Lead{3, 0x80, 0x8f};
  return std::nullopt;
}

bool IsValidUtf8(std::span<const uint8_t> bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    const uint8_t byte = bytes[i];
    if (byte < 0x80) {
      ++i;
      continue;
    }
    const std::optional<Utf8Lead> lead = Utf8LeadByte(byte);
    if (!lead) return false;
    if (bytes.size() - i <= lead->continuation_bytes) return false;
    const uint8_t second = bytes[i + 1];
    if (second < lead->second_min || second > lead->second_max) return false;
    for (size_t k = 2; k <= lead->continuation_bytes; ++k) {
      if ((bytes[i + k] & 0xc0) != 0x80) return false;
    }
    i += 1 + lead->continuation_bytes;
  }
  return true;
}

}  // namespace linea::rt
