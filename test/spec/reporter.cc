#include "test/spec/reporter.h"

#include <cstdio>
#include <utility>

namespace linea::spectest {

Reporter::Reporter(std::string file_name, int verbosity, FileProgress& progress)
    : file_name_(std::move(file_name)), verbosity_(verbosity), progress_(progress) {}

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
  if (progress_.failed++ == 0) {
    CopyTruncated(progress_.first_failure,
                  "line " + std::to_string(progress_.line) + ": " + std::string(message));
  }
  if (verbosity_ >= 1) {
    std::printf("%s:%u: FAIL %.*s\n", file_name_.c_str(), progress_.line,
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
