// Binary decoder (core spec chapter 5) with validation (chapter 3): bytes in, Module out.
// Function bodies are validated and compiled (runtime/compile/compiler.h) as soon as each one is
// read.
#ifndef LINEA_RUNTIME_DECODE_DECODER_H_
#define LINEA_RUNTIME_DECODE_DECODER_H_

#include <cstdint>
#include <memory>
#include <span>

#include "runtime/compile/compile_options.h"
#include "runtime/decode/module.h"
#include "runtime/result.h"

namespace linea::rt {

// Decodes, validates and compiles a whole module. Error messages name the section and, inside
// the code section, the function, e.g.
//   "section 10 (code), function 3 at offset 0x1a2: type mismatch: expected i32, got f64".
// `options` choose validation only, and when bodies compile on the compile threads.
Result<std::shared_ptr<const Module>> DecodeModule(std::span<const uint8_t> bytes,
                                                   const CompileOptions& options = {});

// The same work fed in chunks as they arrive (streaming compilation). Each function body is
// validated and compiled as soon as its last byte has been fed (on the compile threads for a
// large code section, whose body errors then surface at Finish at the latest), so compilation
// overlaps I/O.
class StreamingDecoder {
 public:
  explicit StreamingDecoder(const CompileOptions& options = {});
  ~StreamingDecoder();
  StreamingDecoder(const StreamingDecoder&) = delete;
  StreamingDecoder& operator=(const StreamingDecoder&) = delete;

  // Consumes a chunk. Returns the first error; after an error further calls return it again.
  Status Feed(std::span<const uint8_t> chunk);
  // Ends the input: an error if the module is incomplete, else the module.
  Result<std::shared_ptr<const Module>> Finish();
  // Number of function bodies compiled so far (lets tests observe the overlap with reading).
  uint32_t functions_compiled() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_DECODER_H_
