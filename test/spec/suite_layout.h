// Which spec-test scripts a run covers and how each is read. Scripts are the 3.0 suite already
// converted to wast2json's JSON (../shared/wasm-spec/json), read directly, and the threads
// proposal's .wast files (../shared/testsuite/proposals/threads; not part of 3.0), converted at
// run time by Debian's wast2json.
#ifndef LINEA_TEST_SPEC_SUITE_LAYOUT_H_
#define LINEA_TEST_SPEC_SUITE_LAYOUT_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "runtime/result.h"

namespace linea::spectest {

struct ScriptFile {
  std::filesystem::path path;
  // Relative to the shared directory when the script lies inside it
  // ("wasm-spec/json/simd/simd_lane.json"), else the path as given. The status file uses it.
  std::string name;
  bool is_wast = false;                      // Else wast2json JSON, read as it is.
  std::vector<std::string> wast2json_flags;  // For .wast: the proposal's feature switch.
};

// The shared directory lives beside the repository, at <repo>/../shared. The repository root is
// the nearest ancestor directory holding `.gn`, looked for from the executable's own directory
// first (so out/release/spectest works from any working directory), then from the current one.
std::optional<std::filesystem::path> LocateRepository();
std::optional<std::filesystem::path> LocateShared();

// What a run without paths covers, under `shared`.
std::vector<std::filesystem::path> DefaultScriptPaths(const std::filesystem::path& shared);

// Expands each path: a .json or .wast file is itself; a directory stands for every .json and
// .wast file under it, recursively, in sorted order. An error names a path that is neither.
rt::Result<std::vector<ScriptFile>> FindScripts(const std::vector<std::filesystem::path>& paths,
                                                const std::filesystem::path& shared);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SUITE_LAYOUT_H_
