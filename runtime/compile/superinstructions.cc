#include "runtime/compile/superinstructions.h"

#include <cstddef>

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

// A superinstruction: `fused` does what `first` and then `second` do.
struct Fusion {
  Op first, second, fused;
};

template <size_t N>
std::optional<Op> Find(const Fusion (&table)[N], Op first, Op second) {
  for (const Fusion& f : table) {
    if (f.first == first && f.second == second) return f.fused;
  }
  return std::nullopt;
}

#define CHAIN(First, Second) {Op::k##First, Op::k##Second, Op::k##First##Then##Second},
#define CHAIN_RIGHT(First, Second) {Op::k##First, Op::k##Second, Op::k##First##ThenRight##Second},
#define OP_BRANCH(Name, Compare)                                      \
  {Op::k##Name, Op::kBrIf##Compare, Op::kBrIf##Compare##After##Name}, \
      {Op::k##Name, Op::kBrUnless##Compare, Op::kBrUnless##Compare##After##Name},
#define LOAD_BRANCH(Name, Mem) \
  {Op::k##Name, Op::kBrIf, Op::k##Name##BrIf}, {Op::k##Name, Op::kBrUnless, Op::k##Name##BrUnless},
constexpr Fusion kChains[] = {LINEA_CHAIN_OPS(CHAIN)};
constexpr Fusion kRightChains[] = {LINEA_CHAIN_RIGHT_OPS(CHAIN_RIGHT)};
constexpr Fusion kUnaryAfter[] = {LINEA_UNARY_AFTER_OPS(CHAIN)};
constexpr Fusion kOpBranches[] = {LINEA_OP_BRANCH_OPS(OP_BRANCH)};
constexpr Fusion kLoadBranches[] = {LINEA_LOAD_BRANCH_OPS(LOAD_BRANCH)};
#undef LOAD_BRANCH
#undef OP_BRANCH
#undef CHAIN_RIGHT
#undef CHAIN

}  // namespace

std::optional<Op> ChainOp(Op first, Op second, bool first_is_left) {
  if (first_is_left || IsCommutative(second)) {
    if (std::optional<Op> chain = Find(kChains, first, second)) return chain;
  }
  return first_is_left ? std::nullopt : Find(kRightChains, first, second);
}

std::optional<Op> UnaryAfterOp(Op binary, Op unary) { return Find(kUnaryAfter, binary, unary); }

std::optional<OpThenBranch> OpThenBranchOp(Op op, Op branch) {
  const std::optional<Op> fused = Find(kOpBranches, op, branch);
  if (!fused) return std::nullopt;
  const bool symmetric = branch == Op::kBrIfI32Eq || branch == Op::kBrUnlessI32Eq ||
                         branch == Op::kBrIfI32Ne || branch == Op::kBrUnlessI32Ne;
  return OpThenBranch{*fused, symmetric};
}

std::optional<Op> LoadBranchOp(Op load, bool branch_if_true) {
  return Find(kLoadBranches, load, branch_if_true ? Op::kBrIf : Op::kBrUnless);
}

}  // namespace linea::rt
