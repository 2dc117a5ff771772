// Lazy compilation (what browsers do, e.g. V8 without --no-wasm-lazy-compilation): a module is
// validated eagerly, so its errors are still reported when it is compiled as the spec requires,
// but a function's internal code is generated on its first call. Compiling then runs at
// validation speed, and only the functions that run take code memory.
//
// A defined function's Function starts with the module's stub as its code: a CompiledFunction
// whose only instruction is LazyCompile (runtime/code.h). Calls and entries reach it exactly as
// they reach compiled code; its handler (runtime/interpreter/interpreter_lazy.inc) asks LazyCode
// for the called function's code, points the Function at it, and continues into it. A module is
// shared by every thread that instantiates it (Worker isolates), so the code is compiled once,
// under the module's lock, and published with an atomic release store; later first calls from
// other instances and threads find it with one acquire load, and instances made afterwards
// start with it.
#ifndef LINEA_RUNTIME_COMPILE_LAZY_COMPILE_H_
#define LINEA_RUNTIME_COMPILE_LAZY_COMPILE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

#include "runtime/code.h"

namespace linea::rt {

struct Module;
class Function;

// The bodies of a module's defined functions, kept for their first call, and their code.
class LazyCode {
 public:
  // For a code section of `count` bodies in `section_size` bytes.
  LazyCode(uint32_t count, size_t section_size);
  ~LazyCode();
  LazyCode(const LazyCode&) = delete;
  LazyCode& operator=(const LazyCode&) = delete;

  // Keeps the next body (validated by the caller), at module offset `offset`: where its copy
  // stays (until this is destroyed), or null if the section held more than its size said,
  // which the decoder rejects (the body is then not kept).
  const uint8_t* Add(std::span<const uint8_t> body, size_t offset);

  // What a new Function of defined function `defined_index` starts with: its code if some
  // thread compiled it already, else the stub.
  const CompiledFunction* Current(uint32_t defined_index) const;
  // The code of defined function `defined_index` of `module` (whose lazy_code this is),
  // compiled now if no thread has called it yet. Thread-safe.
  const CompiledFunction* Get(const Module& module, uint32_t defined_index);
  // How many functions have been compiled (for tests).
  uint32_t compiled_count() const { return compiled_count_.load(std::memory_order_relaxed); }
  const CompiledFunction* stub() const { return &stub_; }

 private:
  const CompiledFunction* Compile(const Module& module, uint32_t defined_index);

  struct Body {
    uint32_t start;  // In bytes_.
    uint32_t size;
    uint64_t offset;  // In the module.
  };
  // Shared by every function not compiled yet: nothing in it names the function (the handler
  // finds it from the Function called), and a stub takes no frame (frame_slots 0: the handler
  // checks the compiled frame's size before entering it).
  CompiledFunction stub_;
  std::vector<uint8_t> bytes_;  // The bodies, back to back; never reallocated.
  std::vector<Body> bodies_;
  // Null until compiled; owned (deleted by the destructor).
  std::unique_ptr<std::atomic<const CompiledFunction*>[]> code_;
  uint32_t count_;
  std::atomic<uint32_t> compiled_count_{0};
  std::mutex mutex_;  // Held while compiling.
};

// For the LazyCompile handler: the code of wasm function `callee`, which is being entered with
// its module's `stub` as its code; points `callee` at it. Out of line, so the interpreter's
// registers stay its own.
const CompiledFunction* CompileOnFirstCall(Function* callee, const CompiledFunction* stub);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_LAZY_COMPILE_H_
