// atob and btoa (HTML), over the Infra Standard's forgiving-base64.
#ifndef LINEA_SHELL_WEB_BASE64_H_
#define LINEA_SHELL_WEB_BASE64_H_

#include <v8.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace linea::shell::web {

void InstallBase64(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// Infra's "forgiving-base64 decode": nothing for input that is not base64.
std::optional<std::vector<uint8_t>> ForgivingBase64Decode(std::u16string_view input);

// Infra's "forgiving-base64 encode".
std::string Base64Encode(std::span<const uint8_t> bytes);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_BASE64_H_
