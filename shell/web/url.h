// URL and URLSearchParams (shell/web/js/url.js over the WHATWG URL parser of
// shell/web/js/url_percent_encoding.js, url_host.js and url_parser.js, with ICU's UTS #46 for
// domain to ASCII).
#ifndef LINEA_SHELL_WEB_URL_H_
#define LINEA_SHELL_WEB_URL_H_

#include <v8.h>

#include <optional>
#include <string>

namespace linea::shell::web {

void InstallUrl(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// The serialized URL `input` names, resolved against the URL `base` (none: absolute only);
// nothing when it does not parse. Throws only if JavaScript fails (out of memory).
std::optional<std::string> ResolveUrl(v8::Local<v8::Context> context, const std::string& input,
                                      const std::optional<std::string>& base);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_URL_H_
