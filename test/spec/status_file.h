// The status file: what is expected NOT to pass, each with its reason. One entry a line:
//
//   <script>[:<lines>]  <reason>
//
// <script> is a script's name (see ScriptFile::name). Without <lines> every command of the script
// may fail; with them (`120-340,512`: script line numbers, as the JSON's "line" gives them) only
// the commands on those lines may. `#` starts a comment line. A run fails when a command fails
// that no entry covers, and when an entry covers no failing command (it is stale: delete it).
#ifndef LINEA_TEST_SPEC_STATUS_FILE_H_
#define LINEA_TEST_SPEC_STATUS_FILE_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "runtime/result.h"

namespace linea::spectest {

struct LineRange {
  uint32_t first = 0;
  uint32_t last = 0;
};

struct StatusEntry {
  std::vector<LineRange> ranges;  // Empty: the whole script.
  std::string reason;
  int line = 0;  // In the status file.

  bool Covers(uint32_t script_line) const;
};

// The most entries one script may have (their counts live in FileProgress).
constexpr size_t kMaxEntriesPerScript = 64;

using StatusList = std::map<std::string, std::vector<StatusEntry>, std::less<>>;

// Reads and checks the file: every entry needs a reason and names a script that exists under
// `shared`; a script's entries do not overlap, and a whole-script entry stands alone.
rt::Result<StatusList> ReadStatusFile(const std::filesystem::path& file,
                                      const std::filesystem::path& shared);

// The index of the entry covering `script_line`, or -1.
int CoveringEntry(std::span<const StatusEntry> entries, uint32_t script_line);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_STATUS_FILE_H_
