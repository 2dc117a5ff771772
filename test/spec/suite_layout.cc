#include "test/spec/suite_layout.h"

#include <algorithm>
#include <string_view>
#include <system_error>

namespace linea::spectest {
namespace {

namespace fs = std::filesystem;

struct ProposalSuite {
  std::string_view directory;  // Under proposals/.
  std::string_view flag;       // wast2json's switch for it (wabt 1.0.32).
};

// The proposals whose scripts wast2json 1.0.32 reads (relaxed-simd's relaxed_dot_product.wast
// excepted: its conversion fails, which the status file records). gc, function-references and
// annotations are not run: wast2json cannot read most of their files.
constexpr ProposalSuite kProposalSuites[] = {
    {"exception-handling", "--enable-exceptions"},
    {"extended-const", "--enable-extended-const"},
    {"memory64", "--enable-memory64"},
    {"multi-memory", "--enable-multi-memory"},
    {"relaxed-simd", "--enable-relaxed-simd"},
    {"tail-call", "--enable-tail-call"},
    {"threads", "--enable-threads"},
};

std::vector<fs::path> WastFilesIn(const fs::path& directory) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".wast") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<fs::path> FindRepositoryRoot(fs::path start) {
  for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
    std::error_code error;
    if (fs::is_regular_file(dir / ".gn", error)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> LocateTestsuite() {
  std::error_code error;
  std::vector<fs::path> starts;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (!error) starts.push_back(executable.parent_path());
  fs::path cwd = fs::current_path(error);
  if (!error) starts.push_back(cwd);
  for (const fs::path& start : starts) {
    std::optional<fs::path> root = FindRepositoryRoot(start);
    if (!root) continue;
    fs::path suite = (*root / ".." / "shared" / "testsuite").lexically_normal();
    if (fs::is_directory(suite, error)) return suite;
  }
  return std::nullopt;
}

std::vector<TestFile> ListTestFiles(const fs::path& suite, bool with_proposals) {
  std::vector<TestFile> files;
  for (const fs::path& path : WastFilesIn(suite)) {
    files.push_back({path, path.filename().string(), {}});
  }
  if (!with_proposals) return files;
  for (const ProposalSuite& proposal : kProposalSuites) {
    fs::path directory = fs::path("proposals") / proposal.directory;
    for (const fs::path& path : WastFilesIn(suite / directory)) {
      files.push_back({path, (directory / path.filename()).string(), {std::string(proposal.flag)}});
    }
  }
  return files;
}

TestFile DescribeTestFile(const fs::path& suite, const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(path, error);
  fs::path relative = absolute.lexically_relative(fs::weakly_canonical(suite, error));
  TestFile file{path, path.string(), {}};
  if (relative.empty() || *relative.begin() == "..") return file;
  file.name = relative.string();
  auto part = relative.begin();
  if (*part != "proposals" || ++part == relative.end()) return file;
  for (const ProposalSuite& proposal : kProposalSuites) {
    if (*part == proposal.directory) file.wast2json_flags = {std::string(proposal.flag)};
  }
  // A proposal the table does not know: let wast2json accept whatever it can.
  if (file.wast2json_flags.empty()) file.wast2json_flags = {"--enable-all"};
  return file;
}

}  // namespace linea::spectest
