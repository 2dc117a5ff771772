#include "shell/output.h"

#include <cstdio>

namespace linea::shell {

void WriteStdout(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

void WriteStderr(std::string_view text) {
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void FlushOutput() {
  std::fflush(stdout);
  std::fflush(stderr);
}

}  // namespace linea::shell
