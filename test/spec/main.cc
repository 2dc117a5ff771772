// spectest: runs the official WebAssembly spec tests (.wast scripts converted by wast2json)
// against linea's runtime. See usage() for the command line.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "test/spec/file_job.h"
#include "test/spec/isolated_run.h"
#include "test/spec/status_file.h"
#include "test/spec/suite_layout.h"
#include "test/spec/wast_conversion.h"

namespace linea::spectest {
namespace {

namespace fs = std::filesystem;

constexpr const char kUsage[] =
    "usage: spectest [options] [FILE.wast...]\n"
    "\n"
    "Runs WebAssembly spec-test scripts against linea's runtime. Without files: every top-level\n"
    "script of the testsuite, which is found at <repo>/../shared/testsuite, <repo> being the\n"
    "nearest ancestor holding .gn of the executable's directory (else of the working directory).\n"
    "\n"
    "  --status FILE     files expected to fail, with reasons; also runs the proposal scripts\n"
    "                    wast2json can read. The run fails when an unlisted file fails or a\n"
    "                    listed file passes.\n"
    "  -v                print each failure (file:line, expected vs got) and skip reasons\n"
    "  -vv               also print each command as it starts\n"
    "  --strict-messages require decode/validation/link errors to contain the expected text\n"
    "  --no-fork         run every file in this process (for a debugger)\n"
    "  --timeout SECONDS per-file limit when forking (default 60)\n"
    "  --testsuite DIR   the testsuite directory\n";

struct Options {
  std::optional<fs::path> status;
  int verbosity = 0;
  bool fork = true;
  unsigned timeout_seconds = 60;
  std::optional<fs::path> testsuite;
  RunnerOptions runner;
  std::vector<fs::path> files;
};

[[noreturn]] void UsageError(const std::string& message) {
  std::fprintf(stderr, "spectest: %s\n\n%s", message.c_str(), kUsage);
  std::exit(2);
}

Options ParseOptions(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) UsageError(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (arg == "--status") {
      options.status = value();
    } else if (arg == "-v") {
      options.verbosity = std::max(options.verbosity, 1);
    } else if (arg == "-vv") {
      options.verbosity = 2;
    } else if (arg == "--strict-messages") {
      options.runner.strict_messages = true;
    } else if (arg == "--no-fork") {
      options.fork = false;
    } else if (arg == "--timeout") {
      std::string seconds = value();
      char* end = nullptr;
      unsigned long parsed = std::strtoul(seconds.c_str(), &end, 10);
      if (*end != '\0' || parsed == 0 || parsed > 86400) UsageError("bad --timeout " + seconds);
      options.timeout_seconds = static_cast<unsigned>(parsed);
    } else if (arg == "--testsuite") {
      options.testsuite = value();
    } else if (arg.starts_with("-")) {
      UsageError("unknown option " + std::string(arg));
    } else {
      options.files.emplace_back(arg);
    }
  }
  return options;
}

struct Totals {
  uint64_t passed = 0, failed = 0, skipped = 0;
  int files_passed = 0, files_skipped = 0, files_failed = 0, files_expected_failures = 0,
      files_unexpected_passes = 0;
};

IsolatedResult RunOneFile(const TestFile& file, const Options& options) {
  rt::Result<fs::path> scratch = MakeTemporaryDirectory();
  if (!scratch) return {{}, scratch.error().message};
  FileWork work = [&](FileProgress& progress) {
    RunTestFile(file, scratch.value(), options.verbosity, options.runner, progress);
  };
  IsolatedResult result =
      options.fork ? RunInChild(work, options.timeout_seconds) : RunInProcess(work, file.name);
  std::error_code ignored;
  fs::remove_all(scratch.value(), ignored);
  // A crash or timeout is one more failure: the command that was running did not pass.
  if (!result.abnormal_end.empty()) ++result.progress.failed;
  return result;
}

// Prints the file's line and adds it to the totals; returns whether the outcome was expected.
bool Record(const TestFile& file, const IsolatedResult& result, const Options& options,
            const StatusList& status, Totals& totals) {
  const FileProgress& progress = result.progress;
  bool passed = progress.failed == 0;
  // A file whose every command was skipped "passes" only vacuously: say so.
  bool all_skipped = passed && progress.passed == 0 && progress.skipped > 0;
  totals.passed += progress.passed;
  totals.failed += progress.failed;
  totals.skipped += progress.skipped;
  auto listed = status.find(file.name);
  bool expected_to_fail = listed != status.end();
  const char* label = passed ? (expected_to_fail ? "XPASS"
                                : all_skipped    ? "SKIP"
                                                 : "PASS")
                             : (expected_to_fail ? "XFAIL" : "FAIL");
  std::printf("%-6s %s: %u passed, %u failed, %u skipped\n", label, file.name.c_str(),
              progress.passed, progress.failed, progress.skipped);
  if (!result.abnormal_end.empty()) std::printf("         %s\n", result.abnormal_end.c_str());
  if (passed && expected_to_fail) {
    ++totals.files_unexpected_passes;
    std::printf("         passes now, but %s:%d lists it (\"%s\"): remove that line\n",
                options.status->c_str(), listed->second.line, listed->second.reason.c_str());
    return false;
  }
  if (passed) {
    ++(all_skipped ? totals.files_skipped : totals.files_passed);
    return true;
  }
  if (expected_to_fail) {
    ++totals.files_expected_failures;
    std::printf("         expected: %s\n", listed->second.reason.c_str());
    return true;
  }
  ++totals.files_failed;
  if (progress.first_failure[0] != '\0' && options.verbosity == 0) {
    std::printf("         first failure: %s\n", progress.first_failure);
  }
  return false;
}

int Main(int argc, char** argv) {
  Options options = ParseOptions(argc, argv);
  std::optional<fs::path> suite = options.testsuite;
  if (!suite) suite = LocateTestsuite();
  if (!suite || !fs::is_directory(*suite)) {
    std::fprintf(stderr, "spectest: cannot find the testsuite (give --testsuite DIR)\n");
    return 2;
  }
  StatusList status;
  if (options.status) {
    rt::Result<StatusList> read = ReadStatusFile(*options.status, *suite);
    if (!read) {
      std::fprintf(stderr, "spectest: %s\n", read.error().message.c_str());
      return 2;
    }
    status = std::move(read).value();
  }
  std::vector<TestFile> files;
  if (options.files.empty()) {
    files = ListTestFiles(*suite, options.status.has_value());
  } else {
    for (const fs::path& path : options.files) files.push_back(DescribeTestFile(*suite, path));
  }
  if (files.empty()) {
    std::fprintf(stderr, "spectest: no .wast files in %s\n", suite->c_str());
    return 2;
  }

  Totals totals;
  bool all_as_expected = true;
  for (const TestFile& file : files) {
    IsolatedResult result = RunOneFile(file, options);
    all_as_expected &= Record(file, result, options, status, totals);
    std::fflush(stdout);
  }
  std::printf("files: %d passed, %d failed", totals.files_passed, totals.files_failed);
  if (totals.files_skipped > 0) std::printf(", %d wholly skipped", totals.files_skipped);
  if (options.status) {
    std::printf(", %d failed as expected, %d passed unexpectedly", totals.files_expected_failures,
                totals.files_unexpected_passes);
  }
  std::printf("\n%llu passed, %llu failed, %llu skipped\n",
              static_cast<unsigned long long>(totals.passed),
              static_cast<unsigned long long>(totals.failed),
              static_cast<unsigned long long>(totals.skipped));
  return all_as_expected ? 0 : 1;
}

}  // namespace
}  // namespace linea::spectest

int main(int argc, char** argv) { return linea::spectest::Main(argc, argv); }
