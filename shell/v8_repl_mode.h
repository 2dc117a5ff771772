// V8's REPL mode (the mode of the DevTools console): top-level await, and `let`/`const`
// that may be declared again in a later input. V8 exports it from libnode but ships no header
// for it, so it is declared here exactly as V8 10.2's src/debug/debug-interface.h declares it.
// The V8 version is pinned in DEPS, which keeps this declaration and the library in step.
#ifndef LINEA_SHELL_V8_REPL_MODE_H_
#define LINEA_SHELL_V8_REPL_MODE_H_

#include <v8.h>

namespace v8::debug {

enum class EvaluateGlobalMode {
  kDefault,
  kDisableBreaks,
  kDisableBreaksAndThrowOnSideEffect,
};

// Evaluates `source` in the isolate's current context as a REPL input when `repl_mode` is true.
V8_EXPORT MaybeLocal<Value> EvaluateGlobal(Isolate* isolate, Local<String> source,
                                           EvaluateGlobalMode mode, bool repl_mode);

}  // namespace v8::debug

#endif  // LINEA_SHELL_V8_REPL_MODE_H_
