// Formatting of values for console output, the REPL and error reports, as node's
// util.inspect does. The formatter itself is JavaScript (shell/js/inspect.js); this side
// evaluates it in a context and gives it the engine-internal views it needs (Map entries,
// promise states, proxy targets), which scripts cannot observe.
#ifndef LINEA_SHELL_INSPECT_H_
#define LINEA_SHELL_INSPECT_H_

#include <v8.h>

#include <memory>
#include <string>

namespace linea::shell {

class Inspector {
 public:
  // Evaluates the formatter in `context`; call before any user script runs there.
  static std::unique_ptr<Inspector> Create(v8::Local<v8::Context> context);

  // util.inspect(value, options); empty (with an exception pending) if formatting threw.
  // `colors`: the text goes to a terminal that shows colours (unless options.colors says no).
  v8::MaybeLocal<v8::String> Inspect(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                     v8::Local<v8::Value> options = {}, bool colors = false);
  // util.format(...args[start..]): console.log's directives (%s %d %i %f %j %o %O %c %%).
  v8::MaybeLocal<v8::String> Format(v8::Local<v8::Context> context,
                                    const v8::FunctionCallbackInfo<v8::Value>& args, int start = 0,
                                    bool colors = false);
  v8::MaybeLocal<v8::String> Format(v8::Local<v8::Context> context, v8::Local<v8::Array> args,
                                    bool colors = false);

  // console.table's text for `data` (shell/js/console_table.js); undefined when `data` is not
  // tabular (console.table then logs it as is); empty with an exception pending if it threw.
  v8::MaybeLocal<v8::Value> Table(v8::Local<v8::Context> context, v8::Local<v8::Value> data,
                                  v8::Local<v8::Value> properties);

  // registerPlatformPrototype(prototype): the web interfaces (shell/web/js/webidl.js) register
  // their prototypes so that their instances print with their attributes.
  v8::Local<v8::Function> platform_registrar() const { return registrar_.Get(isolate_); }

  // Inspect() for reports that must not fail: falls back to ToString, then to a placeholder.
  std::string InspectForReport(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                               bool colors = false);

 private:
  Inspector(v8::Isolate* isolate, v8::Local<v8::Function> inspect, v8::Local<v8::Function> format,
            v8::Local<v8::Function> table, v8::Local<v8::Function> registrar);

  v8::Isolate* isolate_;
  v8::Global<v8::Function> inspect_;
  v8::Global<v8::Function> format_;
  v8::Global<v8::Function> table_;
  v8::Global<v8::Function> registrar_;
};

}  // namespace linea::shell

#endif  // LINEA_SHELL_INSPECT_H_
