// V8 code caches of the shell's JavaScript (shell/js, shell/web/js), made at build time.
//
// make_code_cache (make_code_cache.cc) starts V8 exactly as `linea -e 0` does, records every
// script RunFactory compiles while the globals are installed, and writes each one's code cache
// (made after the factories ran, so it also holds the functions they called) into a C++ file
// that linea embeds (the ASan build's embeds none). RunFactory hands a script's cache to V8,
// which checks that V8's version, its flags and the source length match and otherwise ignores
// it and compiles the source: a cache can make start-up faster, never change what runs.
#ifndef LINEA_SHELL_CODE_CACHE_H_
#define LINEA_SHELL_CODE_CACHE_H_

#include <v8.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>

namespace linea::shell {

struct EmbeddedCodeCache {
  const char* name;  // the script's name as RunFactory is given it ("webidl.js")
  const uint8_t* data;
  int size;
};

// The caches linea embeds; none in make_code_cache itself (code_cache_none.cc).
std::span<const EmbeddedCodeCache> EmbeddedCodeCaches();

// The embedded cache of the script `name`, or null.
const EmbeddedCodeCache* FindEmbeddedCodeCache(std::string_view name);

// make_code_cache: called with each script RunFactory compiles (in this thread's isolate).
using CompiledScriptRecorder =
    std::function<void(std::string_view name, v8::Local<v8::UnboundScript> script)>;
void SetCompiledScriptRecorder(CompiledScriptRecorder recorder);
void RecordCompiledScript(std::string_view name, v8::Local<v8::UnboundScript> script);

}  // namespace linea::shell

#endif  // LINEA_SHELL_CODE_CACHE_H_
