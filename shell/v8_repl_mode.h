// V8's REPL mode (the mode of the DevTools console): top-level await, and `let`/`const`
// that may be declared again in a later input; and the top-level lexical names (for tab
// completion). V8 exports these from libnode but ships no header for them, so they are
// declared here exactly as V8 10.2's src/debug/debug-interface.h declares them.
// The V8 version is pinned in DEPS, which keeps this declaration and the library in step.
#ifndef LINEA_SHELL_V8_REPL_MODE_H_
#define LINEA_SHELL_V8_REPL_MODE_H_

#include <v8.h>
// libnode-dev ships v8-util.h (PersistentValueVector) only beside V8's own sources.
#include <../nodejs/deps/v8/include/v8-util.h>

namespace v8::debug {

enum class EvaluateGlobalMode {
  kDefault,
  kDisableBreaks,
  kDisableBreaksAndThrowOnSideEffect,
};

// Evaluates `source` in the isolate's current context as a REPL input when `repl_mode` is true.
V8_EXPORT MaybeLocal<Value> EvaluateGlobal(Isolate* isolate, Local<String> source,
                                           EvaluateGlobalMode mode, bool repl_mode);

// The names declared with let, const and class at the top level of `context`'s scripts and
// REPL inputs (they are not properties of the global object), for tab completion.
V8_EXPORT void GlobalLexicalScopeNames(Local<Context> context,
                                       PersistentValueVector<String>* names);

}  // namespace v8::debug

#endif  // LINEA_SHELL_V8_REPL_MODE_H_
