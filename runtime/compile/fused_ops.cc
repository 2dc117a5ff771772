#include "runtime/compile/fused_ops.h"

namespace linea::rt {

std::optional<Op> ChainOp(Op first, Op second) {
  static constexpr struct {
    Op first, second, chain;
  } kChains[] = {
#define CHAIN(First, Second) {Op::k##First, Op::k##Second, Op::k##First##Then##Second},
      LINEA_CHAIN_OPS(CHAIN)
#undef CHAIN
  };
  for (const auto& c : kChains) {
    if (c.first == first && c.second == second) return c.chain;
  }
  return std::nullopt;
}

bool IsCommutative(Op op) {
  switch (op) {
    case Op::kI32Add:
    case Op::kI32Mul:
    case Op::kI32And:
    case Op::kI32Or:
    case Op::kI32Xor:
      return true;
    default:
      return false;
  }
}

std::optional<Op> OpBranchOp(Op op, bool equal) {
  static constexpr struct {
    Op op;
    bool equal;
    Op fused;
  } kOpBranches[] = {
#define OP_BRANCH(Name, Cmp, op) {Op::k##Name, #Cmp[0] == 'E', Op::k##Name##BrIf##Cmp},
      LINEA_OP_BRANCH_OPS(OP_BRANCH)
#undef OP_BRANCH
  };
  for (const auto& b : kOpBranches) {
    if (b.op == op && b.equal == equal) return b.fused;
  }
  return std::nullopt;
}

std::optional<bool> BranchesOnEqual(Op compare_branch) {
  switch (compare_branch) {
    case Op::kBrIfI32Eq:
    case Op::kBrUnlessI32Ne:
      return true;
    case Op::kBrIfI32Ne:
    case Op::kBrUnlessI32Eq:
      return false;
    default:
      return std::nullopt;
  }
}

std::optional<Op> LoadBranchOp(Op load, bool branch_if_true) {
  static constexpr struct {
    Op load, branch_if, branch_unless;
  } kLoadBranches[] = {
#define LOAD_BRANCH(Name, Mem) {Op::k##Name, Op::k##Name##BrIf, Op::k##Name##BrUnless},
      LINEA_LOAD_BRANCH_OPS(LOAD_BRANCH)
#undef LOAD_BRANCH
  };
  for (const auto& b : kLoadBranches) {
    if (b.load == load) return branch_if_true ? b.branch_if : b.branch_unless;
  }
  return std::nullopt;
}

// code.h lists the *AddShl accesses in the order of the *Add ones.
Op ScaledIndexAccess(Op add_access) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAddShl) +
                         static_cast<uint32_t>(add_access) -
                         static_cast<uint32_t>(Op::kI32LoadAdd));
}

}  // namespace linea::rt
