// The status file: the test files expected NOT to pass, each with its reason. Format, one
// entry a line: `<file relative to the testsuite>  <reason>`; `#` starts a comment line.
#ifndef LINEA_TEST_SPEC_STATUS_FILE_H_
#define LINEA_TEST_SPEC_STATUS_FILE_H_

#include <filesystem>
#include <map>
#include <string>

#include "runtime/result.h"

namespace linea::spectest {

struct ExpectedFailure {
  std::string reason;
  int line = 0;  // In the status file.
};

using StatusList = std::map<std::string, ExpectedFailure, std::less<>>;

// Reads and checks the file: every entry needs a reason, names an existing file of `suite`
// and appears once.
rt::Result<StatusList> ReadStatusFile(const std::filesystem::path& file,
                                      const std::filesystem::path& suite);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_STATUS_FILE_H_
