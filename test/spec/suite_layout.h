// Where the spec testsuite is and which of its files the runner runs, with which wast2json
// feature flags.
#ifndef LINEA_TEST_SPEC_SUITE_LAYOUT_H_
#define LINEA_TEST_SPEC_SUITE_LAYOUT_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace linea::spectest {

struct TestFile {
  std::filesystem::path path;
  std::string name;  // Relative to the testsuite ("proposals/tail-call/return_call.wast").
  std::vector<std::string> wast2json_flags;
};

// The testsuite lives beside the repository, at <repo>/../shared/testsuite. The repository
// root is the nearest ancestor directory holding `.gn`, looked for from the executable's own
// directory first (so out/release/spectest works from any working directory), then from the
// current directory.
std::optional<std::filesystem::path> LocateTestsuite();

// Every top-level .wast (WebAssembly 2.0, wast2json's default features), sorted; with
// `with_proposals`, then the files of each proposal the runner knows the flags for.
std::vector<TestFile> ListTestFiles(const std::filesystem::path& suite, bool with_proposals);

// A file named on the command line: its name relative to the suite when it lies inside it, and
// the flags of its proposal when it lies under proposals/<name>/.
TestFile DescribeTestFile(const std::filesystem::path& suite, const std::filesystem::path& path);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SUITE_LAYOUT_H_
