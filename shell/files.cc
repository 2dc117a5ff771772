#include "shell/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace linea::shell {

std::optional<std::string> ReadWholeFile(const std::string& path, std::string* error) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    *error = "cannot open '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  std::string contents;
  char buffer[65536];
  size_t count;
  while ((count = std::fread(buffer, 1, sizeof buffer, file)) > 0) contents.append(buffer, count);
  bool failed = std::ferror(file) != 0;
  int saved_errno = errno;
  std::fclose(file);
  if (failed) {
    *error = "cannot read '" + path + "': " + std::strerror(saved_errno);
    return std::nullopt;
  }
  return contents;
}

std::string ReadAllStdin() {
  std::string contents;
  char buffer[65536];
  size_t count;
  while ((count = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) contents.append(buffer, count);
  return contents;
}

std::string ResolvePath(const std::string& base, const std::string& path) {
  std::filesystem::path result(path);
  if (result.is_relative()) result = std::filesystem::path(base) / result;
  return result.lexically_normal().string();
}

std::string DirectoryOf(const std::string& path) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? "/" : parent.string();
}

}  // namespace linea::shell
