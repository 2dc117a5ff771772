// JS String Builtins (https://github.com/WebAssembly/js-string-builtins, phase 4): the compile
// options `builtins: ["js-string"]` and `importedStringConstants`, which make the engine
// provide some imports itself: the "wasm:js-string" functions, and an immutable externref
// global holding its own name for each import of the string-constants module. Such imports are
// checked when the module is compiled (a CompileError if their types do not match), left out
// of Module.imports, and never read from the import object.
//
// All thirteen builtins are implemented; fromCharCodeArray and intoCharCodeArray read and
// write the GC array of i16 they are given (runtime/store/gc_heap.h).
#ifndef LINEA_BINDINGS_JS_STRING_BUILTINS_H_
#define LINEA_BINDINGS_JS_STRING_BUILTINS_H_

#include <v8.h>

#include <optional>
#include <string>
#include <string_view>

#include "bindings/state.h"
#include "runtime/decode/module.h"
#include "runtime/store/instance.h"

namespace linea::bindings {

// WebAssemblyCompileOptions.
struct CompileOptions {
  bool js_string_builtins = false;                       // builtins contains "js-string".
  std::optional<std::string> imported_string_constants;  // The string-constants module name.
};

// Converts the optional options argument (undefined: none). False with an exception pending.
bool ReadCompileOptions(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                        std::string_view what, CompileOptions* options);

// The CompileError message for the first builtin or string-constant import whose type does not
// match, or "" if all match.
std::string CheckProvidedImports(const rt::Module& module, const CompileOptions& options);

// Whether `options` make the engine provide `import`.
bool IsProvidedImport(const CompileOptions& options, const rt::Import& import);

// What the engine provides for such an import (the module passed CheckProvidedImports).
rt::Extern ProvidedImport(v8::Local<v8::Context> context, State& state,
                          const CompileOptions& options, const rt::Import& import);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_JS_STRING_BUILTINS_H_
