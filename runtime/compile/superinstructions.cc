#include "runtime/compile/superinstructions.h"

namespace linea::rt {

// code.h lists the *Add accesses in the order of the plain loads and stores.
Op AddressAddAccess(Op access) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAdd) + static_cast<uint32_t>(access) -
                         static_cast<uint32_t>(Op::kI32Load));
}

Op AddThenBranch(Op branch) {
  switch (branch) {
#define V(Name, ...)                  \
  case Op::kBrIf##Name:               \
    return Op::kBrIf##Name##AfterAdd; \
  case Op::kBrUnless##Name:           \
    return Op::kBrUnless##Name##AfterAdd;
    LINEA_FUSED_COMPARES(V)
#undef V
    default:
      return Op::kCount;
  }
}

namespace {

// first, second, the fused op when first's result is second's left operand, when it is the right.
struct BinaryPair {
  Op first, second, left, right;
};
// xor, add and mul commute (f64: bit for bit, but for which NaN a NaN result is, which wasm
// leaves open), so their fused forms serve both operand orders.
constexpr BinaryPair kBinaryPairs[] = {
    {Op::kF64Mul, Op::kF64Add, Op::kF64MulAdd, Op::kF64MulAdd},
    {Op::kF64Mul, Op::kF64Sub, Op::kF64MulSub, Op::kF64MulRsub},
    {Op::kF64Mul, Op::kF64Mul, Op::kF64MulMul, Op::kF64MulMul},
    {Op::kF64Sub, Op::kF64Add, Op::kF64SubAdd, Op::kF64SubAdd},
    {Op::kI32Mul, Op::kI32Add, Op::kI32MulAdd, Op::kI32MulAdd},  // Row * width + column.
    {Op::kI32Shl, Op::kI32Xor, Op::kI32ShlXor, Op::kI32ShlXor},
    {Op::kI32ShrU, Op::kI32Xor, Op::kI32ShrUXor, Op::kI32ShrUXor},
    {Op::kI32Rotl, Op::kI32Xor, Op::kI32RotlXor, Op::kI32RotlXor},
    {Op::kI32Rotr, Op::kI32Xor, Op::kI32RotrXor, Op::kI32RotrXor},
    {Op::kI64Shl, Op::kI64Xor, Op::kI64ShlXor, Op::kI64ShlXor},
    {Op::kI64ShrU, Op::kI64Xor, Op::kI64ShrUXor, Op::kI64ShrUXor},
    {Op::kI64Rotl, Op::kI64Xor, Op::kI64RotlXor, Op::kI64RotlXor},
    {Op::kI64Rotr, Op::kI64Xor, Op::kI64RotrXor, Op::kI64RotrXor},
};

}  // namespace

Op FuseBinaryPair(Op first, Op second, bool first_is_left) {
  for (const BinaryPair& p : kBinaryPairs) {
    if (p.first == first && p.second == second) return first_is_left ? p.left : p.right;
  }
  return Op::kCount;
}

Op FuseUnaryAfterBinary(Op binary, Op unary) {
  if (binary == Op::kI64RemU && unary == Op::kI32WrapI64) return Op::kI64RemUWrap;
  // (double)(x >> 11): a random double from a 64-bit generator.
  if (binary == Op::kI64ShrU && unary == Op::kF64ConvertI64U) return Op::kI64ShrUConvertF64U;
  return Op::kCount;
}

}  // namespace linea::rt
