#include "test/spec/status_file.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace linea::spectest {
namespace {

constexpr std::string_view kSpaces = " \t\r";

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(kSpaces);
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(kSpaces);
  return std::string(text.substr(begin, end - begin + 1));
}

bool ParseLine(std::string_view text, uint32_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value > 0;
}

// "120-340,512" -> {{120, 340}, {512, 512}}.
rt::Result<std::vector<LineRange>> ParseRanges(std::string_view text) {
  std::vector<LineRange> ranges;
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view part = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    size_t dash = part.find('-');
    LineRange range;
    bool ok = ParseLine(part.substr(0, dash), range.first);
    range.last = range.first;
    if (ok && dash != std::string_view::npos) ok = ParseLine(part.substr(dash + 1), range.last);
    if (!ok || range.last < range.first) {
      return rt::Error{"bad line range \"" + std::string(part) + "\""};
    }
    ranges.push_back(range);
  }
  if (ranges.empty()) return rt::Error{"empty line range"};
  return ranges;
}

bool Overlap(const StatusEntry& a, const StatusEntry& b) {
  if (a.ranges.empty() || b.ranges.empty()) return true;
  for (const LineRange& x : a.ranges) {
    for (const LineRange& y : b.ranges) {
      if (x.first <= y.last && y.first <= x.last) return true;
    }
  }
  return false;
}

}  // namespace

bool StatusEntry::Covers(uint32_t script_line) const {
  if (ranges.empty()) return true;
  for (const LineRange& range : ranges) {
    if (range.first <= script_line && script_line <= range.last) return true;
  }
  return false;
}

int CoveringEntry(std::span<const StatusEntry> entries, uint32_t script_line) {
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].Covers(script_line)) return static_cast<int>(i);
  }
  return -1;
}

rt::Result<StatusList> ReadStatusFile(const std::filesystem::path& file,
                                      const std::filesystem::path& shared) {
  std::ifstream input(file);
  if (!input) return rt::Error{"cannot read the status file " + file.string()};
  StatusList list;
  std::string text;
  for (int line = 1; std::getline(input, text); ++line) {
    std::string entry_text = Trim(text);
    if (entry_text.empty() || entry_text[0] == '#') continue;
    auto where = [&] { return file.string() + ":" + std::to_string(line) + ": "; };
    size_t split = entry_text.find_first_of(kSpaces);
    std::string target = entry_text.substr(0, split);
    StatusEntry entry;
    entry.line = line;
    entry.reason = split == std::string::npos ? "" : Trim(entry_text.substr(split));
    if (entry.reason.empty()) return rt::Error{where() + "no reason given for " + target};
    std::string name = target;
    if (size_t colon = target.find(':'); colon != std::string::npos) {
      name = target.substr(0, colon);
      rt::Result<std::vector<LineRange>> ranges = ParseRanges(target.substr(colon + 1));
      if (!ranges) return rt::Error{where() + ranges.error().message};
      entry.ranges = std::move(ranges).value();
    }
    if (!std::filesystem::is_regular_file(shared / name)) {
      return rt::Error{where() + name + " is not a file of " + shared.string()};
    }
    std::vector<StatusEntry>& entries = list[name];
    for (const StatusEntry& other : entries) {
      if (Overlap(entry, other)) {
        return rt::Error{where() + target + " overlaps the entry on line " +
                         std::to_string(other.line)};
      }
    }
    if (entries.size() == kMaxEntriesPerScript) {
      return rt::Error{where() + "more than " + std::to_string(kMaxEntriesPerScript) +
                       " entries for " + name};
    }
    entries.push_back(std::move(entry));
  }
  return list;
}

}  // namespace linea::spectest
