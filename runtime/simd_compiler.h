// Validation and lowering of the 0xFD-prefixed (SIMD) instructions, kept apart from the rest
// of the function compiler (runtime/compiler.cc), which it drives through a narrow interface.
#ifndef LINEA_RUNTIME_SIMD_COMPILER_H_
#define LINEA_RUNTIME_SIMD_COMPILER_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "runtime/code.h"
#include "runtime/compiler_reader.h"
#include "runtime/types.h"

namespace linea::rt {

// An operand word of an emitted instruction: a slot (as the compiler encodes it) or an
// immediate.
struct CodeOperand {
  uint32_t value;
  bool is_slot;
};

// What the SIMD compiler needs from the function compiler.
class SimdCompilerHost {
 public:
  // Fails at the current instruction's offset; returns false.
  virtual bool Fail(std::string message) = 0;
  // Reads a memarg, checking the memory exists and the alignment is at most `max_align`.
  virtual bool ReadMemArg(uint8_t max_align, uint32_t* offset) = 0;
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

#endif  // LINEA_RUNTIME_SIMD_COMPILER_H_
