#include "shell/code_cache.h"

#include <utility>

namespace linea::shell {
namespace {

// Set only in make_code_cache, before its one isolate starts.
CompiledScriptRecorder& Recorder() {
  static CompiledScriptRecorder recorder;
  return recorder;
}

}  // namespace

const EmbeddedCodeCache* FindEmbeddedCodeCache(std::string_view name) {
  for (const EmbeddedCodeCache& cache : EmbeddedCodeCaches()) {
    if (name == cache.name) return &cache;
  }
  return nullptr;
}

void SetCompiledScriptRecorder(CompiledScriptRecorder recorder) {
  Recorder() = std::move(recorder);
}

void RecordCompiledScript(std::string_view name, v8::Local<v8::UnboundScript> script) {
  if (Recorder()) Recorder()(name, script);
}

}  // namespace linea::shell
