#include "test/spec/suite_layout.h"

#include <algorithm>
#include <string_view>
#include <system_error>

namespace linea::spectest {
namespace {

namespace fs = std::filesystem;

struct ProposalSuite {
  std::string_view directory;  // A folder named so, anywhere in a .wast script's path.
  std::string_view flag;       // wast2json's switch for it (wabt 1.0.32).
};

// The proposal folders of the 2022 testsuite whose .wast scripts wast2json 1.0.32 reads. Only
// threads is run by default (3.0 supersedes the rest); the others serve paths given by hand.
constexpr ProposalSuite kProposalSuites[] = {
    {"threads", "--enable-threads"},
    {"exception-handling", "--enable-exceptions"},
    // ../shared/wasm-spec/legacy/exceptions: try/catch/delegate, beside tail calls.
    {"exceptions", "--enable-exceptions"},
    {"exceptions", "--enable-tail-call"},
    {"extended-const", "--enable-extended-const"},
    {"memory64", "--enable-memory64"},
    {"multi-memory", "--enable-multi-memory"},
    {"relaxed-simd", "--enable-relaxed-simd"},
    {"tail-call", "--enable-tail-call"},
};

std::optional<fs::path> FindRepositoryRoot(fs::path start) {
  for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
    std::error_code error;
    if (fs::is_regular_file(dir / ".gn", error)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

bool IsScript(const fs::path& path) {
  return path.extension() == ".json" || path.extension() == ".wast";
}

ScriptFile Describe(const fs::path& path, const fs::path& shared) {
  std::error_code error;
  fs::path relative =
      fs::weakly_canonical(path, error).lexically_relative(fs::weakly_canonical(shared, error));
  ScriptFile script{path, path.string(), path.extension() == ".wast", {}};
  if (!relative.empty() && *relative.begin() != "..") script.name = relative.string();
  if (!script.is_wast) return script;
  for (const fs::path& part : path) {
    for (const ProposalSuite& proposal : kProposalSuites) {
      if (part == proposal.directory) script.wast2json_flags.emplace_back(proposal.flag);
    }
  }
  return script;
}

}  // namespace

std::optional<fs::path> LocateRepository() {
  std::error_code error;
  std::vector<fs::path> starts;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) starts.push_back(executable.parent_path());
  fs::path cwd = fs::current_path(error);
  if (!error) starts.push_back(cwd);
  for (const fs::path& start : starts) {
    if (std::optional<fs::path> root = FindRepositoryRoot(start)) return root;
  }
  return std::nullopt;
}

std::optional<fs::path> LocateShared() {
  std::optional<fs::path> root = LocateRepository();
  if (!root) return std::nullopt;
  std::error_code error;
  fs::path shared = (*root / ".." / "shared").lexically_normal();
  if (fs::is_directory(shared / "wasm-spec", error)) return shared;
  return std::nullopt;
}

std::vector<fs::path> DefaultScriptPaths(const fs::path& shared) {
  return {shared / "wasm-spec" / "json", shared / "wasm-spec" / "legacy" / "exceptions" / "core",
          shared / "testsuite" / "proposals" / "threads"};
}

rt::Result<std::vector<ScriptFile>> FindScripts(const std::vector<fs::path>& paths,
                                                const fs::path& shared) {
  std::vector<ScriptFile> scripts;
  for (const fs::path& path : paths) {
    std::error_code error;
    if (fs::is_regular_file(path, error) && IsScript(path)) {
      scripts.push_back(Describe(path, shared));
      continue;
    }
    if (!fs::is_directory(path, error)) {
      return rt::Error{path.string() + " is neither a .json/.wast script nor a directory"};
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file() && IsScript(it->path())) found.push_back(it->path());
    }
    if (error) return rt::Error{"cannot list " + path.string() + ": " + error.message()};
    std::sort(found.begin(), found.end());
    for (const fs::path& script : found) scripts.push_back(Describe(script, shared));
  }
  return scripts;
}

}  // namespace linea::spectest
