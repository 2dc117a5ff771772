// ES modules: the main module (.mjs or --module), static and dynamic import of relative files,
// absolute paths and file: URLs, import.meta.url, and top-level await; WebAssembly modules
// (.wasm) in the graph as the ES module integration proposal has them.
#ifndef LINEA_SHELL_MODULES_H_
#define LINEA_SHELL_MODULES_H_

#include <v8.h>

#include <string>

namespace linea::shell {

class Environment;

// Sets the isolate's callbacks for dynamic import() and import.meta.
void InitializeModules(v8::Isolate* isolate);

// Runs the module `source` named `path` (an absolute path, or a name like "[eval]" for code
// given inline, whose imports resolve against the base directory). Errors are reported as
// uncaught; a top-level await that never settles is reported when the loop ends.
void RunMainModule(Environment& env, const std::string& source, const std::string& path);

// `linea FILE.wasm`: imports the wasm module as an ES module (its imports resolved from their
// module names as specifiers relative to it: JavaScript or other wasm files), then
// calls its exported `_start`, else its exported `main`, with no arguments; a `main` returning a
// non-zero number ends the process with that exit status (through quit()). No WASI imports are
// provided: a module importing "wasi_snapshot_preview1" fails to resolve that specifier.
void RunMainWasm(Environment& env, const std::string& path);

// After the loop: false (with a message) when the main module's evaluation never settled.
bool MainModuleSettled(Environment& env);

}  // namespace linea::shell

#endif  // LINEA_SHELL_MODULES_H_
