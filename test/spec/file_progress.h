// How far one script got: its counts and the command running. The record is plain data so it
// can live in memory shared with the parent process; if the runtime crashes the child, the
// parent still knows the counts so far and which command was running.
#ifndef LINEA_TEST_SPEC_FILE_PROGRESS_H_
#define LINEA_TEST_SPEC_FILE_PROGRESS_H_

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "test/spec/status_file.h"

namespace linea::spectest {

struct FileProgress {
  uint32_t passed = 0;
  uint32_t failed = 0;      // All failed commands, expected or not.
  uint32_t unexpected = 0;  // Failed commands no status entry covers.
  uint32_t skipped = 0;
  uint32_t line = 0;                 // Script line of the command running (or run last).
  char command[160] = {};            // Short description of that command.
  char first_unexpected[1024] = {};  // "line N: what went wrong" of the first unexpected failure.
  char first_failure[1024] = {};     // The same of the first failure of any kind.
  uint32_t entry_failures[kMaxEntriesPerScript] = {};  // Failed commands per status entry.
  bool finished = false;  // The whole script ran: no crash, no timeout.
};
static_assert(std::is_trivially_copyable_v<FileProgress>);

// Copies `text` into `buffer`, truncating, always NUL-terminated.
template <size_t N>
void CopyTruncated(char (&buffer)[N], std::string_view text) {
  size_t n = text.size() < N - 1 ? text.size() : N - 1;
  text.copy(buffer, n);
  buffer[n] = '\0';
}

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_FILE_PROGRESS_H_
