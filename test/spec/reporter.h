// Counts each command's verdict for one script, against the script's status entries, and prints
// what the verbosity asks for.
#ifndef LINEA_TEST_SPEC_REPORTER_H_
#define LINEA_TEST_SPEC_REPORTER_H_

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "test/spec/file_progress.h"
#include "test/spec/status_file.h"

namespace linea::spectest {

class Reporter {
 public:
  // verbosity 0: nothing; 1: each unexpected failure and a summary of skips; 2: also expected
  // failures and each command as it starts (flushed, so the last line printed names the command
  // that crashed).
  Reporter(std::string file_name, int verbosity, std::span<const StatusEntry> expected,
           FileProgress& progress);

  void Begin(uint32_t line, std::string_view command);
  void Pass();
  void Fail(std::string_view message);
  void Skip(std::string_view reason);
  // Marks the script as run to its end and prints the skip summary.
  void Finish();

 private:
  std::string file_name_;
  int verbosity_;
  std::span<const StatusEntry> expected_;
  FileProgress& progress_;
  std::map<std::string, uint32_t, std::less<>> skip_reasons_;
};

// Counts a failure of the command on `progress.line` (a crash or timeout included) into
// `progress`; returns whether a status entry expected it.
bool CountFailure(FileProgress& progress, std::span<const StatusEntry> expected,
                  std::string_view message);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_REPORTER_H_
