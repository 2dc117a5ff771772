// Superinstructions chosen by CoreMark's profile (issue 16): which pairs of instructions the
// compiler fuses into one (runtime/compile/compiler.cc asks these as it emits the second of a
// pair; the ops are code.h's LINEA_COREMARK_OPS, their handlers
// runtime/interpreter/interpreter_fused.inc). Measured per CoreMark iteration in
// tools/bench/README.md ("coremark" section).
#ifndef LINEA_RUNTIME_COMPILE_FUSED_OPS_H_
#define LINEA_RUNTIME_COMPILE_FUSED_OPS_H_

#include <optional>

#include "runtime/code.h"

namespace linea::rt {

// The chain op computing second(first(a, b), c), if code.h lists the pair.
std::optional<Op> ChainOp(Op first, Op second);

// Whether binary op `op` gives the same for (a, b) and (b, a).
bool IsCommutative(Op op);

// The op computing binary op `op` into D and then branching on D == C (`equal`) or D != C, if
// code.h lists it.
std::optional<Op> OpBranchOp(Op op, bool equal);

// For a fused compare-and-branch op: whether it branches on == or != (an unless-form of one
// inverts), or nothing for the other comparisons.
std::optional<bool> BranchesOnEqual(Op compare_branch);

// The op of load `load` (a plain memory-0 load) followed by a branch on its value being non-zero
// (`branch_if_true`) or zero, if code.h lists it.
std::optional<Op> LoadBranchOp(Op load, bool branch_if_true);

// The scaled-index form (*AddShl) of the *Add form of a memory-0 load or store.
Op ScaledIndexAccess(Op add_access);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_FUSED_OPS_H_
