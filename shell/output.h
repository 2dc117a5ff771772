// Writing to the standard streams. stdout is flushed before anything goes to stderr, so the two
// interleave in the order they were written when they share a terminal or a file.
#ifndef LINEA_SHELL_OUTPUT_H_
#define LINEA_SHELL_OUTPUT_H_

#include <string_view>

namespace linea::shell {

void WriteStdout(std::string_view text);
void WriteStderr(std::string_view text);
// Flushes both streams (before the process ends).
void FlushOutput();

}  // namespace linea::shell

#endif  // LINEA_SHELL_OUTPUT_H_
