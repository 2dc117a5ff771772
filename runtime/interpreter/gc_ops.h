// The GC ops whose work is more than a few instructions (allocation, bulk array operations),
// out of line: the interpreter's handlers call them (runtime/interpreter/interpreter_gc.inc),
// so that their code does not weigh on the register allocation of the interpreter loop (fib
// measured 10-15% slower with them inline). Each reads its operand words from `pc` as the
// handler would and returns kNoTrap or the trap.
#ifndef LINEA_RUNTIME_INTERPRETER_GC_OPS_H_
#define LINEA_RUNTIME_INTERPRETER_GC_OPS_H_

#include <cstdint>

#include "runtime/code.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/trap.h"

namespace linea::rt::gc_ops {

inline constexpr TrapKind kNoTrap = static_cast<TrapKind>(0xff);

#define LINEA_GC_OUT_OF_LINE_OPS(V) \
  V(StructNew)                      \
  V(StructNewDefault)               \
  V(ArrayNew)                       \
  V(ArrayNewDefault)                \
  V(ArrayNewFixed)                  \
  V(ArrayNewData)                   \
  V(ArrayNewElem)                   \
  V(ArrayFill)                      \
  V(ArrayCopy)                      \
  V(ArrayInitData)                  \
  V(ArrayInitElem)                  \
  V(AnyConvertExtern)

#define V(Name)                                                                       \
  TrapKind Name(ExecutionState* st, Instance* instance, Slot* fp, const uint32_t* pc, \
                const CompiledFunction* code);
LINEA_GC_OUT_OF_LINE_OPS(V)
#undef V

}  // namespace linea::rt::gc_ops

#endif  // LINEA_RUNTIME_INTERPRETER_GC_OPS_H_
