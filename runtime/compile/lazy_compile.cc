#include "runtime/compile/lazy_compile.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "runtime/compile/compile_options.h"
#include "runtime/compile/compiler.h"
#include "runtime/decode/module.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/function.h"
#include "runtime/store/instance.h"

namespace linea::rt {
namespace {

std::atomic<bool> lazy_by_default{true};

}  // namespace

bool LazyCompileByDefault() { return lazy_by_default.load(std::memory_order_relaxed); }
void SetLazyCompileByDefault(bool lazy) { lazy_by_default.store(lazy, std::memory_order_relaxed); }

LazyCode::LazyCode(uint32_t count, size_t section_size)
    : code_(std::make_unique<std::atomic<const CompiledFunction*>[]>(count)), count_(count) {
  stub_.code = {HandlerWord(Op::kLazyCompile)};
  bytes_.reserve(section_size);
  bodies_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) code_[i].store(nullptr, std::memory_order_relaxed);
}

LazyCode::~LazyCode() {
  for (uint32_t i = 0; i < count_; ++i) delete code_[i].load(std::memory_order_relaxed);
}

const uint8_t* LazyCode::Add(std::span<const uint8_t> body, size_t offset) {
  // Copies handed out stay where they are: the storage never grows past its reserve.
  if (body.size() > bytes_.capacity() - bytes_.size() || bodies_.size() == count_) return nullptr;
  const size_t start = bytes_.size();
  bodies_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(body.size()), offset});
  bytes_.insert(bytes_.end(), body.begin(), body.end());
  return bytes_.data() + start;
}

const CompiledFunction* LazyCode::Current(uint32_t defined_index) const {
  const CompiledFunction* code = code_[defined_index].load(std::memory_order_acquire);
  return code != nullptr ? code : &stub_;
}

const CompiledFunction* LazyCode::Get(const Module& module, uint32_t defined_index) {
  if (const CompiledFunction* code = code_[defined_index].load(std::memory_order_acquire)) {
    return code;
  }
  return Compile(module, defined_index);
}

const CompiledFunction* LazyCode::Compile(const Module& module, uint32_t defined_index) {
  std::lock_guard lock(mutex_);
  // Another thread may have compiled it while this one waited for the lock.
  if (const CompiledFunction* code = code_[defined_index].load(std::memory_order_relaxed)) {
    return code;
  }
  const Body& body = bodies_[defined_index];
  const uint32_t func_index = module.num_imported_funcs + defined_index;
  Result<std::unique_ptr<CompiledFunction>> compiled = CompileFunction(
      module, func_index, std::span(bytes_).subspan(body.start, body.size), body.offset);
  if (!compiled.ok()) {
    // The body was validated when the module was compiled, and validation finds every error the
    // code generator can (they are one pass: runtime/compile/compiler.h). Reaching this is a bug
    // in linea, not in the module.
    std::fprintf(stderr, "linea: internal error: function %u failed to compile lazily: %s\n",
                 func_index, compiled.error().message.c_str());
    std::abort();
  }
  const CompiledFunction* code = std::move(compiled).value().release();
  code_[defined_index].store(code, std::memory_order_release);
  compiled_count_.fetch_add(1, std::memory_order_relaxed);
  return code;
}

const CompiledFunction* CompileOnFirstCall(Function* callee, const CompiledFunction* stub) {
  if (callee->is_host() || callee->code() != stub) {
    // Every way into a function sets the callee it enters (interpreter_lazy.inc).
    std::fprintf(stderr, "linea: internal error: lazy stub entered without its callee\n");
    std::abort();
  }
  const Module& module = *callee->instance()->module;
  const CompiledFunction* code =
      module.lazy_code->Get(module, callee->index() - module.num_imported_funcs);
  callee->set_code(code);
  return code;
}

}  // namespace linea::rt
