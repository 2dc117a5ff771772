#include "shell/flags.h"

#include <charconv>
#include <optional>
#include <string_view>

namespace linea::shell {
namespace {

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

}  // namespace

std::string UsageText() {
  return R"(Usage: linea [options] [FILE.js | FILE.mjs] [arguments...]
       linea [options] -e CODE [arguments...]
       linea [options]                  (REPL, or a script read from stdin when it is not a terminal)

linea runs JavaScript on V8 and WebAssembly on its own engine.

Options:
  -e, --eval CODE           run CODE as a classic script
  --module                  run the script (or CODE) as an ES module (.mjs files always are)
  --stack-size=KB           V8's stack limit in KiB (deep recursion ends in a RangeError;
                            default 20480)
  --max-memory-pages=N      most 64 KiB pages any WebAssembly memory may have (default 65536)
  --timeout=SECONDS         end the process with exit code 124 if it runs longer than this
  --location=URL            the URL of `location` (a page's is its file: URL; a script has none)
  --v8-options=FLAGS        pass space-separated FLAGS to V8 (e.g. --v8-options=--help)
  --trace-streaming         report on stderr, per chunk, how WebAssembly streaming compilation
                            keeps up with reading the body
  --                        end of linea's options; the next argument is the script
  -h, --help                show this help
  -v, --version             show linea's and V8's versions

Arguments after the script are the script's: scriptArgs and arguments hold them.
)";
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
    } else if (arg == "-e" || arg == "--eval") {
      if (i + 1 >= argc) {
        result.error = std::string(arg) + " needs the code to run";
        return result;
      }
      options.mode = Options::Mode::kEval;
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
      result.error = "unknown option '" + std::string(arg) + "'";
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
  return result;
}

}  // namespace linea::shell
