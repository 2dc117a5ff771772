#include "shell/utf8.h"

#include <optional>

#include "runtime/utf8.h"

namespace linea::shell {

Utf8DecodeResult DecodeUtf8(std::span<const uint8_t> bytes, bool fatal, bool flush,
                            std::u16string& out) {
  Utf8DecodeResult result;
  uint32_t code_point = 0;
  int bytes_needed = 0;
  int bytes_seen = 0;
  uint8_t lower = 0x80;
  uint8_t upper = 0xBF;
  size_t sequence_start = 0;

  auto emit = [&out](uint32_t c) {
    if (c < 0x10000) {
      out.push_back(static_cast<char16_t>(c));
    } else {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    }
  };

  size_t i = 0;
  while (i < bytes.size()) {
    uint8_t byte = bytes[i];
    if (bytes_needed == 0) {
      sequence_start = i;
      if (byte <= 0x7F) {
        emit(byte);
      } else if (std::optional<rt::Utf8Lead> lead = rt::Utf8LeadByte(byte)) {
        bytes_needed = lead->continuation_bytes;
        lower = lead->second_min;
        upper = lead->second_max;
        code_point = byte & (0x3F >> bytes_needed);  // The payload bits of the leading byte.
      } else {
        if (fatal) {
          result.error = true;
          result.consumed = i;
          return result;
        }
        emit(0xFFFD);
      }
      i++;
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence ends early: one U+FFFD, and this byte starts afresh (not consumed).
      code_point = 0;
      bytes_needed = 0;
      bytes_seen = 0;
      lower = 0x80;
      upper = 0xBF;
      if (fatal) {
        result.error = true;
        result.consumed = sequence_start;
        return result;
      }
      emit(0xFFFD);
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    code_point = (code_point << 6) | (byte & 0x3F);
    bytes_seen++;
    i++;
    if (bytes_seen == bytes_needed) {
      emit(code_point);
      code_point = 0;
      bytes_needed = 0;
      bytes_seen = 0;
    }
  }
  if (bytes_needed != 0) {
    if (!flush) {
      result.consumed = sequence_start;
      return result;
    }
    if (fatal) {
      result.error = true;
      result.consumed = sequence_start;
      return result;
    }
    emit(0xFFFD);
  }
  result.consumed = bytes.size();
  return result;
}

Utf8EncodeResult EncodeUtf8(std::u16string_view text, uint8_t* out, size_t capacity) {
  Utf8EncodeResult result;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t c = text[i];
    size_t units = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      units = 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;  // A lone surrogate.
    }
    uint8_t encoded[4];
    size_t length;
    if (c < 0x80) {
      encoded[0] = static_cast<uint8_t>(c);
      length = 1;
    } else if (c < 0x800) {
      encoded[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
      encoded[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      length = 2;
    } else if (c < 0x10000) {
      encoded[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
      encoded[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      encoded[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      length = 3;
    } else {
      encoded[0] = static_cast<uint8_t>(0xF0 | (c >> 18));
      encoded[1] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
      encoded[2] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
      encoded[3] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      length = 4;
    }
    if (result.written + length > capacity) break;
    if (out != nullptr) {
      for (size_t k = 0; k < length; k++) out[result.written + k] = encoded[k];
    }
    result.written += length;
    result.read += units;
    i += units;
  }
  return result;
}

}  // namespace linea::shell
