#include "shell/flags.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

namespace linea::shell {
namespace {

// One line of `linea --help`: every mode and option is listed here, and an unknown option is
// compared with these spellings to suggest the nearest.
struct HelpEntry {
  const char* spelling;  // As shown: "-e, --eval CODE".
  const char* description;
};

constexpr HelpEntry kModes[] = {
    {"FILE.js", "run a classic script"},
    {"FILE.mjs", "run an ES module (so does --module with FILE.js)"},
    {"page.html", "run the page's <script>s with a minimal document whose text prints"},
    {"-e, --eval CODE", "run CODE as a classic script"},
    {"-p, --print EXPR", "run EXPR as a classic script and print its value as console.log does"},
    {"-", "run the script read from stdin"},
    {"(none)", "the REPL when stdin is a terminal, else the script read from stdin"},
};

constexpr HelpEntry kOptions[] = {
    {"--module", "run the script (or -e CODE) as an ES module"},
    {"--stack-size=KB", "V8's stack limit in KiB (default 20480; deeper recursion throws)"},
    {"--max-memory-pages=N", "most 64 KiB pages a WebAssembly memory may have (default 65536)"},
    {"--timeout=SECONDS", "end the process with exit code 124 after this long"},
    {"--location=URL", "the URL of `location` (a page's is its file: URL; a script has none)"},
    {"--no-color", "never colour output (nor does NO_COLOR=1; pipes and files never are)"},
    {"--v8-options=FLAGS", "pass space-separated FLAGS to V8 (--v8-options=--help lists them)"},
    {"--trace-streaming", "report per chunk how streaming WebAssembly compilation keeps up"},
    {"--bench-natives", "define emptyNative(), a native function that does nothing (a floor)"},
    {"--main-thread-wait", "let Atomics.wait and memory.atomic.wait block the main thread too"},
    {"--no-lazy-compile", "compile every wasm function with its module, not on its first call"},
    {"--", "end of linea's options: the next argument is the script"},
    {"-h, --help", "show this help"},
    {"-v, --version", "show linea's and V8's versions"},
};

// A decimal number within [min, max], or nothing.
std::optional<uint64_t> ParseNumber(std::string_view text, uint64_t min, uint64_t max) {
  uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return std::nullopt;
  }
  return value;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Splits the value of --v8-options at spaces.
void AppendV8Flags(std::string_view text, std::vector<std::string>& flags) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) flags.emplace_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
}

// The option names a help spelling stands for: "-e, --eval CODE" -> "-e", "--eval";
// "--stack-size=KB" -> "--stack-size".
std::vector<std::string> NamesOf(std::string_view spelling) {
  std::vector<std::string> names;
  while (!spelling.empty()) {
    size_t comma = spelling.find(", ");
    std::string_view part = spelling.substr(0, comma);
    part = part.substr(0, part.find_first_of("= "));
    if (part.size() > 1 && part[0] == '-') names.emplace_back(part);
    if (comma == std::string_view::npos) break;
    spelling.remove_prefix(comma + 2);
  }
  return names;
}

// Levenshtein distance between two short strings.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); j++) row[j] = j;
  for (size_t i = 1; i <= a.size(); i++) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); j++) {
      size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

// The error for an unknown option, with the nearest known option when one is close.
std::string UnknownOption(std::string_view arg) {
  std::string_view name = arg.substr(0, arg.find('='));
  std::string best;
  size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
  auto consider = [&](const HelpEntry& entry) {
    for (const std::string& known : NamesOf(entry.spelling)) {
      size_t distance = EditDistance(name, known);
      if (distance < best_distance) {
        best_distance = distance;
        best = known;
      }
    }
  };
  std::for_each(std::begin(kModes), std::end(kModes), consider);
  std::for_each(std::begin(kOptions), std::end(kOptions), consider);
  std::string error = "unknown option '" + std::string(arg) + "'";
  if (!best.empty()) error += "; did you mean '" + best + "'?";
  return error;
}

std::string HelpLines(const HelpEntry* entries, size_t count) {
  constexpr size_t kColumn = 24;
  std::string text;
  for (size_t i = 0; i < count; i++) {
    std::string line = std::string("  ") + entries[i].spelling;
    line.resize(std::max(kColumn, line.size() + 2), ' ');
    text += line + entries[i].description + "\n";
  }
  return text;
}

}  // namespace

std::string UsageText() {
  return "Usage: linea [options] [FILE.js | FILE.mjs | page.html | -] [arguments...]\n"
         "       linea [options] -e CODE | -p EXPR [arguments...]\n"
         "       linea [options]                  (the REPL)\n"
         "\n"
         "linea runs JavaScript on V8 and WebAssembly on its own engine.\n"
         "\n"
         "Modes:\n" +
         HelpLines(kModes, std::size(kModes)) +
         "\n"
         "Options:\n" +
         HelpLines(kOptions, std::size(kOptions)) +
         "\n"
         "Arguments after the script (or CODE) are the script's: scriptArgs and arguments hold "
         "them.\n";
}

ParseResult ParseCommandLine(int argc, const char* const* argv, bool stdin_is_tty) {
  ParseResult result;
  Options& options = result.options;
  bool have_program = false;
  int i = 1;
  // Reads the value of an option given as --name=value or --name value.
  auto value_of = [&](std::string_view arg, std::string_view name, std::string* value) -> bool {
    if (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=') {
      *value = std::string(arg.substr(name.size() + 1));
      return true;
    }
    if (arg == name) {
      if (i + 1 >= argc) {
        result.error = std::string(name) + " needs a value";
        return true;
      }
      *value = argv[++i];
      return true;
    }
    return false;
  };

  for (; i < argc && !have_program; i++) {
    std::string_view arg = argv[i];
    std::string value;
    if (arg == "--") {
      if (i + 1 < argc) {
        options.mode = Options::Mode::kScript;
        options.script_path = argv[++i];
        have_program = true;
      } else {
        i++;
        break;
      }
    } else if (arg == "-") {
      options.mode = Options::Mode::kStdin;
      have_program = true;
    } else if (arg == "-h" || arg == "--help") {
      options.help = true;
    } else if (arg == "-v" || arg == "--version") {
      options.version = true;
    } else if (arg == "--module") {
      options.module = true;
    } else if (arg == "--no-color") {
      options.no_color = true;
    } else if (arg == "--trace-streaming") {
      options.trace_streaming = true;
    } else if (arg == "--bench-natives") {
      options.bench_natives = true;
    } else if (arg == "--main-thread-wait") {
      options.main_thread_wait = true;
    } else if (arg == "--no-lazy-compile") {
      options.no_lazy_compile = true;
    } else if (arg == "-e" || arg == "--eval" || arg == "-p" || arg == "--print") {
      bool print = arg == "-p" || arg == "--print";
      if (i + 1 >= argc) {
        result.error = std::string(arg) +
                       (print ? " needs the expression to print" : " needs the code to run");
        return result;
      }
      options.mode = Options::Mode::kEval;
      options.print_result = print;
      options.eval_code = argv[++i];
      have_program = true;
    } else if (value_of(arg, "--stack-size", &value)) {
      if (!result.error.empty()) return result;
      std::optional<uint64_t> kb = ParseNumber(value, 1, 4 * 1024 * 1024);
      if (!kb) {
        result.error = "--stack-size needs a size in KiB, got '" + value + "'";
        return result;
      }
      options.stack_size_kb = static_cast<uint32_t>(*kb);
    } else if (value_of(arg, "--max-memory-pages", &value)) {
      if (!result.error.empty()) return result;
      std::optional<uint64_t> pages = ParseNumber(value, 0, 65536);
      if (!pages) {
        result.error =
            "--max-memory-pages needs a number of pages from 0 to 65536, got '" + value + "'";
        return result;
      }
      options.max_memory_pages = static_cast<uint32_t>(*pages);
    } else if (value_of(arg, "--timeout", &value)) {
      if (!result.error.empty()) return result;
      std::optional<uint64_t> seconds = ParseNumber(value, 1, 1000000000);
      if (!seconds) {
        result.error = "--timeout needs a number of seconds from 1, got '" + value + "'";
        return result;
      }
      options.timeout_seconds = static_cast<uint32_t>(*seconds);
    } else if (value_of(arg, "--location", &value)) {
      if (!result.error.empty()) return result;
      options.location = value;
    } else if (value_of(arg, "--v8-options", &value)) {
      if (!result.error.empty()) return result;
      AppendV8Flags(value, options.v8_flags);
    } else if (arg.size() > 1 && arg[0] == '-') {
      result.error = UnknownOption(arg);
      return result;
    } else {
      options.mode = Options::Mode::kScript;
      options.script_path = std::string(arg);
      have_program = true;
    }
  }
  for (; i < argc; i++) options.script_args.emplace_back(argv[i]);
  if (!have_program) {
    options.mode = stdin_is_tty ? Options::Mode::kRepl : Options::Mode::kStdin;
  }
  if (options.mode == Options::Mode::kScript && EndsWith(options.script_path, ".mjs")) {
    options.module = true;
  }
  if (options.print_result && options.module) {
    result.error = "--print cannot print the value of a module (its completion value is none)";
  }
  return result;
}

}  // namespace linea::shell
