// Synchronous file access for startup and the d8-style globals (read, readbuffer, load).
// Everything asynchronous (fetch) goes through libuv instead.
#ifndef LINEA_SHELL_FILES_H_
#define LINEA_SHELL_FILES_H_

#include <optional>
#include <string>

namespace linea::shell {

// The whole file, or nothing with `error` set to a message naming the path and the reason.
std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error);

// Everything on stdin.
std::string ReadAllStdin();

// `path` made absolute against `base` (a directory) and normalized lexically.
std::string ResolvePath(const std::string& base, const std::string& path);

// The directory part of an absolute path.
std::string DirectoryOf(const std::string& path);

}  // namespace linea::shell

#endif  // LINEA_SHELL_FILES_H_
