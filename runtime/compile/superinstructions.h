// Superinstructions: one handler for an instruction together with the one compilers emit right
// before it, chosen by the compiler as it emits the second (runtime/compile/compiler.cc calls
// these; the ops are listed in code.h, their handlers are in runtime/interpreter/interpreter.cc
// and interpreter_fused.inc). What each gains is measured in tools/bench/README.md.
#ifndef LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_
#define LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_

#include <cstdint>
#include <optional>

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

// The scaled-index form (*AddShl) of the *Add form of a memory-0 load or store.
Op ScaledIndexAccess(Op add_access);

// The chain (LINEA_CHAIN_OPS / LINEA_CHAIN_RIGHT_OPS) for binary op `second` reading the result
// of binary op `first` as its left operand (`first_is_left`) or its right one, if code.h has it.
std::optional<Op> ChainOp(Op first, Op second, bool first_is_left);

// The superinstruction (LINEA_UNARY_AFTER_OPS) for unary op `unary` reading the result of binary
// op `binary`, if code.h has it.
std::optional<Op> UnaryAfterOp(Op binary, Op unary);

// The op-then-branch superinstruction (LINEA_OP_BRANCH_OPS) for binary op `op` followed by the
// fused compare-and-branch `branch` on op's result, and whether the compare is symmetric (== or
// !=: op's result may then be either of its operands).
struct OpThenBranch {
  Op op;
  bool symmetric;
};
std::optional<OpThenBranch> OpThenBranchOp(Op op, Op branch);

// The op of load `load` (a plain memory-0 load) followed by a branch on its value being non-zero
// (`branch_if_true`) or zero, if code.h lists it (LINEA_LOAD_BRANCH_OPS).
std::optional<Op> LoadBranchOp(Op load, bool branch_if_true);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_SUPERINSTRUCTIONS_H_
