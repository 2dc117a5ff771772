// spectest: runs the official WebAssembly spec tests (wast2json-style JSON scripts, and .wast
// converted by wast2json) against linea's runtime. See usage() for the command line.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "runtime/compile/compile_options.h"
#include "runtime/store/parking_lot.h"
#include "test/spec/file_job.h"
#include "test/spec/isolated_run.h"
#include "test/spec/reporter.h"
#include "test/spec/status_file.h"
#include "test/spec/suite_layout.h"
#include "test/spec/wast_conversion.h"

namespace linea::spectest {
namespace {

namespace fs = std::filesystem;

constexpr const char kUsage[] =
    "usage: spectest [options] [PATH...]\n"
    "\n"
    "Runs WebAssembly spec-test scripts against linea's runtime. A PATH is a script (.json in\n"
    "wast2json's schema, read as it is; .wast, converted by Debian's wast2json) or a directory,\n"
    "searched recursively for scripts. Without PATHs: the 3.0 suite (<shared>/wasm-spec/json),\n"
    "the legacy exception-handling tests (<shared>/wasm-spec/legacy/exceptions/core) and the\n"
    "threads proposal (<shared>/testsuite/proposals/threads). <shared> is\n"
    "<repo>/../shared, <repo> being the nearest ancestor holding .gn of the executable's\n"
    "directory (else of the working directory).\n"
    "\n"
    "Prints a line per script and ends with `N passed, N failed, N skipped` (commands; failed\n"
    "counts those the status file does not expect, and stale status entries). Exits 1 when\n"
    "anything failed unexpectedly or a status entry is stale.\n"
    "\n"
    "  --status FILE     expected failures (default <repo>/test/spec/status; see status_file.h)\n"
    "  --no-status       expect every command to pass\n"
    "  --shared DIR      the shared directory (names in the status file are relative to it)\n"
    "  -v                print each unexpected failure (script:line, expected vs got) and skips\n"
    "  -vv               also expected failures and each command as it starts\n"
    "  --strict-messages require decode/validation/link errors to contain the expected text\n"
    "  --no-fork         run every script in this process (for a debugger)\n"
    "  --timeout SECONDS per-script limit when forking (default 60)\n"
    "  --no-lazy-compile compile every function with its module, not on its first call\n";

struct Options {
  std::optional<fs::path> status;
  bool use_status = true;
  std::optional<fs::path> shared;
  int verbosity = 0;
  bool fork = true;
  unsigned timeout_seconds = 60;
  RunnerOptions runner;
  std::vector<fs::path> paths;
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
    } else if (arg == "--no-status") {
      options.use_status = false;
    } else if (arg == "--shared") {
      options.shared = value();
    } else if (arg == "-v") {
      options.verbosity = std::max(options.verbosity, 1);
    } else if (arg == "-vv") {
      options.verbosity = 2;
    } else if (arg == "--strict-messages") {
      options.runner.strict_messages = true;
    } else if (arg == "--no-lazy-compile") {
      rt::SetLazyCompileByDefault(false);
    } else if (arg == "--no-fork") {
      options.fork = false;
    } else if (arg == "--timeout") {
      std::string seconds = value();
      char* end = nullptr;
      unsigned long parsed = std::strtoul(seconds.c_str(), &end, 10);
      if (*end != '\0' || parsed == 0 || parsed > 86400) UsageError("bad --timeout " + seconds);
      options.timeout_seconds = static_cast<unsigned>(parsed);
    } else if (arg.starts_with("-")) {
      UsageError("unknown option " + std::string(arg));
    } else {
      options.paths.emplace_back(arg);
    }
  }
  return options;
}

struct Totals {
  uint64_t passed = 0, unexpected = 0, expected = 0, skipped = 0;
  int scripts_passed = 0, scripts_failed = 0, scripts_expected = 0, scripts_skipped = 0,
      stale_entries = 0;
};

IsolatedResult RunOneScript(const ScriptFile& script, const Options& options,
                            std::span<const StatusEntry> expected) {
  rt::Result<fs::path> scratch = MakeTemporaryDirectory();
  if (!scratch) return {{}, scratch.error().message};
  FileWork work = [&](FileProgress& progress) {
    // The spec tests expect memory.atomic.wait to work on the thread that runs them, as in the
    // reference interpreter and d8.
    rt::SetThreadMayBlock(true);
    RunScriptFile(script, scratch.value(), options.verbosity, options.runner, expected, progress);
  };
  IsolatedResult result =
      options.fork ? RunInChild(work, options.timeout_seconds) : RunInProcess(work, script.name);
  std::error_code ignored;
  fs::remove_all(scratch.value(), ignored);
  // A crash or timeout is one more failure: the command that was running did not pass.
  if (!result.abnormal_end.empty()) CountFailure(result.progress, expected, result.abnormal_end);
  return result;
}

// Prints the script's line (and its stale status entries) and adds it to the totals.
void Record(const ScriptFile& script, const IsolatedResult& result,
            std::span<const StatusEntry> expected, const Options& options, Totals& totals) {
  const FileProgress& progress = result.progress;
  uint32_t expected_failures = progress.failed - progress.unexpected;
  totals.passed += progress.passed;
  totals.unexpected += progress.unexpected;
  totals.expected += expected_failures;
  totals.skipped += progress.skipped;
  const char* label = "PASS";
  if (progress.unexpected > 0) {
    label = "FAIL";
    ++totals.scripts_failed;
  } else if (expected_failures > 0) {
    label = "XFAIL";
    ++totals.scripts_expected;
  } else if (progress.passed == 0 && progress.skipped > 0) {
    label = "SKIP";  // Every command was skipped: it "passes" only vacuously, so say so.
    ++totals.scripts_skipped;
  } else {
    ++totals.scripts_passed;
  }
  std::printf("%-6s %s: %u passed, %u failed, %u skipped", label, script.name.c_str(),
              progress.passed, progress.failed, progress.skipped);
  if (expected_failures > 0) std::printf(" (%u failed as expected)", expected_failures);
  std::printf("\n");
  if (!result.abnormal_end.empty()) std::printf("         %s\n", result.abnormal_end.c_str());
  if (progress.unexpected > 0 && options.verbosity == 0) {
    std::printf("         first unexpected failure: %s\n", progress.first_unexpected);
  }
  for (size_t i = 0; i < expected.size(); ++i) {
    if (progress.entry_failures[i] > 0) continue;
    ++totals.stale_entries;
    std::printf(
        "STALE  %s: nothing fails that line %d of the status file expects (\"%s\"): "
        "remove it\n",
        script.name.c_str(), expected[i].line, expected[i].reason.c_str());
  }
}

int Main(int argc, char** argv) {
  Options options = ParseOptions(argc, argv);
  std::optional<fs::path> shared = options.shared ? options.shared : LocateShared();
  if (!shared || !fs::is_directory(*shared)) {
    std::fprintf(stderr, "spectest: cannot find the shared directory (give --shared DIR)\n");
    return 2;
  }
  if (options.use_status && !options.status) {
    if (std::optional<fs::path> repository = LocateRepository()) {
      options.status = *repository / "test" / "spec" / "status";
    }
  }
  StatusList status;
  if (options.use_status && options.status) {
    rt::Result<StatusList> read = ReadStatusFile(*options.status, *shared);
    if (!read) {
      std::fprintf(stderr, "spectest: %s\n", read.error().message.c_str());
      return 2;
    }
    status = std::move(read).value();
  }
  std::vector<fs::path> paths = options.paths;
  if (paths.empty()) paths = DefaultScriptPaths(*shared);
  rt::Result<std::vector<ScriptFile>> scripts = FindScripts(paths, *shared);
  if (!scripts) {
    std::fprintf(stderr, "spectest: %s\n", scripts.error().message.c_str());
    return 2;
  }
  if (scripts.value().empty()) {
    std::fprintf(stderr, "spectest: no scripts found\n");
    return 2;
  }

  Totals totals;
  for (const ScriptFile& script : scripts.value()) {
    auto listed = status.find(script.name);
    std::span<const StatusEntry> expected;
    if (listed != status.end()) expected = listed->second;
    IsolatedResult result = RunOneScript(script, options, expected);
    Record(script, result, expected, options, totals);
    std::fflush(stdout);
  }
  std::printf("scripts: %d passed, %d failed, %d failed only as expected, %d wholly skipped",
              totals.scripts_passed, totals.scripts_failed, totals.scripts_expected,
              totals.scripts_skipped);
  if (totals.stale_entries > 0) std::printf(", %d stale status entries", totals.stale_entries);
  std::printf("\ncommands: %llu failed as expected (%s)\n",
              static_cast<unsigned long long>(totals.expected),
              options.use_status && options.status ? options.status->c_str() : "no status file");
  std::printf("%llu passed, %llu failed, %llu skipped\n",
              static_cast<unsigned long long>(totals.passed),
              static_cast<unsigned long long>(totals.unexpected + totals.stale_entries),
              static_cast<unsigned long long>(totals.skipped));
  return totals.unexpected == 0 && totals.stale_entries == 0 ? 0 : 1;
}

}  // namespace
}  // namespace linea::spectest

int main(int argc, char** argv) { return linea::spectest::Main(argc, argv); }
