// UTF-8 validation for names (core spec 5.2.4): every name in a module must be valid UTF-8,
// i.e. the shortest encoding of a Unicode scalar value (no surrogates, nothing past U+10FFFF).
#ifndef LINEA_RUNTIME_UTF8_H_
#define LINEA_RUNTIME_UTF8_H_

#include <cstdint>
#include <optional>
#include <span>

namespace linea::rt {

bool IsValidUtf8(std::span<const uint8_t> bytes);

// What a leading byte announces: how many continuation bytes follow, and the range the second
// byte must fall in. Narrowing the second byte's range is what rules out overlong encodings,
// surrogates (U+D800..U+DFFF) and values past U+10FFFF (Unicode table 3-7; the Encoding
// Standard's UTF-8 decoder has the same bounds). The shell's TextDecoder uses it too.
struct Utf8Lead {
  uint8_t continuation_bytes;
  uint8_t second_min;
  uint8_t second_max;
};
// nullopt for a byte that cannot start a multi-byte sequence: ASCII, a continuation byte,
// 0xc0/0xc1 (always overlong) or 0xf5..0xff.
std::optional<Utf8Lead> Utf8LeadByte(uint8_t byte);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_UTF8_H_
