// linea's command line.
#ifndef LINEA_SHELL_FLAGS_H_
#define LINEA_SHELL_FLAGS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace linea::shell {

struct Options {
  enum class Mode {
    kScript,  // linea FILE [args...]
    kEval,    // linea -e CODE [args...], linea -p EXPR [args...]
    kRepl,    // linea (stdin is a terminal)
    kStdin,   // linea - [args...], or linea < script.js (stdin is not a terminal)
  };
  Mode mode = Mode::kRepl;
  std::string script_path;    // kScript
  std::string eval_code;      // kEval
  bool print_result = false;  // -p: print the completion value of eval_code (kEval)
  bool module = false;        // --module, or a script ending in .mjs
  std::vector<std::string> script_args;
  // Flags handed to V8 (--v8-options), after --stack-size and before --no-expose-wasm.
  std::vector<std::string> v8_flags;
  // V8's stack limit in KiB (--stack-size). Larger than V8's own default (984 KiB): a
  // JS -> wasm -> JS round trip takes ~3.7 KB of native stack (the V8 API's entry and exit and
  // the interpreter's C++ frames; a JIT's wrappers take ~0.25 KB), and 20 MiB lets mixed
  // recursion reach node's depth (over 4,000 round trips). Pure JS recursion goes deeper than
  // in node accordingly. The JS thread's stack is sized to fit (see main.cc).
  uint32_t stack_size_kb = 20 * 1024;
  uint32_t max_memory_pages = 65536;
  uint32_t timeout_seconds = 0;  // --timeout: end the process after this long (0: never).
  std::string location;          // --location: the URL `location` gives a script (validated later).
  bool no_color = false;         // --no-color: never colour output, even on a terminal.
  bool trace_streaming = false;  // --trace-streaming: report streaming compilation per chunk.
  bool bench_natives = false;    // --bench-natives: define emptyNative() for tools/bench.
  // --no-lazy-compile: compile every wasm function with its module (as V8's
  // --no-wasm-lazy-compilation), not on its first call.
  bool no_lazy_compile = false;
  // --main-thread-wait: Atomics.wait and wasm's memory.atomic.wait may block the main thread,
  // as in node and d8 (browsers and linea by default: only workers may block).
  bool main_thread_wait = false;
  bool help = false;
  bool version = false;
};

struct ParseResult {
  Options options;
  std::string error;  // Non-empty when the command line is wrong.
};

// Parses argv. `stdin_is_tty` decides between the REPL and reading a script from stdin when
// no script is named.
ParseResult ParseCommandLine(int argc, const char* const* argv, bool stdin_is_tty);

// The text of `linea --help`.
std::string UsageText();

}  // namespace linea::shell

#endif  // LINEA_SHELL_FLAGS_H_
