// fetch() of local files, with the Headers and Response classes (shell/js/response.js).
// A relative URL resolves against the running script's directory, as against a page's base URL;
// file: URLs, data: URLs and absolute paths work; other schemes are refused with a TypeError.
#ifndef LINEA_SHELL_FETCH_H_
#define LINEA_SHELL_FETCH_H_

#include <v8.h>

#include <memory>
#include <optional>
#include <string>

namespace linea::shell {

class Body;

void InstallFetch(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// What the shell knows of one of its Response objects.
struct ResponseInfo {
  bool ok = false;
  int status = 0;
  std::optional<std::string> content_type;  // The Content-Type header, if any.
  std::shared_ptr<Body> body;               // Null for a null body.
};

// Fills `info` when `value` is a Response made by this shell (not a look-alike); false otherwise.
bool DescribeResponse(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      ResponseInfo* info);

// The file path a fetch() URL names, resolved against `base_directory`; nothing (with `error`
// set) for URLs that are not local files.
std::optional<std::string> FileUrlToPath(const std::string& url, const std::string& base_directory,
                                         std::string* error);

// The file: URL of an absolute path (percent-encoding what URL paths cannot hold).
std::string PathToFileUrl(const std::string& path);

// The Content-Type fetch() gives a file, from its extension.
std::string ContentTypeForPath(const std::string& path);

}  // namespace linea::shell

#endif  // LINEA_SHELL_FETCH_H_
