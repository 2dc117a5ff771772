#include "runtime/compile/code_section_compiler.h"

#include <atomic>
#include <string>
#include <utility>

#include "runtime/compile/compiler.h"
#include "runtime/decode/module_builder.h"

namespace linea::rt {
namespace {

// Bodies are handed to the compile threads in batches of about this many bytes: large enough
// that the hand-over is noise, small enough that the threads share the work evenly.
constexpr size_t kBatchBytes = 64 * 1024;

}  // namespace

// Consecutive bodies: copies (the decoder's input may be reused once Add returns), or, compiling
// lazily, the lazy code's copies, which outlive the batch, or the input itself when it outlives
// the compile (CompileOptions::bodies_outlive_compile).
struct CodeSectionCompiler::Batch {
  uint32_t first_index = 0;
  size_t total_bytes = 0;
  std::vector<uint8_t> bytes;
  struct Body {
    const uint8_t* kept;  // Where it stays (see above), or null: at `start` in `bytes`.
    size_t start;
    size_t size;
    size_t offset;  // In the module.
    std::span<const uint8_t> In(const Batch& batch) const {
      return kept != nullptr ? std::span(kept, size) : std::span(batch.bytes).subspan(start, size);
    }
  };
  std::vector<Body> bodies;
  // Bodies are claimed one at a time by whichever thread gets there (a compile thread running
  // the batch's task, or the thread waiting in FirstError), so a thread descheduled mid-batch
  // holds up only the body it is on.
  std::atomic<uint32_t> next{0};
  std::atomic<bool> failed{false};  // A body failed: later ones cannot be the first error.
};

CodeSectionCompiler::CodeSectionCompiler(const CompileOptions& options) : options_(options) {}

CodeSectionCompiler::~CodeSectionCompiler() { group_.Wait(); }

void CodeSectionCompiler::Begin(const Module* module, uint32_t count, size_t section_size) {
  module_ = module;
  code_.resize(count);
  parallel_ = options_.parallel_min_code_bytes != 0 &&
              section_size >= options_.parallel_min_code_bytes && CompilePoolHasWorkers();
  if (options_.lazy && LazyCompileByDefault() && !options_.validate_only) {
    lazy_code_ = std::make_unique<LazyCode>(count, section_size);
  }
}

Status CodeSectionCompiler::CompileOne(uint32_t index, std::span<const uint8_t> body, size_t offset,
                                       std::unique_ptr<CompiledFunction>* out) const {
  const uint32_t func_index = module_->num_imported_funcs + index;
  // Compiling lazily, the body is validated now and compiled on its first call.
  Result<std::unique_ptr<CompiledFunction>> compiled = CompileFunction(
      *module_, func_index, body, offset, options_.validate_only || lazy_code_ != nullptr);
  if (!compiled.ok()) {
    Error error = compiled.take_error();
    if (error.offset == kNoOffset) error.offset = offset;
    return WithContext(SectionContext(kCodeSectionId) + ", function " + std::to_string(func_index),
                       std::move(error));
  }
  *out = std::move(compiled).value();
  return Ok{};
}

Status CodeSectionCompiler::Add(uint32_t index, std::span<const uint8_t> body, size_t offset) {
  const uint8_t* kept = lazy_code_ != nullptr             ? lazy_code_->Add(body, offset)
                        : options_.bodies_outlive_compile ? body.data()
                                                          : nullptr;
  if (!parallel_) return CompileOne(index, body, offset, &code_[index]);
  if (batch_ == nullptr) {
    batch_ = std::make_unique<Batch>();
    batch_->first_index = index;
  }
  batch_->bodies.push_back({kept, batch_->bytes.size(), body.size(), offset});
  if (kept == nullptr) batch_->bytes.insert(batch_->bytes.end(), body.begin(), body.end());
  batch_->total_bytes += body.size();
  if (batch_->total_bytes >= kBatchBytes) SubmitBatch();
  return Ok{};
}

void CodeSectionCompiler::SubmitBatch() {
  // A shared_ptr: std::function needs a copyable task.
  std::shared_ptr<Batch> batch(std::move(batch_));
  batches_.push_back(batch);
  group_.Submit([this, batch] { RunBatch(*batch); });
}

void CodeSectionCompiler::RunBatch(Batch& batch) {
  while (!batch.failed.load(std::memory_order_relaxed)) {
    const uint32_t i = batch.next.fetch_add(1, std::memory_order_relaxed);
    if (i >= batch.bodies.size()) return;
    const Batch::Body& body = batch.bodies[i];
    const uint32_t index = batch.first_index + i;
    Status status = CompileOne(index, body.In(batch), body.offset,
                               &code_[index]);  // Each claim writes its own element only.
    if (!status.ok()) {
      batch.failed.store(true, std::memory_order_relaxed);
      std::lock_guard lock(errors_mutex_);
      if (!first_error_ || index < first_error_index_) {
        first_error_ = status.take_error();
        first_error_index_ = index;
      }
      return;
    }
  }
}

std::optional<Error> CodeSectionCompiler::FirstError() {
  if (batch_ != nullptr) SubmitBatch();
  // This thread takes its share of every batch instead of waiting for whole batches: with the
  // compile threads descheduled (a loaded machine), it then waits for at most the one body each
  // is on. The batches' tasks find what it took claimed.
  for (const std::shared_ptr<Batch>& batch : batches_) RunBatch(*batch);
  group_.Wait();
  batches_.clear();
  std::lock_guard lock(errors_mutex_);
  return first_error_;
}

std::vector<std::unique_ptr<CompiledFunction>> CodeSectionCompiler::TakeCode(Module* module) {
  if (lazy_code_ != nullptr) {
    module->lazy_code = std::move(lazy_code_);
    return {};
  }
  return std::move(code_);
}

}  // namespace linea::rt
