// Validation and lowering of the 0xFD-prefixed (SIMD) instructions, kept apart from the rest
// of the function compiler (runtime/compile/compiler.cc), which it drives through a narrow
// interface.
#ifndef LINEA_RUNTIME_COMPILE_SIMD_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_SIMD_COMPILER_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "runtime/code.h"
#include "runtime/compile/compiler_reader.h"
#include "runtime/types.h"

namespace linea::rt {

// An operand word of an emitted instruction: a slot (as the compiler encodes it) or an
// immediate.
struct CodeOperand {
  uint32_t value;
  bool is_slot;
};

// A memarg as the SIMD and atomic compilers (atomic_compiler.h) need it.
struct SimdMemArg {
  uint32_t memory = 0;
  uint64_t offset = 0;
  ValType address_type = ValType::kI32;
  // Memory 0 with i32 addresses, served by the ops that keep its base and size in registers;
  // any other memory gets the *At ops (simd_code.h).
  bool fast = true;
  uint32_t align = 0;  // The memarg's alignment, log2 (atomics require it to be natural).
};

// What the SIMD and atomic compilers need from the function compiler.
class SimdCompilerHost {
 public:
  // Fails at the current instruction's offset; returns false.
  virtual bool Fail(std::string message) = 0;
  // Reads a memarg, checking the memory exists and the alignment is at most `max_align`.
  virtual bool ReadMemArg(uint8_t max_align, SimdMemArg* arg) = 0;
  // Pops an operand of `type`, giving the slot it lives in.
  virtual bool PopValue(ValType type, uint32_t* slot) = 0;
  // Emits `op`, with a result of type `result` (pushed) if it has one.
  virtual void EmitOp(Op op, std::optional<ValType> result,
                      std::initializer_list<CodeOperand> operands, bool may_trap) = 0;
  // Pushes a v128 constant.
  virtual void PushConst128(uint64_t low, uint64_t high) = 0;

 protected:
  ~SimdCompilerHost() = default;
};

// Compiles the instruction after a 0xFD prefix byte.
bool CompileSimdInstruction(BodyReader& reader, SimdCompilerHost& host);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_SIMD_COMPILER_H_
