#include "runtime/compile/superinstructions.h"

namespace linea::rt {

// code.h lists the *Add accesses in the order of the plain ones.
Op AddressAddAccess(Op access) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAdd) + static_cast<uint32_t>(access) -
                         static_cast<uint32_t>(Op::kI32Load));
}

// code.h lists the *AddShl accesses in the order of the *Add ones.
Op ScaledIndexAccess(Op add_access) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAddShl) +
                         static_cast<uint32_t>(add_access) -
                         static_cast<uint32_t>(Op::kI32LoadAdd));
}

namespace {

// Whether binary op `op` gives the same for (a, b) and (b, a). The float ones do bit for bit but
// for which NaN a NaN result is, which wasm leaves open (any canonical or arithmetic NaN).
bool IsCommutative(Op op) {
  switch (op) {
    case Op::kI32Add:
    case Op::kI32Mul:
    case Op::kI32And:
    case Op::kI32Or:
    case Op::kI32Xor:
    case Op::kI64Add:
    case Op::kI64Mul:
    case Op::kI64And:
    case Op::kI64Or:
    case Op::kI64Xor:
    case Op::kF32Add:
    case Op::kF32Mul:
    case Op::kF64Add:
    case Op::kF64Mul:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::optional<Op> ChainOp(Op first, Op second, bool first_is_left) {
  static constexpr struct {
    Op first, second, chain;
    bool left;
  } kChains[] = {
#define CHAIN(First, Second) {Op::k##First, Op::k##Second, Op::k##First##Then##Second, true},
#define CHAIN_RIGHT(First, Second) \
  {Op::k##First, Op::k##Second, Op::k##First##ThenRight##Second, false},
      LINEA_CHAIN_OPS(CHAIN) LINEA_CHAIN_RIGHT_OPS(CHAIN_RIGHT)
#undef CHAIN_RIGHT
#undef CHAIN
  };
  for (const auto& c : kChains) {
    if (c.first == first && c.second == second &&
        (c.left == first_is_left || (c.left && IsCommutative(second)))) {
      return c.chain;
    }
  }
  return std::nullopt;
}

std::optional<Op> UnaryAfterOp(Op binary, Op unary) {
  static constexpr struct {
    Op binary, unary, fused;
  } kUnaryAfter[] = {
#define UNARY_AFTER(Binary, Unary) {Op::k##Binary, Op::k##Unary, Op::k##Binary##Then##Unary},
      LINEA_UNARY_AFTER_OPS(UNARY_AFTER)
#undef UNARY_AFTER
  };
  for (const auto& u : kUnaryAfter) {
    if (u.binary == binary && u.unary == unary) return u.fused;
  }
  return std::nullopt;
}

std::optional<OpThenBranch> OpThenBranchOp(Op op, Op branch) {
  static constexpr struct {
    Op op, branch;
    OpThenBranch fused;
  } kOpBranches[] = {
#define OP_BRANCH(Name, Compare)                                    \
  {Op::k##Name,                                                     \
   Op::kBrIf##Compare,                                              \
   {Op::kBrIf##Compare##After##Name,                                \
    Op::k##Compare == Op::kI32Eq || Op::k##Compare == Op::kI32Ne}}, \
      {Op::k##Name,                                                 \
       Op::kBrUnless##Compare,                                      \
       {Op::kBrUnless##Compare##After##Name,                        \
        Op::k##Compare == Op::kI32Eq || Op::k##Compare == Op::kI32Ne}},
      LINEA_OP_BRANCH_OPS(OP_BRANCH)
#undef OP_BRANCH
  };
  for (const auto& b : kOpBranches) {
    if (b.op == op && b.branch == branch) return b.fused;
  }
  return std::nullopt;
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

}  // namespace linea::rt
