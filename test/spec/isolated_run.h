// Runs one file's work so that a crash or a hang in the runtime cannot take the runner down:
// in a forked child whose FileProgress lives in shared memory, or in-process for debugging.
#ifndef LINEA_TEST_SPEC_ISOLATED_RUN_H_
#define LINEA_TEST_SPEC_ISOLATED_RUN_H_

#include <functional>
#include <string>

#include "test/spec/file_progress.h"

namespace linea::spectest {

struct IsolatedResult {
  FileProgress progress;
  std::string abnormal_end;  // Empty when the work ran to its end; else how and where it died.
};

using FileWork = std::function<void(FileProgress&)>;

// Forks; the child runs `work` and exits; SIGALRM ends it after `timeout_seconds`.
IsolatedResult RunInChild(const FileWork& work, unsigned timeout_seconds);

// Runs `work` here (for a debugger). A fatal signal prints the file and line being run before
// the process dies with it.
IsolatedResult RunInProcess(const FileWork& work, const std::string& file_name);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_ISOLATED_RUN_H_
