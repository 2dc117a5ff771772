// UTF-8 as the Encoding Standard defines it (https://encoding.spec.whatwg.org/#utf-8), for
// TextEncoder, TextDecoder and Response.text().
#ifndef LINEA_SHELL_UTF8_H_
#define LINEA_SHELL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace linea::shell {

struct Utf8DecodeResult {
  size_t consumed = 0;  // Bytes decoded; the rest is an incomplete sequence kept for later.
  bool error = false;   // Only in fatal mode: the input is not valid UTF-8.
};

// Decodes `bytes` into UTF-16 appended to `out`. Invalid sequences become U+FFFD (or, when
// `fatal`, stop decoding with error set). Without `flush`, an incomplete sequence at the end is
// left unconsumed for the next call; with it, it is an error too.
Utf8DecodeResult DecodeUtf8(std::span<const uint8_t> bytes, bool fatal, bool flush,
                            std::u16string& out);

struct Utf8EncodeResult {
  size_t read = 0;     // UTF-16 code units consumed.
  size_t written = 0;  // Bytes produced.
};

// Encodes UTF-16 (lone surrogates become U+FFFD) into at most `capacity` bytes of `out`, never
// splitting a character: TextEncoder.encodeInto. With `out` null, only counts (up to
// `capacity`).
Utf8EncodeResult EncodeUtf8(std::u16string_view text, uint8_t* out, size_t capacity);

}  // namespace linea::shell

#endif  // LINEA_SHELL_UTF8_H_
