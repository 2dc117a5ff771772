// How a module's function bodies are compiled (runtime/decode/decoder.h takes these).
#ifndef LINEA_RUNTIME_COMPILE_COMPILE_OPTIONS_H_
#define LINEA_RUNTIME_COMPILE_COMPILE_OPTIONS_H_

#include <cstddef>

namespace linea::rt {

// Whether modules whose options ask for lazy compilation get it: true, unless the process turned
// it off (linea --no-lazy-compile, spectest --no-lazy-compile, as V8's
// --no-wasm-lazy-compilation).
bool LazyCompileByDefault();
void SetLazyCompileByDefault(bool lazy);

struct CompileOptions {
  // Validate only (WebAssembly.validate): no code is generated; the module's code stays empty.
  bool validate_only = false;
  // Validate every body now (errors are reported by the compile, as the spec requires) but
  // generate a function's code on its first call (runtime/compile/lazy_compile.h), as browsers
  // do: compiling runs at validation speed and only the functions that run take code memory.
  // Unless LazyCompileByDefault() is false.
  bool lazy = true;
  // Compile on the compile threads when the code section has at least this many bytes (and the
  // machine more than one core); 0 never does. Smaller sections compile faster on one thread
  // than they take to hand over.
  size_t parallel_min_code_bytes = 256 * 1024;
  // The bodies handed to the compiler stay valid until the module is built (DecodeModule, which
  // decodes from the caller's bytes, sets it): parallel batches then read them in place instead
  // of copying them.
  bool bodies_outlive_compile = false;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_COMPILE_OPTIONS_H_
