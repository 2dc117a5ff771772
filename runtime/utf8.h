// UTF-8 validation for names (core spec 5.2.4): every name in a module must be valid UTF-8,
// i.e. the shortest encoding of a Unicode scalar value (no surrogates, nothing past U+10FFFF).
#ifndef LINEA_RUNTIME_UTF8_H_
#define LINEA_RUNTIME_UTF8_H_

#include <cstdint>
#include <span>

namespace linea::rt {

bool IsValidUtf8(std::span<const uint8_t> bytes);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_UTF8_H_
