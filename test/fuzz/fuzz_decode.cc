// Fuzz target "decode": rt::DecodeModule on arbitrary bytes, and the same bytes fed to
// rt::StreamingDecoder in chunks of pseudo-random sizes (seeded by the input, so a crash
// replays). The streaming decoder promises the outcome never depends on how the input was
// split, so both must agree: both ok with the same module shape, or both the same error
// (message and offset).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/decode/decoder.h"
#include "test/fuzz/host_environment.h"

namespace linea::fuzz {
namespace {

using ModuleResult = rt::Result<std::shared_ptr<const rt::Module>>;

ModuleResult DecodeInChunks(std::span<const uint8_t> bytes, Rng& rng) {
  rt::StreamingDecoder decoder;
  size_t pos = 0;
  // Mostly tiny chunks (they split LEBs and section headers), sometimes large ones.
  const uint32_t max_chunk = rng.Below(4) == 0 ? 4096 : 1 + rng.Below(16);
  while (pos < bytes.size()) {
    size_t n = rng.Below(max_chunk + 1);  // Empty chunks are legal too.
    n = std::min(n, bytes.size() - pos);
    rt::Status fed = decoder.Feed(bytes.subspan(pos, n));
    pos += n;
    if (!fed.ok()) {
      // After an error, Finish must report the same error.
      ModuleResult finished = decoder.Finish();
      if (finished.ok() || finished.error().message != fed.error().message ||
          finished.error().offset != fed.error().offset) {
        fprintf(stderr, "Feed error '%s' but Finish says '%s'\n", fed.error().message.c_str(),
                finished.ok() ? "ok" : finished.error().message.c_str());
        abort();
      }
      return finished;
    }
  }
  return decoder.Finish();
}

std::string Describe(const ModuleResult& r) {
  if (r.ok()) return "ok";
  return "error at " + std::to_string(r.error().offset) + ": " + r.error().message;
}

// A cheap structural comparison of two decodes of the same bytes.
bool SameShape(const rt::Module& a, const rt::Module& b) {
  if (a.types != b.types || a.func_type_indices != b.func_type_indices ||
      a.imports.size() != b.imports.size() || a.exports.size() != b.exports.size() ||
      a.tables != b.tables || a.memories != b.memories || a.globals != b.globals ||
      a.start != b.start || a.elements.size() != b.elements.size() ||
      a.data.size() != b.data.size() || a.code.size() != b.code.size() ||
      a.custom_sections.size() != b.custom_sections.size()) {
    return false;
  }
  for (size_t i = 0; i < a.exports.size(); ++i) {
    if (a.exports[i].name != b.exports[i].name || a.exports[i].index != b.exports[i].index) {
      return false;
    }
  }
  for (size_t i = 0; i < a.data.size(); ++i) {
    if (a.data[i].bytes != b.data[i].bytes) return false;
  }
  return true;
}

}  // namespace
}  // namespace linea::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace linea::fuzz;
  std::span<const uint8_t> bytes(data, size);
  ModuleResult whole = linea::rt::DecodeModule(bytes);
  Rng rng(HashBytes(bytes));
  ModuleResult chunked = DecodeInChunks(bytes, rng);
  const bool agree = whole.ok() == chunked.ok() &&
                     (whole.ok() ? SameShape(*whole.value(), *chunked.value())
                                 : (whole.error().message == chunked.error().message &&
                                    whole.error().offset == chunked.error().offset));
  if (!agree) {
    fprintf(stderr, "whole:   %s\nchunked: %s\n", Describe(whole).c_str(),
            Describe(chunked).c_str());
    abort();
  }
  return 0;
}
