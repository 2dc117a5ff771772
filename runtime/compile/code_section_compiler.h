// Compiles (or only validates, or validates and keeps for lazy compilation) a module's function
// bodies as the decoder hands them over, on the calling thread or, for a large code section, in
// batches on the compile threads (runtime/compile/compile_pool.h). Both ways give the same module
// and the same error: bodies only read sections that precede the code section, each compiles
// independently of the others, and the error reported is that of the first failing body in module
// order, as a serial compile stops at it.
#ifndef LINEA_RUNTIME_COMPILE_CODE_SECTION_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_CODE_SECTION_COMPILER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "runtime/code.h"
#include "runtime/compile/compile_options.h"
#include "runtime/compile/compile_pool.h"
#include "runtime/compile/lazy_compile.h"
#include "runtime/decode/module.h"
#include "runtime/result.h"

namespace linea::rt {

class CodeSectionCompiler {
 public:
  explicit CodeSectionCompiler(const CompileOptions& options);
  ~CodeSectionCompiler();  // Waits for the compile threads.
  CodeSectionCompiler(const CodeSectionCompiler&) = delete;
  CodeSectionCompiler& operator=(const CodeSectionCompiler&) = delete;

  // The code section begins: `count` bodies of `module` in `section_size` bytes follow.
  // `module` must not change what bodies read until Finish.
  void Begin(const Module* module, uint32_t count, size_t section_size);
  // Body number `index` (from 0), at module offset `offset`. A serial compile reports its
  // error now; a parallel one keeps it for FirstError.
  Status Add(uint32_t index, std::span<const uint8_t> body, size_t offset);
  // Waits for every body handed over; the first failing body's error, if any.
  std::optional<Error> FirstError();
  // After FirstError found none: the compiled bodies in order (null ones when validating; none
  // when compiling lazily, which sets `module`'s lazy_code instead).
  std::vector<std::unique_ptr<CompiledFunction>> TakeCode(Module* module);

 private:
  struct Batch;
  Status CompileOne(uint32_t index, std::span<const uint8_t> body, size_t offset,
                    std::unique_ptr<CompiledFunction>* out) const;
  void SubmitBatch();
  // Compiles the batch's bodies not yet claimed by another thread.
  void RunBatch(Batch& batch);

  CompileOptions options_;
  const Module* module_ = nullptr;
  bool parallel_ = false;
  std::vector<std::unique_ptr<CompiledFunction>> code_;
  std::unique_ptr<Batch> batch_;                 // Being filled (parallel only).
  std::vector<std::shared_ptr<Batch>> batches_;  // Submitted (parallel only).
  std::unique_ptr<LazyCode> lazy_code_;          // Compiling lazily: the bodies, kept.
  std::mutex errors_mutex_;
  std::optional<Error> first_error_;  // Of the lowest failing index.
  uint32_t first_error_index_ = 0;
  CompileGroup group_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_CODE_SECTION_COMPILER_H_
