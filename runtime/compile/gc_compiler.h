// Validation and lowering of the GC instructions (0xfb prefix, WebAssembly 3.0) but the
// casting branches (br_on_cast, br_on_cast_fail), which the function compiler keeps with its
// other branches. Like the SIMD compiler, it works through the function compiler's
// operand stack by a host interface.
#ifndef LINEA_RUNTIME_COMPILE_GC_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_GC_COMPILER_H_

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>

#include "runtime/code.h"
#include "runtime/compile/compiler_reader.h"
#include "runtime/compile/simd_compiler.h"
#include "runtime/decode/module.h"
#include "runtime/types.h"

namespace linea::rt {

class GcCompilerHost {
 public:
  virtual bool Fail(std::string message) = 0;
  virtual const Module& module() const = 0;
  // A type index immediate naming a type of `kind`.
  virtual bool ReadTypeIndex(CompositeKind kind, uint32_t* index) = 0;
  // A heap type immediate as (ref null? ht).
  virtual bool ReadHeapType(bool nullable, ValType* out) = 0;
  virtual bool CheckDataIndex(uint32_t index) = 0;
  virtual bool CheckElemIndex(uint32_t index) = 0;
  // Pops an operand of `type` (kAny: any type), giving its slot and actual type.
  virtual bool PopOperand(std::optional<ValType> type, uint32_t* slot, ValType* actual) = 0;
  // Pops operands of `types` after making them contiguous in their stack slots; gives the
  // first one's slot.
  virtual bool PopGathered(std::span<const ValType> types, uint32_t* base) = 0;
  virtual void EmitOp(Op op, std::optional<ValType> result,
                      std::initializer_list<CodeOperand> operands, bool may_trap) = 0;

 protected:
  ~GcCompilerHost() = default;
};

// Compiles the 0xfb-prefixed instruction `sub` (already read); br_on_cast and br_on_cast_fail
// (24, 25) are the host's.
bool CompileGcInstruction(uint32_t sub, BodyReader& reader, GcCompilerHost& host);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_GC_COMPILER_H_
