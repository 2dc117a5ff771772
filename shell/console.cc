#include "shell/console.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "shell/environment.h"
#include "shell/inspect.h"
#include "shell/output.h"
#include "shell/terminal.h"
#include "shell/v8_util.h"

namespace linea::shell {
namespace {

enum class Stream { kStdout, kStderr };

// What console keeps between calls: group indentation, counters and timers; and whether each
// stream is a terminal that shows colours (then objects print in colour, as node's do).
struct ConsoleState {
  bool stdout_colors = false;
  bool stderr_colors = false;
  std::string indentation;
  std::map<std::string, uint64_t> counts;
  std::map<std::string, std::chrono::steady_clock::time_point> timers;
};

ConsoleState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return static_cast<ConsoleState*>(args.Data().As<v8::External>()->Value());
}

bool ColorsFor(ConsoleState* state, Stream stream) {
  return stream == Stream::kStdout ? state->stdout_colors : state->stderr_colors;
}

// Writes `text` plus a newline, every line indented by the current group.
void Emit(ConsoleState* state, Stream stream, const std::string& text) {
  std::string out;
  if (state->indentation.empty()) {
    out = text;
  } else {
    out = state->indentation;
    for (char c : text) {
      out += c;
      if (c == '\n') out += state->indentation;
    }
  }
  out += '\n';
  if (stream == Stream::kStdout)
    WriteStdout(out);
  else
    WriteStderr(out);
}

// Formats args[start..] as console.log does for `stream`; false if formatting threw (left
// pending).
bool FormatArgs(const v8::FunctionCallbackInfo<v8::Value>& args, int start, std::string* text,
                Stream stream = Stream::kStdout) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> formatted;
  bool colors = ColorsFor(StateOf(args), stream);
  if (!Environment::From(isolate)
           ->inspector()
           .Format(context, args, start, colors)
           .ToLocal(&formatted)) {
    return false;
  }
  *text = ToUtf8(isolate, formatted);
  return true;
}

template <Stream stream>
void Log(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string text;
  if (!FormatArgs(args, 0, &text, stream)) return;
  Emit(StateOf(args), stream, text);
}

// The call stack below the console call, as "    at ..." lines: the frames of an error made
// here, so they are formatted as every Error.stack is (wasm frames included), as node's
// console.trace does with Error.captureStackTrace.
std::string CurrentStack(v8::Isolate* isolate) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch try_catch(isolate);  // A user's Error.prepareStackTrace may throw.
  v8::Local<v8::Value> error = v8::Exception::Error(v8::String::Empty(isolate));
  v8::Local<v8::Value> stack;
  if (!error.As<v8::Object>()->Get(context, V8String(isolate, "stack")).ToLocal(&stack) ||
      !stack->IsString()) {
    return "";
  }
  std::string text = ToUtf8(isolate, stack);
  size_t first = text.find("\n    at ");
  return first == std::string::npos ? "" : text.substr(first);
}

void Trace(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string text;
  if (!FormatArgs(args, 0, &text, Stream::kStderr)) return;
  Emit(StateOf(args), Stream::kStderr,
       "Trace" + (text.empty() ? "" : ": " + text) + CurrentStack(args.GetIsolate()));
}

void Assert(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (args[0]->BooleanValue(args.GetIsolate())) return;
  std::string text;
  if (!FormatArgs(args, 1, &text, Stream::kStderr)) return;
  Emit(StateOf(args), Stream::kStderr, "Assertion failed" + (args.Length() > 1 ? ": " + text : ""));
}

// console.dir(value, options): util.inspect with the given options.
void Dir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> text;
  v8::Local<v8::Value> options = args[1]->IsObject() ? args[1] : v8::Local<v8::Value>();
  bool colors = StateOf(args)->stdout_colors;
  if (!Environment::From(isolate)
           ->inspector()
           .Inspect(context, args[0], options, colors)
           .ToLocal(&text)) {
    return;
  }
  Emit(StateOf(args), Stream::kStdout, ToUtf8(isolate, text));
}

// console.table(tabularData, properties): a table, or what console.log would print when the
// data is not tabular.
void Table(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> table;
  if (!Environment::From(isolate)->inspector().Table(context, args[0], args[1]).ToLocal(&table)) {
    return;
  }
  if (table->IsString()) {
    Emit(StateOf(args), Stream::kStdout, ToUtf8(isolate, table));
    return;
  }
  std::string text;
  if (FormatArgs(args, 0, &text)) Emit(StateOf(args), Stream::kStdout, text);
}

// The label argument of count/time: 'default' when absent or undefined.
bool Label(const v8::FunctionCallbackInfo<v8::Value>& args, std::string* label) {
  if (args[0]->IsUndefined()) {
    *label = "default";
    return true;
  }
  v8::Local<v8::String> string;
  if (!args[0]->ToString(args.GetIsolate()->GetCurrentContext()).ToLocal(&string)) return false;
  *label = ToUtf8(args.GetIsolate(), string);
  return true;
}

void Count(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string label;
  if (!Label(args, &label)) return;
  uint64_t count = ++StateOf(args)->counts[label];
  Emit(StateOf(args), Stream::kStdout, label + ": " + std::to_string(count));
}

void CountReset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string label;
  if (!Label(args, &label)) return;
  auto& counts = StateOf(args)->counts;
  if (counts.erase(label) == 0) {
    Emit(StateOf(args), Stream::kStderr, "Count for '" + label + "' does not exist");
  }
}

void Time(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string label;
  if (!Label(args, &label)) return;
  auto& timers = StateOf(args)->timers;
  if (timers.count(label) != 0) {
    Emit(StateOf(args), Stream::kStderr, "Label '" + label + "' already exists for console.time()");
    return;
  }
  timers[label] = std::chrono::steady_clock::now();
}

// Elapsed time as node prints it: "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)".
std::string FormatDuration(double ms) {
  char buffer[64];
  if (ms >= 60000) {
    int minutes = static_cast<int>(ms / 60000);
    std::snprintf(buffer, sizeof buffer, "%d:%06.3f (m:ss.mmm)", minutes,
                  (ms - minutes * 60000.0) / 1000);
  } else if (ms >= 1000) {
    std::snprintf(buffer, sizeof buffer, "%.3fs", ms / 1000);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3fms", ms);
  }
  return buffer;
}

template <bool end>
void TimeLogOrEnd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string label;
  if (!Label(args, &label)) return;
  ConsoleState* state = StateOf(args);
  auto it = state->timers.find(label);
  if (it == state->timers.end()) {
    Emit(state, Stream::kStderr,
         "No such label '" + label + "' for console.time" + (end ? "End()" : "Log()"));
    return;
  }
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - it->second)
          .count();
  std::string text = label + ": " + FormatDuration(ms);
  if (!end && args.Length() > 1) {
    std::string extra;
    if (!FormatArgs(args, 1, &extra)) return;
    text += " " + extra;
  }
  if (end) state->timers.erase(it);
  Emit(state, Stream::kStdout, text);
}

void Group(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (args.Length() > 0) {
    std::string text;
    if (!FormatArgs(args, 0, &text)) return;
    Emit(StateOf(args), Stream::kStdout, text);
  }
  StateOf(args)->indentation += "  ";
}

void GroupEnd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string& indentation = StateOf(args)->indentation;
  if (indentation.size() >= 2) indentation.resize(indentation.size() - 2);
}

struct ConsoleMethod {
  const char* name;
  v8::FunctionCallback callback;
};

constexpr ConsoleMethod kMethods[] = {
    {"log", Log<Stream::kStdout>},
    {"info", Log<Stream::kStdout>},
    {"debug", Log<Stream::kStdout>},
    {"warn", Log<Stream::kStderr>},
    {"error", Log<Stream::kStderr>},
    {"trace", Trace},
    {"assert", Assert},
    {"dir", Dir},
    {"table", Table},
    {"count", Count},
    {"countReset", CountReset},
    {"time", Time},
    {"timeLog", TimeLogOrEnd<false>},
    {"timeEnd", TimeLogOrEnd<true>},
    {"group", Group},
    {"groupCollapsed", Group},
    {"groupEnd", GroupEnd},
};

}  // namespace

void InstallConsole(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  Environment* env = Environment::From(isolate);
  ConsoleState* state = env->Own(std::make_unique<ConsoleState>());
  state->stdout_colors = ShouldColor(STDOUT_FILENO, env->options().no_color);
  state->stderr_colors = ShouldColor(STDERR_FILENO, env->options().no_color);
  v8::Local<v8::External> data = v8::External::New(isolate, state);
  for (const ConsoleMethod& method : kMethods) {
    SetMethod(context, console, method.name, method.callback, data);
  }
  SetHidden(context, global, "console", console);
}

}  // namespace linea::shell
