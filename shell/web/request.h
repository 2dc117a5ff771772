// Request of the Fetch Standard (shell/web/js/request.js), and what fetch() needs of one.
#ifndef LINEA_SHELL_WEB_REQUEST_H_
#define LINEA_SHELL_WEB_REQUEST_H_

#include <v8.h>

#include <optional>
#include <string>

namespace linea::shell::web {

// `fetch_exports` holds Headers and Response (shell/js/response.js).
void InstallRequest(v8::Local<v8::Context> context, v8::Local<v8::Object> global,
                    v8::Local<v8::Object> fetch_exports);

struct RequestFacts {
  std::string url;
  std::string method;
  bool aborted = false;
  v8::Local<v8::Value> reason;  // The signal's abort reason, when aborted.
};

// The facts of `value` when it is a Request; nothing otherwise.
std::optional<RequestFacts> DescribeRequest(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> value);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_REQUEST_H_
