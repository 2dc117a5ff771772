// Opcode tables for the validator/compiler, generated from the instruction lists in code.h:
// for each wasm opcode of a "simple" instruction (numeric ops, loads, stores), the internal
// op it lowers to and its typing.
#ifndef LINEA_RUNTIME_COMPILE_COMPILER_TABLES_H_
#define LINEA_RUNTIME_COMPILE_COMPILER_TABLES_H_

#include <array>
#include <cstdint>

#include "runtime/code.h"
#include "runtime/types.h"

namespace linea::rt {

struct NumericOpInfo {
  enum class Kind : uint8_t { kNone, kUnary, kBinary, kReinterpret };
  Kind kind = Kind::kNone;
  Op op = Op::kUnreachable;
  ValType result = ValType::kI32;
  ValType operand = ValType::kI32;  // Both operands of a binary op have this type.
  bool may_trap = false;
};

struct MemoryOpInfo {
  bool valid = false;
  bool is_store = false;
  Op op = Op::kUnreachable;
  ValType type = ValType::kI32;  // Loaded value / stored operand.
  uint8_t max_align = 0;         // Natural alignment, log2.
};

namespace tables_internal {

constexpr std::array<NumericOpInfo, 256> BuildNumericOps() {
  using K = NumericOpInfo::Kind;
  std::array<NumericOpInfo, 256> t{};
#define UNARY(Name, opcode, R, A, expr) \
  t[opcode] = {K::kUnary, Op::k##Name, ValType::k##R, ValType::k##A, false};
#define BINARY(Name, opcode, R, A, expr) \
  t[opcode] = {K::kBinary, Op::k##Name, ValType::k##R, ValType::k##A, false};
#define CHECKED_UNARY(Name, opcode, R, A, trap, expr) \
  t[opcode] = {K::kUnary, Op::k##Name, ValType::k##R, ValType::k##A, true};
#define CHECKED_BINARY(Name, opcode, R, A, trap, expr) \
  t[opcode] = {K::kBinary, Op::k##Name, ValType::k##R, ValType::k##A, true};
#define REINTERPRET(opcode, R, A) \
  t[opcode] = {K::kReinterpret, Op::kUnreachable, ValType::k##R, ValType::k##A, false};
  LINEA_UNARY_OPS(UNARY)
  LINEA_BINARY_OPS(BINARY)
  LINEA_CHECKED_UNARY_OPS(CHECKED_UNARY)
  LINEA_CHECKED_BINARY_OPS(CHECKED_BINARY)
  LINEA_REINTERPRET_OPS(REINTERPRET)
#undef UNARY
#undef BINARY
#undef CHECKED_UNARY
#undef CHECKED_BINARY
#undef REINTERPRET
  return t;
}

constexpr std::array<NumericOpInfo, 8> BuildSaturatingOps() {
  std::array<NumericOpInfo, 8> t{};
#define SATURATING(Name, subopcode, R, A, expr) \
  t[subopcode] = {NumericOpInfo::Kind::kUnary, Op::k##Name, ValType::k##R, ValType::k##A, false};
  LINEA_SATURATING_OPS(SATURATING)
#undef SATURATING
  return t;
}

constexpr std::array<MemoryOpInfo, 256> BuildMemoryOps() {
  std::array<MemoryOpInfo, 256> t{};
#define LOAD(Name, opcode, R, Mem, Store, align) \
  t[opcode] = {true, false, Op::k##Name, ValType::k##R, align};
#define STORE(Name, opcode, A, Mem, align) \
  t[opcode] = {true, true, Op::k##Name, ValType::k##A, align};
  LINEA_LOAD_OPS(LOAD)
  LINEA_STORE_OPS(STORE)
#undef LOAD
#undef STORE
  return t;
}

// The validate-only fast path's view of the common one-byte opcodes (see SimpleValidation).
struct SimpleValidation {
  enum class Kind : uint8_t {
    kNone,  // Not on the fast path.
    kUnary,
    kBinary,
    kLoad,
    kStore,
    kLocalGet,
    kLocalSet,
    kLocalTee,
    kI32Const,
    kI64Const,
    kF32Const,
    kF64Const,
    kDrop,
    kBlockStart,  // block, loop, if: fast only for a one-byte block type.
    kEnd,         // Fast only for the common shapes of block ends.
  };
  Kind kind = Kind::kNone;
  ValType result = ValType::kI32;   // Unary, binary: the result; load: the value loaded.
  ValType operand = ValType::kI32;  // Unary, binary: the operands; store: the value stored.
  uint8_t max_align = 0;            // Loads and stores.
  uint8_t opcode = 0;
};

constexpr std::array<SimpleValidation, 256> BuildSimpleValidation(
    const std::array<NumericOpInfo, 256>& numeric, const std::array<MemoryOpInfo, 256>& memory) {
  using K = SimpleValidation::Kind;
  std::array<SimpleValidation, 256> t{};
  for (size_t opcode = 0; opcode < 256; ++opcode) {
    const NumericOpInfo& n = numeric[opcode];
    const MemoryOpInfo& m = memory[opcode];
    if (n.kind == NumericOpInfo::Kind::kBinary) {
      t[opcode] = {K::kBinary, n.result, n.operand, 0};
    } else if (n.kind != NumericOpInfo::Kind::kNone) {  // Unary or reinterpret.
      t[opcode] = {K::kUnary, n.result, n.operand, 0};
    } else if (m.valid) {
      t[opcode] = {m.is_store ? K::kStore : K::kLoad, m.type, m.type, m.max_align};
    }
  }
  t[0x1a].kind = K::kDrop;
  t[0x20].kind = K::kLocalGet;
  t[0x21].kind = K::kLocalSet;
  t[0x22].kind = K::kLocalTee;
  t[0x41].kind = K::kI32Const;
  t[0x42].kind = K::kI64Const;
  t[0x43].kind = K::kF32Const;
  t[0x44].kind = K::kF64Const;
  t[0x02].kind = t[0x03].kind = t[0x04].kind = K::kBlockStart;
  t[0x0b].kind = K::kEnd;
  for (size_t opcode = 0; opcode < 256; ++opcode) t[opcode].opcode = static_cast<uint8_t>(opcode);
  return t;
}

}  // namespace tables_internal

// Indexed by the one-byte opcode.
inline constexpr std::array<NumericOpInfo, 256> kNumericOps = tables_internal::BuildNumericOps();
// Indexed by the 0xFC sub-opcode (0..7).
inline constexpr std::array<NumericOpInfo, 8> kSaturatingOps =
    tables_internal::BuildSaturatingOps();
// Indexed by the one-byte opcode (0x28..0x3e).
inline constexpr std::array<MemoryOpInfo, 256> kMemoryOps = tables_internal::BuildMemoryOps();
// Indexed by the one-byte opcode: what validating it takes, for the opcodes whose typing is
// fixed (numeric ops, loads, stores, locals, constants, drop); kNone for the rest.
using SimpleValidation = tables_internal::SimpleValidation;
inline constexpr std::array<SimpleValidation, 256> kSimpleValidation =
    tables_internal::BuildSimpleValidation(kNumericOps, kMemoryOps);

// A comparison and the compare-and-branch ops it fuses into (i32; i64 and f64 in
// LINEA_SUPERINSTRUCTIONS).
struct FusedCompare {
  Op compare;
  Op branch_if;
  Op branch_unless;
};
inline constexpr FusedCompare kFusedCompares[] = {
#define FUSED(Name, ...) {Op::k##Name, Op::kBrIf##Name, Op::kBrUnless##Name},
    LINEA_FUSED_COMPARES(FUSED) LINEA_FUSED_WIDE_COMPARES(FUSED)
#undef FUSED
        {Op::kF64AbsLt, Op::kBrIfF64AbsLt, Op::kBrUnlessF64AbsLt},
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_COMPILER_TABLES_H_
