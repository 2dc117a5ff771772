#include "shell/repl.h"

#include <editline/readline.h>
#include <termios.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "shell/environment.h"
#include "shell/inspect.h"
#include "shell/interrupt.h"
#include "shell/output.h"
#include "shell/v8_repl_mode.h"
#include "shell/v8_util.h"
#include "shell/version.h"

namespace linea::shell {
namespace {

constexpr char kPrompt[] = "> ";
constexpr char kContinuationPrompt[] = "... ";
constexpr int kHistorySize = 1000;

constexpr char kHelp[] =
    ".exit     Leave the REPL (Ctrl-D does too)\n"
    ".help     Show this help\n"
    ".clear    Drop a multi-line input in progress\n"
    "\n"
    "Enter JavaScript to evaluate it; the result is printed. Top-level await works, and let or\n"
    "const may be declared again. An unfinished statement continues on the next line.\n"
    "Tab completes global names and properties (e.g. console.l<Tab>).\n";

class Repl {
 public:
  explicit Repl(Environment& env) : env_(env) {}

  // Reads and evaluates inputs until .exit or Ctrl-D.
  void Run() {
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0') history_path_ = std::string(home) + "/.linea_history";
    // Wide-character input needs the user's locale (UTF-8 terminals).
    if (std::setlocale(LC_CTYPE, "") == nullptr) std::setlocale(LC_CTYPE, "C.UTF-8");
    SaveTerminal();
    rl_readline_name = "linea";
    rl_catch_signals = 0;  // Ctrl-C is the Interrupter's.
    rl_getc_function = GetChar;
    rl_attempted_completion_function = Complete;
    rl_completer_word_break_characters = const_cast<char*>(kWordBreaks);
    rl_completion_append_character = '\0';
    rl_initialize();
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
      char* line = readline(buffer_.empty() ? kPrompt : kContinuationPrompt);
      if (line == nullptr) {  // Ctrl-D
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

 private:
  static constexpr char kWordBreaks[] = " \t\n\"\\'`@$><=;|&{}()[]!+-*/%,?:~^";

  void SaveTerminal() { have_terminal_state_ = tcgetattr(STDIN_FILENO, &terminal_state_) == 0; }

  void RestoreTerminal() {
    if (have_terminal_state_) tcsetattr(STDIN_FILENO, TCSADRAIN, &terminal_state_);
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
    while (!repl->input_ready_) uv_run(repl->env_.loop(), UV_RUN_ONCE);
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

  // Handles one line; false to end the REPL.
  bool HandleLine(const std::string& line) {
    if (interrupted_) {
      // Ctrl-C drops the input so far; on an empty prompt it warns, and a second one ends.
      interrupted_ = false;
      bool was_empty = buffer_.empty() && line.empty();
      buffer_.clear();
      if (!was_empty) {
        interrupt_count_ = 0;
        return true;
      }
      if (++interrupt_count_ >= 2) return false;
      WriteStdout("(To exit, press Ctrl-C again or Ctrl-D or type .exit)\n");
      return true;
    }
    interrupt_count_ = 0;
    if (!line.empty()) {
      add_history(line.c_str());
      if (!history_path_.empty()) {
        write_history(history_path_.c_str());
        history_truncate_file(history_path_.c_str(), kHistorySize);
      }
    }
    std::string command = Trim(line);
    if (buffer_.empty()) {
      if (command == ".exit") return false;
      if (command == ".help") {
        WriteStdout(kHelp);
        return true;
      }
      if (command.empty()) return true;
    } else if (command == ".clear") {
      buffer_.clear();
      return true;
    }
    buffer_ += line;
    buffer_ += '\n';
    Evaluate();
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

  void Evaluate() {
    v8::Isolate* isolate = env_.isolate();
    bool incomplete = false;
    pending_ = false;
    env_.RunTask([&](v8::Local<v8::Context> context) {
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Value> result;
      if (!v8::debug::EvaluateGlobal(isolate, V8String(isolate, buffer_),
                                     v8::debug::EvaluateGlobalMode::kDefault, true)
               .ToLocal(&result)) {
        if (try_catch.HasTerminated()) return;
        if (IsIncomplete(isolate, try_catch.Exception())) {
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
    if (incomplete) return;
    buffer_.clear();
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

  void PrintResult(v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
    v8::TryCatch try_catch(env_.isolate());
    v8::Local<v8::String> text;
    if (!env_.inspector().Inspect(context, value).ToLocal(&text)) {
      PrintError(context, try_catch.Exception());
      return;
    }
    WriteStdout(ToUtf8(env_.isolate(), text) + "\n");
  }

  void PrintError(v8::Local<v8::Context> context, v8::Local<v8::Value> exception) {
    WriteStderr("Uncaught " + env_.inspector().InspectForReport(context, exception) + "\n");
  }

  // Tab completion: names on the global object, or properties of the object a dotted path
  // (a.b.c.) names, evaluated without side effects.
  static char** Complete(const char* text, int /*start*/, int /*end*/) {
    rl_attempted_completion_over = 1;
    Repl* repl = instance_;
    repl->matches_ = repl->Candidates(text);
    if (repl->matches_.empty()) return nullptr;
    repl->match_index_ = 0;
    return rl_completion_matches(text, NextMatch);
  }

  static char* NextMatch(const char* /*text*/, int state) {
    Repl* repl = instance_;
    if (state == 0) repl->match_index_ = 0;
    if (repl->match_index_ >= repl->matches_.size()) return nullptr;
    return strdup(repl->matches_[repl->match_index_++].c_str());
  }

  std::vector<std::string> Candidates(const std::string& text) {
    static const std::regex kPath(R"(^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.([\w$]*)$)");
    static const std::regex kName(R"(^[A-Za-z_$][\w$]*$)");
    std::string base, prefix;
    std::smatch match;
    if (std::regex_match(text, match, kPath)) {
      base = match[1];
      prefix = match[2];
    } else if (text.empty() || std::regex_match(text, kName)) {
      prefix = text;
    } else {
      return {};
    }
    v8::Isolate* isolate = env_.isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env_.context();
    v8::Context::Scope context_scope(context);
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> target = context->Global();
    if (!base.empty()) {
      if (!v8::debug::EvaluateGlobal(
               isolate, V8String(isolate, base),
               v8::debug::EvaluateGlobalMode::kDisableBreaksAndThrowOnSideEffect, false)
               .ToLocal(&target) ||
          !target->IsObject()) {
        return {};
      }
    }
    std::set<std::string> names;
    v8::Local<v8::Value> object = target;
    for (int depth = 0; object->IsObject() && depth < 32; depth++) {
      v8::Local<v8::Array> own;
      if (!object.As<v8::Object>()
               ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly,
                                  static_cast<v8::PropertyFilter>(v8::SKIP_SYMBOLS),
                                  v8::IndexFilter::kSkipIndices)
               .ToLocal(&own)) {
        break;
      }
      for (uint32_t i = 0; i < own->Length(); i++) {
        v8::Local<v8::Value> key;
        if (!own->Get(context, i).ToLocal(&key)) continue;
        std::string name = ToUtf8(isolate, key);
        if (name.rfind(prefix, 0) == 0 && std::regex_match(name, kName)) names.insert(name);
      }
      object = object.As<v8::Object>()->GetPrototype();
    }
    std::vector<std::string> result;
    for (const std::string& name : names) result.push_back(base.empty() ? name : base + "." + name);
    return result;
  }

 public:
  static Repl* instance_;

 private:
  Environment& env_;
  std::string buffer_;  // The input so far of a statement spanning lines.
  std::string history_path_;
  uv_poll_t* stdin_poll_ = nullptr;  // Freed by its close callback, after the REPL.
  bool input_ready_ = false;
  bool interrupted_ = false;  // Ctrl-C came while no JavaScript ran.
  int interrupt_count_ = 0;   // Consecutive Ctrl-Cs on an empty prompt.
  bool pending_ = false;      // The last input's evaluation has not settled yet.
  termios terminal_state_;
  bool have_terminal_state_ = false;
  std::vector<std::string> matches_;
  size_t match_index_ = 0;
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
