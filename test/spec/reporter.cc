#include "test/spec/reporter.h"

#include <cstdio>
#include <utility>

namespace linea::spectest {

bool CountFailure(FileProgress& progress, std::span<const StatusEntry> expected,
                  std::string_view message) {
  std::string where = "line " + std::to_string(progress.line) + ": " + std::string(message);
  if (progress.failed++ == 0) CopyTruncated(progress.first_failure, where);
  int entry = CoveringEntry(expected, progress.line);
  if (entry >= 0) {
    ++progress.entry_failures[entry];
    return true;
  }
  if (progress.unexpected++ == 0) CopyTruncated(progress.first_unexpected, where);
  return false;
}

Reporter::Reporter(std::string file_name, int verbosity, std::span<const StatusEntry> expected,
                   FileProgress& progress)
    : file_name_(std::move(file_name)),
      verbosity_(verbosity),
      expected_(expected),
      progress_(progress) {}

void Reporter::Begin(uint32_t line, std::string_view command) {
  progress_.line = line;
  CopyTruncated(progress_.command, command);
  if (verbosity_ >= 2) {
    std::printf("%s:%u: %.*s\n", file_name_.c_str(), line, static_cast<int>(command.size()),
                command.data());
    std::fflush(stdout);
  }
}

void Reporter::Pass() { ++progress_.passed; }

void Reporter::Fail(std::string_view message) {
  bool expected = CountFailure(progress_, expected_, message);
  if (verbosity_ >= (expected ? 2 : 1)) {
    std::printf("%s:%u: %s %.*s\n", file_name_.c_str(), progress_.line, expected ? "XFAIL" : "FAIL",
                static_cast<int>(message.size()), message.data());
    std::fflush(stdout);
  }
}

void Reporter::Skip(std::string_view reason) {
  ++progress_.skipped;
  auto it = skip_reasons_.find(reason);
  if (it == skip_reasons_.end()) {
    skip_reasons_.emplace(std::string(reason), 1);
  } else {
    ++it->second;
  }
}

void Reporter::Finish() {
  progress_.finished = true;
  if (verbosity_ >= 1) {
    for (const auto& [reason, count] : skip_reasons_) {
      std::printf("%s: skipped %u: %s\n", file_name_.c_str(), count, reason.c_str());
    }
    std::fflush(stdout);
  }
}

}  // namespace linea::spectest
