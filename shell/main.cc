// linea: a JavaScript shell on V8 with its own WebAssembly engine.
//
// main() reads the command line, starts V8 (with V8's own WebAssembly switched off), makes the
// environment and its context, runs the script, -e code, stdin or the REPL, and then the event
// loop until nothing is pending.
#include <unistd.h>
#include <uv.h>
#include <v8.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "bindings/webassembly.h"
#include "shell/document.h"
#include "shell/environment.h"
#include "shell/exit_watchdog.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/flags.h"
#include "shell/html_page.h"
#include "shell/inspect.h"
#include "shell/modules.h"
#include "shell/output.h"
#include "shell/repl.h"
#include "shell/scripts.h"
#include "shell/terminal.h"
#include "shell/v8_start.h"
#include "shell/v8_util.h"
#include "shell/version.h"
#include "shell/worker/agents.h"
#include "shell/worker/worker_thread.h"

namespace linea::shell {
namespace {

// Runs the program (a classic script or a module) as the first task. `src` is the script's URL
// ("" for code given inline), what a classic script's document.currentScript.src says.
void RunMainScript(Environment& env, PageDocument* document, const std::string& source,
                   const std::string& name, const std::string& src) {
  if (env.options().module) {
    RunMainModule(env, source, name);
    return;
  }
  env.RunTask([&](v8::Local<v8::Context> context) {
    if (document != nullptr) document->SetCurrentScript(context, src);
    IgnoreResult(RunClassicScript(context, source, name));
    if (document != nullptr) document->SetCurrentScript(context, std::nullopt);
  });
}

// -p EXPR: runs EXPR and keeps its value (none if it threw).
void RunForPrint(Environment& env, v8::Global<v8::Value>& value) {
  env.RunTask([&](v8::Local<v8::Context> context) {
    v8::Local<v8::Value> result;
    if (RunClassicScript(context, env.options().eval_code, "[eval]").ToLocal(&result)) {
      value.Reset(env.isolate(), result);
    }
  });
}

// Prints what -p kept as console.log prints it; as node does, before the event loop runs (what
// timers print comes after it).
void PrintKeptValue(Environment& env, const v8::Global<v8::Value>& value) {
  v8::Isolate* isolate = env.isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> values[] = {value.Get(isolate)};
  v8::Local<v8::String> text;
  bool colors = ShouldColor(STDOUT_FILENO, env.options().no_color);
  if (!env.inspector().Format(context, v8::Array::New(isolate, values, 1), colors).ToLocal(&text)) {
    WriteStderr("linea: " + ToUtf8(isolate, try_catch.Exception(), "the value cannot be printed") +
                "\n");
    return;
  }
  WriteStdout(ToUtf8(isolate, text) + "\n");
}

int RunProgram(Environment& env) {
  const Options& options = env.options();
  // `linea page.html` runs the page's scripts (shell/html_page.h).
  if (options.mode == Options::Mode::kScript && IsHtmlPagePath(options.script_path)) {
    return RunHtmlPage(env, options.script_path);
  }
  PageDocument* document = InstallBlankPageDocument(env);
  if (document == nullptr) return 1;
  switch (options.mode) {
    case Options::Mode::kScript: {
      std::string path = ResolvePath(env.base_directory(), options.script_path);
      std::string error;
      std::optional<std::string> source = ReadWholeFile(path, &error);
      if (!source) {
        WriteStderr("linea: " + error + "\n");
        return 1;
      }
      env.set_base_directory(DirectoryOf(path));
      if (path.size() > 5 && path.compare(path.size() - 5, 5, ".wasm") == 0) {
        RunMainWasm(env, path);  // shell/modules.h says what it calls.
        break;
      }
      RunMainScript(env, document, *source, path, PathToFileUrl(path));
      break;
    }
    case Options::Mode::kEval:
      if (options.print_result) {
        v8::Global<v8::Value> value;
        RunForPrint(env, value);
        if (!value.IsEmpty()) PrintKeptValue(env, value);
      } else {
        RunMainScript(env, document, options.eval_code, "[eval]", "");
      }
      break;
    case Options::Mode::kStdin:
      RunMainScript(env, document, ReadAllStdin(), "[stdin]", "");
      break;
    case Options::Mode::kRepl:
      RunRepl(env);
      break;
  }
  int exit_code = env.RunLoop();
  env.RunTask([&](v8::Local<v8::Context> context) { document->FinishOutput(context); });
  // Like node: a module whose top-level await can never settle exits with 13.
  if (!MainModuleSettled(env)) return 13;
  return exit_code;
}

int RunIsolate(const Options& options, const char* argv0);

int Main(int argc, char** argv) {
  ParseResult parsed = ParseCommandLine(argc, argv, isatty(STDIN_FILENO) != 0);
  if (!parsed.error.empty()) {
    WriteStderr("linea: " + parsed.error + "\nTry 'linea --help'.\n");
    return 2;
  }
  const Options& options = parsed.options;
  ExitWatchdog watchdog(options.timeout_seconds);
  if (options.help) {
    WriteStdout(UsageText());
    return 0;
  }
  if (options.version) {
    WriteStdout(std::string("linea ") + kLineaVersion + "\nV8 " + v8::V8::GetVersion() + "\n");
    return 0;
  }

  // V8 runs on a thread whose stack holds V8's stack limit with room to spare below it (for
  // the C++ frames between V8's checks), so the limit may exceed the main thread's 8 MiB.
  if (std::optional<int> code = RunOnStack(IsolateThreadStackBytes(options),
                                           [&] { return RunIsolate(options, argv[0]); })) {
    return *code;
  }
  // No such thread: on this one, within V8's own default limit.
  Options on_main_thread = options;
  on_main_thread.stack_size_kb = std::min<uint32_t>(options.stack_size_kb, 984);
  return RunIsolate(on_main_thread, argv[0]);
}

// Starts V8 and runs the program; returns the exit code.
int RunIsolate(const Options& options, const char* argv0) {
  V8Process v8_process(options, argv0);
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = ProcessArrayBufferAllocator();
  // As in browsers, Atomics.wait and memory.atomic.wait may not block the main thread (they
  // throw and trap); workers may. --main-thread-wait allows it, as node and d8 do.
  params.allow_atomics_wait = options.main_thread_wait;
  bindings::SetThreadMayBlock(options.main_thread_wait);
  v8::Isolate* isolate = v8::Isolate::New(params);
  int exit_code = 1;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    Environment env(isolate, uv_default_loop(), v8_process.pumped_platform(), options,
                    Agent::Create(0));
    if (env.CreateContext()) exit_code = RunProgram(env);
  }
  bindings::DisposeWebAssembly(isolate);  // V8 runs no weak callbacks at teardown.
  isolate->Dispose();
  FlushOutput();
  return exit_code;
}

}  // namespace
}  // namespace linea::shell

int main(int argc, char** argv) { return linea::shell::Main(argc, argv); }
