// The decoders of the Encoding Standard (https://encoding.spec.whatwg.org/): UTF-8 by linea's own
// codec (shell/utf8.h), x-user-defined by its one-line rule, every other encoding by an ICU
// converter. Each keeps the state of a stream between calls.
#ifndef LINEA_SHELL_WEB_DECODERS_H_
#define LINEA_SHELL_WEB_DECODERS_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace linea::shell::web {

class Decoder {
 public:
  virtual ~Decoder() = default;
  // Appends the text of `bytes` to `out`. Errors become U+FFFD, or, when `fatal`, stop decoding
  // and return false. Without `flush` an incomplete sequence at the end waits for the next call;
  // with it (and after an error) the decoder starts afresh.
  virtual bool Decode(std::span<const uint8_t> bytes, bool fatal, bool flush,
                      std::u16string& out) = 0;
};

// The decoder of the encoding named `name` (an Encoding Standard name in lower case, as
// TextDecoder.encoding gives it); null, with `error` set, for one ICU cannot open.
std::unique_ptr<Decoder> MakeDecoder(std::string_view name, std::string* error);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_DECODERS_H_
