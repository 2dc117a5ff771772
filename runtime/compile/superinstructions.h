// Superinstructions: one handler for an instruction together with the one compilers emit right
// before it, chosen by the compiler as it emits the second (runtime/compile/compiler.cc calls
// these; the handlers are in runtime/interpreter/interpreter.cc, their operands in code.h).
#ifndef LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_
#define LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_

#include <cstdint>

#include "runtime/code.h"

namespace linea::rt {

// The memory-0 load or store `access` with its address computed by an i32.add folded in: the
// base + index and base + constant addresses compilers emit (a constant operand is a constant
// slot), which cost an instruction of their own before every such access otherwise (37-42% of
// the instructions of a sieve or a memory copy, issue 16).
Op AddressAddAccess(Op access);

// Whether the instruction just emitted, `last` with result word `result_word`, is an i32.add whose
// result is `address` and nothing else's: its result slot is `address`, the stack top just popped.
inline bool IsFoldableAddressAdd(Op last, uint32_t result_word, uint32_t address,
                                 uint32_t top_slot) {
  return last == Op::kI32Add && result_word == address && address == top_slot;
}

// The loop back-edge superinstruction (LINEA_KERNEL_OPS in code.h) for the fused i32
// compare-and-branch `branch` (a BrIf* or BrUnless* of LINEA_FUSED_COMPARES) when the i32.add
// right before it computed its first operand; Op::kCount for any other op.
Op AddThenBranch(Op branch);

// The superinstruction (LINEA_FUSED_PAIR_OPS in code.h) for binary op `second` reading the
// result of binary op `first` as its left operand (`first_is_left`) or its right one; Op::kCount
// when the pair has none.
Op FuseBinaryPair(Op first, Op second, bool first_is_left);

// The superinstruction (LINEA_FUSED_UNARY_AFTER_OPS in code.h) for unary op `unary` reading the
// result of binary op `binary`; Op::kCount when the pair has none.
Op FuseUnaryAfterBinary(Op binary, Op unary);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_
