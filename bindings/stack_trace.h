// Wasm frames in JS stack traces, in V8's format:
//
//   at run (wasm://wasm/605cc3ce:wasm-function[1]:0x2e)
//
// V8 knows only its own (JS) frames; the interpreter's frames live on linea's heap. So each call
// from wasm to a JS import goes through a tiny JS function (a trampoline) whose frame marks, among
// the JS frames V8 records, where the suspended wasm activation sits; the isolate's
// PrepareStackTraceCallback (V8 calls it when an error's `stack` is first read) replaces each
// trampoline frame with the frames of the matching live activation (innermost trampoline,
// innermost activation), so JS and wasm frames appear interleaved in true call order.
//
// The wasm frames must still be live when the stack is formatted: `new Error().stack` read in
// an import, and any error thrown through wasm (its stack is formatted as it leaves the import,
// see FormatStackNow) show them; an error created in an import but first read after the wasm
// call returned shows the JS frames only (its wasm frames are gone by then).
//
// A user's Error.prepareStackTrace is called as V8 calls it, with the JS call sites (the
// trampolines removed; V8 would also pass call sites for the wasm frames, which linea cannot
// make), since V8 leaves that call to the embedder once a callback is set.
#ifndef LINEA_BINDINGS_STACK_TRACE_H_
#define LINEA_BINDINGS_STACK_TRACE_H_

#include <v8.h>

#include <string>
#include <vector>

#include "runtime/interpreter/trap.h"

namespace linea::bindings {

class State;

// "wasm://wasm/605cc3ce" or, for a module named in its name section, "wasm://wasm/name-605cc3ce".
std::string ModuleScriptUrl(const rt::Module& module);

// One frame as V8 prints it after "at ": "name (url:wasm-function[i]:0xoff)", the name from the
// name section ("module.function", "module", or "function", as V8 composes them), or
// "url:wasm-function[i]:0xoff" when neither the function nor the module has a name.
std::string WasmFrameText(const rt::TraceFrame& frame);

// Error.stackTraceLimit (V8's default 10 when it is not a number), which V8 applies to the JS
// frames and linea to the JS and wasm frames together.
int StackTraceLimit(v8::Local<v8::Context> context);

// The name of the trampolines' script, so other stack printers (console.trace) can skip them.
inline constexpr const char kWasmToJsScriptName[] = "linea:wasm-to-js";

class StackTraces {
 public:
  explicit StackTraces(v8::Isolate* isolate);
  StackTraces(const StackTraces&) = delete;
  StackTraces& operator=(const StackTraces&) = delete;

  // Installs the isolate's PrepareStackTraceCallback (once per isolate).
  void Install(v8::Local<v8::Context> context);

  // A function that calls `callable` with its `arity` arguments and receiver undefined: what
  // wasm calls in place of a JS import, so its frame marks the wasm activation in stacks. One
  // per import keeps each call site monomorphic: a wasm-to-JS call costs 82.6 ns with it, 80.1
  // without any (best of 8, interleaved, a wasm loop calling a one-argument import 5M times;
  // node 5.5 ns), where one trampoline shared by all imports cost ~45 ns more. Returns
  // `callable` itself if the function cannot be made.
  v8::Local<v8::Function> CallThrough(v8::Local<v8::Context> context,
                                      v8::Local<v8::Function> callable, size_t arity);

 private:
  v8::MaybeLocal<v8::Function> Factory(v8::Local<v8::Context> context, size_t arity);

  v8::Isolate* isolate_;
  // By arity: (function (f) { return function (a0, a1) { return f(a0, a1); }; }).
  std::vector<v8::Global<v8::Function>> factories_;
};

// Reads `exception.stack` now if it is an error object, so that its stack is formatted while
// the wasm frames it crossed are live.
void FormatStackNow(v8::Local<v8::Context> context, v8::Local<v8::Value> exception);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_STACK_TRACE_H_
