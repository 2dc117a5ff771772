#include "test/spec/status_file.h"

#include <fstream>

namespace linea::spectest {
namespace {

constexpr std::string_view kSpaces = " \t\r";

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(kSpaces);
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(kSpaces);
  return std::string(text.substr(begin, end - begin + 1));
}

}  // namespace

rt::Result<StatusList> ReadStatusFile(const std::filesystem::path& file,
                                      const std::filesystem::path& suite) {
  std::ifstream input(file);
  if (!input) return rt::Error{"cannot read the status file " + file.string()};
  StatusList list;
  std::string text;
  for (int line = 1; std::getline(input, text); ++line) {
    std::string entry = Trim(text);
    if (entry.empty() || entry[0] == '#') continue;
    auto where = [&] { return file.string() + ":" + std::to_string(line) + ": "; };
    size_t split = entry.find_first_of(kSpaces);
    std::string name = entry.substr(0, split);
    std::string reason = split == std::string::npos ? "" : Trim(entry.substr(split));
    if (reason.empty()) return rt::Error{where() + "no reason given for " + name};
    if (!std::filesystem::is_regular_file(suite / name)) {
      return rt::Error{where() + name + " is not a file of " + suite.string()};
    }
    if (!list.emplace(name, ExpectedFailure{reason, line}).second) {
      return rt::Error{where() + name + " is listed twice"};
    }
  }
  return list;
}

}  // namespace linea::spectest
