#include "shell/repl.h"

#include <editline/readline.h>
#include <termios.h>
#include <unistd.h>
#include <uv.h>

#include <cctype>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/files.h"
#include "shell/inspect.h"
#include "shell/interrupt.h"
#include "shell/js_factory.h"
#include "shell/output.h"
#include "shell/repl_completion.h"
#include "shell/terminal.h"
#include "shell/v8_repl_mode.h"
#include "shell/v8_util.h"
#include "shell/version.h"

namespace linea::shell {
namespace {

constexpr char kPrompt[] = "> ";
constexpr char kContinuationPrompt[] = "... ";
constexpr int kHistorySize = 1000;

class Repl;

// A dot command: `.name ARGUMENT`. Returns false to end the REPL.
struct Command {
  const char* name;
  const char* help;
  bool (Repl::*run)(const std::string& argument);
};

class Repl {
 public:
  explicit Repl(Environment& env) : env_(env) {}

  // Reads and evaluates inputs until .exit or Ctrl-D.
  void Run() {
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') history_path_ = std::string(home) + "/.linea_history";
    stdout_colors_ = ShouldColor(STDOUT_FILENO, env_.options().no_color);
    stderr_colors_ = ShouldColor(STDERR_FILENO, env_.options().no_color);
    if (!InstallUnderscore()) return;
    // Wide-character input needs the user's locale (UTF-8 terminals).
    if (std::setlocale(LC_CTYPE, "") == nullptr) std::setlocale(LC_CTYPE, "C.UTF-8");
    SaveTerminal();
    rl_readline_name = "linea";
    rl_catch_signals = 0;  // Ctrl-C is the Interrupter's.
    rl_getc_function = GetChar;
    rl_initialize();
    rl_add_defun("linea-complete", TabKey, '\t');
    using_history();
    stifle_history(kHistorySize);
    if (!history_path_.empty()) read_history(history_path_.c_str());
    stdin_poll_ = new uv_poll_t;
    uv_poll_init(env_.loop(), stdin_poll_, STDIN_FILENO);
    stdin_poll_->data = this;
    Interrupter interrupter(env_.isolate(), env_.loop(), [this] {
      interrupted_ = true;
      input_ready_ = true;
    });
    env_.set_interrupter(&interrupter);
    env_.AddExitHook([this] { RestoreTerminal(); });
    WriteStdout(std::string("Welcome to linea ") + kLineaVersion + " (V8 " + v8::V8::GetVersion() +
                "). Type .help for help.\n");
    FlushOutput();
    while (true) {
      const char* prompt = editor_ ? "" : buffer_.empty() ? kPrompt : kContinuationPrompt;
      char* line = readline(prompt);
      if (line == nullptr) {  // Ctrl-D
        if (editor_) {
          FinishEditor();
          continue;
        }
        WriteStdout("\n");
        break;
      }
      std::string text(line);
      std::free(line);
      if (!HandleLine(text)) break;
    }
    FlushOutput();
    env_.set_interrupter(nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(stdin_poll_),
             [](uv_handle_t* handle) { delete reinterpret_cast<uv_poll_t*>(handle); });
    RestoreTerminal();
  }

  static Repl* instance_;

 private:
  // What ends the word Tab completes (a dotted path such as a.b.c is one word).
  static constexpr char kWordBreaks[] = " \t\n\"\\'`@><=;|&{}()[]!+-*/%,?:~^";
  static const Command kCommands[7];

  // Saves the terminal's settings for RestoreTerminal, and turns off the EOF character of its
  // line mode. libedit puts the terminal in line (cooked) mode between lines, and a Ctrl-D that
  // arrives then (typed ahead while a line runs) would become the line discipline's EOF, which
  // the next raw-mode read returns as a 0 byte: the Ctrl-D was lost. Without VEOF it stays a
  // 0x04 byte in the input, and libedit reads it as Ctrl-D. (node keeps its terminal raw.)
  void SaveTerminal() {
    have_terminal_state_ = tcgetattr(STDIN_FILENO, &terminal_state_) == 0;
    if (!have_terminal_state_) return;
    termios line_mode = terminal_state_;
    line_mode.c_cc[VEOF] = _POSIX_VDISABLE;
    tcsetattr(STDIN_FILENO, TCSANOW, &line_mode);
  }

  void RestoreTerminal() {
    if (have_terminal_state_) tcsetattr(STDIN_FILENO, TCSADRAIN, &terminal_state_);
  }

  // Defines `_` and `_error` (shell/js/repl_globals.js).
  bool InstallUnderscore() {
    v8::Isolate* isolate = env_.isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env_.context();
    v8::Context::Scope context_scope(context);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Object> natives = v8::Object::New(isolate);
    SetMethod(context, natives, "write", [](const v8::FunctionCallbackInfo<v8::Value>& args) {
      WriteStdout(ToUtf8(args.GetIsolate(), args[0]));
    });
    v8::Local<v8::Object> exports;
    v8::Local<v8::Function> set_last, set_error;
    if (!RunFactory(context, js::kReplGlobalsSource, "repl_globals.js", natives)
             .ToLocal(&exports) ||
        !GetFunction(context, exports, "setLast").ToLocal(&set_last) ||
        !GetFunction(context, exports, "setError").ToLocal(&set_error)) {
      WriteStderr("linea: the REPL's globals could not be set up\n");
      return false;
    }
    set_last_.Reset(isolate, set_last);
    set_error_.Reset(isolate, set_error);
    return true;
  }

  // libedit's input: waits for a character while the event loop runs (timers, fetches and
  // their callbacks go on at the prompt), then reads one UTF-8 character from stdin.
  static int GetChar(FILE* /*stream*/) {
    Repl* repl = instance_;
    FlushOutput();
    repl->input_ready_ = false;
    uv_poll_start(repl->stdin_poll_, UV_READABLE, [](uv_poll_t* poll, int, int) {
      static_cast<Repl*>(poll->data)->input_ready_ = true;
      uv_poll_stop(poll);
    });
    while (!repl->input_ready_) repl->RunLoopOnceAtPrompt();
    uv_poll_stop(repl->stdin_poll_);
    // Ctrl-C at the prompt: end the line here; HandleLine drops it.
    if (repl->interrupted_) return '\r';
    unsigned char first;
    if (read(STDIN_FILENO, &first, 1) != 1) return -1;
    // Reassemble a UTF-8 sequence into one code point (libedit takes it as a wide character).
    int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0;
    if (extra == 0) return first;
    int code_point = first & (0x3F >> extra);
    for (int i = 0; i < extra; i++) {
      unsigned char next;
      if (read(STDIN_FILENO, &next, 1) != 1 || (next & 0xC0) != 0x80) return 0xFFFD;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    return code_point;
  }

  // True when stdout is a terminal that understands "erase the line" (not TERM=dumb).
  static bool CanEraseLine() {
    const char* term = std::getenv("TERM");
    return isatty(STDOUT_FILENO) != 0 && term != nullptr && std::strcmp(term, "dumb") != 0;
  }

  // One turn of the event loop while the prompt is shown. What a callback prints (a timer's
  // console.log) goes above the prompt: the prompt line is cleared before the first write and
  // drawn again, with the input typed so far, after the turn.
  void RunLoopOnceAtPrompt() {
    bool prompt_cleared = false;
    if (isatty(STDOUT_FILENO) != 0) {
      SetBeforeOutputHook([&prompt_cleared] {
        prompt_cleared = true;
        WriteStdout(CanEraseLine() ? "\r\x1b[K" : "\n");
      });
    }
    uv_run(env_.loop(), UV_RUN_ONCE);
    SetBeforeOutputHook(nullptr);
    if (prompt_cleared) {
      FlushOutput();
      rl_forced_update_display();
    }
  }

  // Handles one line; false to end the REPL.
  bool HandleLine(const std::string& line) {
    if (interrupted_) {
      // Ctrl-C drops the input so far (and leaves editor mode); on an empty prompt it warns,
      // and a second one ends.
      interrupted_ = false;
      bool was_empty = buffer_.empty() && line.empty() && !editor_;
      buffer_.clear();
      editor_ = false;
      if (!was_empty) {
        interrupt_count_ = 0;
        return true;
      }
      if (++interrupt_count_ >= 2) return false;
      WriteStdout("(To exit, press Ctrl-C again or Ctrl-D or type .exit)\n");
      return true;
    }
    interrupt_count_ = 0;
    if (editor_) {
      buffer_ += line;
      buffer_ += '\n';
      return true;
    }
    if (!line.empty()) {
      add_history(line.c_str());
      if (!history_path_.empty()) {
        write_history(history_path_.c_str());
        history_truncate_file(history_path_.c_str(), kHistorySize);
      }
    }
    std::string trimmed = Trim(line);
    if (trimmed.size() > 1 && trimmed[0] == '.' && trimmed[1] != '.' &&
        !std::isdigit(static_cast<unsigned char>(trimmed[1]))) {
      size_t space = trimmed.find_first_of(" \t");
      std::string name = trimmed.substr(1, space == std::string::npos ? space : space - 1);
      std::string argument = space == std::string::npos ? "" : Trim(trimmed.substr(space));
      for (const Command& command : kCommands) {
        if (name == command.name) return (this->*command.run)(argument);
      }
      if (buffer_.empty()) {
        WriteStderr("Invalid REPL keyword\n");
        return true;
      }
    }
    if (buffer_.empty() && trimmed.empty()) return true;
    buffer_ += line;
    buffer_ += '\n';
    if (Evaluate(buffer_, /*may_continue=*/true)) buffer_.clear();
    return true;
  }

  // The dot commands.
  bool Exit(const std::string&) { return false; }

  bool Help(const std::string&) {
    std::string text;
    for (const Command& command : kCommands) {
      std::string name = std::string(".") + command.name;
      name.resize(9, ' ');
      text += name + command.help + "\n";
    }
    text +=
        "\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n"
        "Enter JavaScript to evaluate it; the result is printed (and kept in _, an error in\n"
        "_error). Top-level await works, and let or const may be declared again. An unfinished\n"
        "statement continues on the next line. Tab completes names and properties.\n";
    WriteStdout(text);
    return true;
  }

  bool Break(const std::string&) {
    buffer_.clear();
    return true;
  }

  bool Editor(const std::string&) {
    buffer_.clear();
    editor_ = true;
    WriteStdout("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n");
    return true;
  }

  void FinishEditor() {
    editor_ = false;
    if (CanEraseLine()) WriteStdout("\r\x1b[K");  // The "^D" the terminal echoed.
    std::string source = std::move(buffer_);
    buffer_.clear();
    if (!Trim(source).empty()) Evaluate(source, /*may_continue=*/false);
  }

  bool Load(const std::string& path) {
    std::string error;
    std::optional<std::string> source =
        path.empty() ? std::nullopt
                     : ReadWholeFile(ResolvePath(env_.base_directory(), path), &error);
    if (!source) {
      WriteStdout("Failed to load: " + path + "\n");
      return true;
    }
    buffer_.clear();
    Evaluate(*source, /*may_continue=*/false);
    return true;
  }

  bool Save(const std::string& path) {
    std::string text;
    for (size_t i = 0; i < saved_inputs_.size(); i++) text += (i ? "\n" : "") + saved_inputs_[i];
    std::ofstream file;
    if (!path.empty()) file.open(ResolvePath(env_.base_directory(), path), std::ios::binary);
    if (!file || !(file << text) || !file.flush()) {
      WriteStdout("Failed to save: " + path + "\n");
      return true;
    }
    WriteStdout("Session saved to: " + path + "\n");
    return true;
  }

  static std::string Trim(const std::string& text) {
    size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return "";
    size_t end = text.find_last_not_of(" \t\r\n");
    return text.substr(start, end - start + 1);
  }

  // True when a SyntaxError only says the input stopped too early.
  static bool IsIncomplete(v8::Isolate* isolate, v8::Local<v8::Value> exception) {
    if (!exception->IsNativeError()) return false;
    std::string text = ToUtf8(isolate, exception);
    return text == "SyntaxError: Unexpected end of input" ||
           text == "SyntaxError: Unterminated template literal";
  }

  // As node's REPL: input that starts with `{` and does not end with `;` is first tried as an
  // expression in parentheses ({a: 1} is an object, not a block with a label).
  static std::optional<std::string> AsObjectLiteral(const std::string& source) {
    std::string trimmed = Trim(source);
    if (trimmed.empty() || trimmed[0] != '{' || trimmed.back() == ';') return std::nullopt;
    return "(" + trimmed + ")\n";
  }

  static v8::MaybeLocal<v8::Value> EvaluateInput(v8::Isolate* isolate, const std::string& source) {
    return v8::debug::EvaluateGlobal(isolate, V8String(isolate, source),
                                     v8::debug::EvaluateGlobalMode::kDefault, true);
  }

  // Evaluates one input and prints its result or error; waits while its top-level await is
  // pending. False when the input is unfinished and may continue on the next line.
  bool Evaluate(const std::string& source, bool may_continue) {
    v8::Isolate* isolate = env_.isolate();
    bool incomplete = false;
    pending_ = false;
    pending_source_ = source;
    env_.RunTask([&](v8::Local<v8::Context> context) {
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Value> result;
      bool evaluated = false;
      // In REPL mode a thrown error rejects the returned promise: failing here means the
      // source did not compile (or execution was terminated), so nothing of it ran.
      if (std::optional<std::string> wrapped = AsObjectLiteral(source)) {
        evaluated = EvaluateInput(isolate, *wrapped).ToLocal(&result);
        if (!evaluated && !try_catch.HasTerminated()) try_catch.Reset();
      }
      if (!evaluated && !try_catch.HasTerminated()) {
        evaluated = EvaluateInput(isolate, source).ToLocal(&result);
      }
      if (!evaluated) {
        if (try_catch.HasTerminated()) return;
        if (may_continue && IsIncomplete(isolate, try_catch.Exception())) {
          incomplete = true;
          return;
        }
        PrintError(context, try_catch.Exception());
        return;
      }
      // REPL mode gives a promise of { .repl_result: value }, rejected with what was thrown.
      if (!result->IsPromise()) {
        PrintResult(context, result);
        return;
      }
      v8::Local<v8::Promise> promise = result.As<v8::Promise>();
      v8::Local<v8::External> self = v8::External::New(isolate, this);
      v8::Local<v8::Function> on_fulfilled, on_rejected;
      pending_ = true;
      if (!v8::Function::New(context, OnFulfilled, self).ToLocal(&on_fulfilled) ||
          !v8::Function::New(context, OnRejected, self).ToLocal(&on_rejected) ||
          promise->Then(context, on_fulfilled, on_rejected).IsEmpty()) {
        pending_ = false;
      }
    });
    if (incomplete) return false;
    // Top-level await: the next prompt waits until the input's promise settles.
    while (pending_ && !interrupted_ && uv_loop_alive(env_.loop())) {
      uv_run(env_.loop(), UV_RUN_ONCE);
    }
    if (interrupted_) {
      interrupted_ = false;
      pending_ = false;
      WriteStderr("Interrupted: no longer waiting (the awaited work goes on)\n");
    } else if (pending_) {
      pending_ = false;
      WriteStderr("Uncaught: the awaited promise can never settle (nothing is pending)\n");
    }
    return true;
  }

  static void OnFulfilled(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* repl = static_cast<Repl*>(args.Data().As<v8::External>()->Value());
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> value = args[0];
    if (value->IsObject()) {
      v8::Local<v8::Value> inner;
      if (value.As<v8::Object>()->Get(context, V8String(isolate, ".repl_result")).ToLocal(&inner)) {
        value = inner;
      }
    }
    repl->pending_ = false;
    repl->PrintResult(context, value);
  }

  static void OnRejected(const v8::FunctionCallbackInfo<v8::Value>& args) {
    auto* repl = static_cast<Repl*>(args.Data().As<v8::External>()->Value());
    repl->pending_ = false;
    repl->PrintError(args.GetIsolate()->GetCurrentContext(), args[0]);
  }

  // Prints a result as node's REPL does (proxies shown as proxies), keeps it in `_` and the
  // input for .save.
  void PrintResult(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
    v8::Isolate* isolate = env_.isolate();
    v8::TryCatch try_catch(isolate);
    saved_inputs_.push_back(Trim(pending_source_));
    v8::Local<v8::Value> argv[] = {value};
    if (set_last_.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty()) {
      try_catch.Reset();
    }
    v8::Local<v8::Object> options = v8::Object::New(isolate);
    v8::Local<v8::String> text;
    if (options->Set(context, V8String(isolate, "showProxy"), v8::True(isolate)).IsNothing() ||
        !env_.inspector().Inspect(context, value, options, stdout_colors_).ToLocal(&text)) {
      PrintError(context, try_catch.Exception());
      return;
    }
    WriteStdout(ToUtf8(isolate, text) + "\n");
  }

  void PrintError(v8::Local<v8::Context> context, v8::Local<v8::Value> exception) {
    v8::Isolate* isolate = env_.isolate();
    {
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Value> argv[] = {exception};
      IgnoreResult(set_error_.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv));
    }
    WriteStderr("Uncaught " +
                env_.inspector().InspectForReport(context, exception, stderr_colors_) + "\n");
  }

  // Tab (bound in place of libedit's completion, whose listing cannot be grouped): completes
  // the word before the cursor (shell/repl_completion.h). A Tab inserts what all candidates
  // share; a second Tab that could not add anything lists them, grouped as node lists them.
  static int TabKey(int /*count*/, int /*key*/) {
    Repl* repl = instance_;
    std::string before(rl_line_buffer, static_cast<size_t>(rl_point));
    size_t start = before.find_last_of(kWordBreaks);
    std::string word = start == std::string::npos ? before : before.substr(start + 1);
    std::vector<std::vector<std::string>> groups = CompletionGroups(repl->env_.context(), word);
    std::string common = CommonPrefix(groups);
    if (common.size() > word.size()) {
      rl_insert_text(common.substr(word.size()).c_str());
      // libedit draws the line again from where the cursor is: start at the line's beginning.
      WriteStdout("\r");
      FlushOutput();
      rl_forced_update_display();
      repl->last_completion_state_.clear();
      return 0;
    }
    std::string state = before + '\0' + rl_line_buffer;
    if (!groups.empty() && state == repl->last_completion_state_) {
      WriteStdout("\n" + FormatCompletionList(groups, TerminalColumns(STDOUT_FILENO)));
      FlushOutput();
      rl_forced_update_display();  // The prompt and the input again, below the list.
    }
    repl->last_completion_state_ = state;
    return 0;
  }

  Environment& env_;
  std::string buffer_;          // The input so far of a statement spanning lines (or .editor).
  bool editor_ = false;         // In .editor mode: lines gather until Ctrl-D.
  std::string pending_source_;  // The input being evaluated.
  std::vector<std::string> saved_inputs_;  // Inputs that evaluated without error, for .save.
  std::string history_path_;
  uv_poll_t* stdin_poll_ = nullptr;  // Freed by its close callback, after the REPL.
  bool input_ready_ = false;
  bool interrupted_ = false;  // Ctrl-C came while no JavaScript ran.
  int interrupt_count_ = 0;   // Consecutive Ctrl-Cs on an empty prompt.
  bool pending_ = false;      // The last input's evaluation has not settled yet.
  bool stdout_colors_ = false;
  bool stderr_colors_ = false;
  v8::Global<v8::Function> set_last_;   // Sets `_`.
  v8::Global<v8::Function> set_error_;  // Sets `_error`.
  termios terminal_state_;
  bool have_terminal_state_ = false;
  std::string last_completion_state_;  // Line and cursor of a Tab that added nothing.
};

// As node's REPL lists them in .help (.editor needs a terminal, which the REPL always has).
const Command Repl::kCommands[7] = {
    {"break", "Sometimes you get stuck, this gets you out", &Repl::Break},
    {"clear", "Alias for .break", &Repl::Break},
    {"editor", "Enter editor mode", &Repl::Editor},
    {"exit", "Exit the REPL", &Repl::Exit},
    {"help", "Print this help message", &Repl::Help},
    {"load", "Load JS from a file into the REPL session", &Repl::Load},
    {"save", "Save all evaluated commands in this REPL session to a file", &Repl::Save},
};

Repl* Repl::instance_ = nullptr;

}  // namespace

void RunRepl(Environment& env) {
  env.set_interactive(true);
  Repl repl(env);
  Repl::instance_ = &repl;
  repl.Run();
  Repl::instance_ = nullptr;
}

}  // namespace linea::shell
