// data: URLs (the Fetch Standard's "data: URL processor"), for fetch().
#ifndef LINEA_SHELL_WEB_DATA_URL_H_
#define LINEA_SHELL_WEB_DATA_URL_H_

#include <v8.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace linea::shell::web {

struct DataUrl {
  std::string mime_type;  // Serialized, e.g. "text/plain;charset=US-ASCII".
  std::vector<uint8_t> body;
};

// The MIME type and body of the data: URL `url`; nothing when it is not a valid data: URL.
std::optional<DataUrl> ProcessDataUrl(v8::Local<v8::Context> context, const std::string& url);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_DATA_URL_H_
