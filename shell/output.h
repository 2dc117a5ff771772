// Writing to the standard streams. stdout is flushed before anything goes to stderr, so the two
// interleave in the order they were written when they share a terminal or a file. A stream
// whose reader is gone (EPIPE: SIGPIPE is ignored, see exit_watchdog.h) silently drops the rest
// of its output, as node's console does; the script goes on.
#ifndef LINEA_SHELL_OUTPUT_H_
#define LINEA_SHELL_OUTPUT_H_

#include <functional>
#include <string_view>

namespace linea::shell {

// While one is set, `hook` runs once before the next text goes to stdout or stderr, and is
// cleared as it runs: the REPL uses it to take its prompt out of the way of a timer's output.
// Only for the thread that writes.
void SetBeforeOutputHook(std::function<void()> hook);

void WriteStdout(std::string_view text);
void WriteStderr(std::string_view text);
// Flushes both streams (before the process ends).
void FlushOutput();
// As FlushOutput, from a thread other than the one writing (the exit watchdog): gives up on a
// stream whose writer has held it for two seconds (e.g. blocked on a pipe nobody reads), so
// that the process can still end.
void FlushOutputFromAnyThread();

}  // namespace linea::shell

#endif  // LINEA_SHELL_OUTPUT_H_
