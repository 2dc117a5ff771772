// The validator/compiler's table of SIMD instructions, generated from the lists in
// runtime/simd_code.h: for each 0xFD sub-opcode, its internal op, its shape (operands, result,
// immediates) and what its immediates are checked against.
#ifndef LINEA_RUNTIME_COMPILE_SIMD_TABLES_H_
#define LINEA_RUNTIME_COMPILE_SIMD_TABLES_H_

#include <array>
#include <cstdint>

#include "runtime/code.h"
#include "runtime/types.h"

namespace linea::rt {

struct SimdOpInfo {
  // Operands and result, in the notation of simd_code.h (v = v128, s = `scalar`).
  enum class Kind : uint8_t {
    kNone,       // Not an instruction.
    kUnary,      // v -> v
    kBinary,     // v v -> v
    kTernary,    // v v v -> v
    kTest,       // v -> i32
    kShift,      // v i32 -> v
    kSplat,      // s -> v
    kExtract,    // v -> s, lane immediate
    kReplace,    // v s -> v, lane immediate
    kLoad,       // i32 -> v, memarg
    kStore,      // i32 v ->, memarg
    kLoadLane,   // i32 v -> v, memarg and lane
    kStoreLane,  // i32 v ->, memarg and lane
    kConst,      // -> v, 16 bytes
    kShuffle,    // v v -> v, 16 lane indices
  };
  Kind kind = Kind::kNone;
  Op op = Op::kUnreachable;
  ValType scalar = ValType::kI32;  // The scalar operand or result, if any.
  uint8_t lanes = 0;               // Lane immediates must be below this.
  uint8_t max_align = 0;           // Memory accesses: natural alignment, log2.
};

// Sub-opcodes run to 0x113 (the last relaxed SIMD instruction).
inline constexpr size_t kNumSimdSubopcodes = 0x114;

namespace tables_internal {

constexpr std::array<SimdOpInfo, kNumSimdSubopcodes> BuildSimdOps() {
  using K = SimdOpInfo::Kind;
  std::array<SimdOpInfo, kNumSimdSubopcodes> t{};
#define UNARY(Name, sub, expr) t[sub] = {K::kUnary, Op::k##Name, ValType::kI32, 0, 0};
#define BINARY(Name, sub, expr) t[sub] = {K::kBinary, Op::k##Name, ValType::kI32, 0, 0};
#define TERNARY(Name, sub, expr) t[sub] = {K::kTernary, Op::k##Name, ValType::kI32, 0, 0};
#define TEST(Name, sub, expr) t[sub] = {K::kTest, Op::k##Name, ValType::kI32, 0, 0};
#define SHIFT(Name, sub, expr) t[sub] = {K::kShift, Op::k##Name, ValType::kI32, 0, 0};
#define SPLAT(Name, sub, S, expr) t[sub] = {K::kSplat, Op::k##Name, ValType::k##S, 0, 0};
#define EXTRACT(Name, sub, S, lanes, expr) \
  t[sub] = {K::kExtract, Op::k##Name, ValType::k##S, lanes, 0};
#define REPLACE(Name, sub, S, lanes, expr) \
  t[sub] = {K::kReplace, Op::k##Name, ValType::k##S, lanes, 0};
#define LOAD(Name, sub, bytes, align, expr) \
  t[sub] = {K::kLoad, Op::k##Name, ValType::kI32, 0, align};
#define LOAD_LANE(Name, sub, bytes, align, lanes) \
  t[sub] = {K::kLoadLane, Op::k##Name, ValType::kI32, lanes, align};
#define STORE_LANE(Name, sub, bytes, align, lanes) \
  t[sub] = {K::kStoreLane, Op::k##Name, ValType::kI32, lanes, align};
  LINEA_SIMD_UNARY_OPS(UNARY)
  LINEA_SIMD_BINARY_OPS(BINARY)
  LINEA_SIMD_TERNARY_OPS(TERNARY)
  LINEA_SIMD_TEST_OPS(TEST)
  LINEA_SIMD_SHIFT_OPS(SHIFT)
  LINEA_SIMD_SPLAT_OPS(SPLAT)
  LINEA_SIMD_EXTRACT_OPS(EXTRACT)
  LINEA_SIMD_REPLACE_OPS(REPLACE)
  LINEA_SIMD_LOAD_OPS(LOAD)
  LINEA_SIMD_LOAD_LANE_OPS(LOAD_LANE)
  LINEA_SIMD_STORE_LANE_OPS(STORE_LANE)
#undef UNARY
#undef BINARY
#undef TERNARY
#undef TEST
#undef SHIFT
#undef SPLAT
#undef EXTRACT
#undef REPLACE
#undef LOAD
#undef LOAD_LANE
#undef STORE_LANE
  t[11] = {K::kStore, Op::kV128Store, ValType::kI32, 0, 4};
  t[12] = {K::kConst, Op::kV128Const, ValType::kI32, 0, 0};
  t[13] = {K::kShuffle, Op::kI8x16Shuffle, ValType::kI32, 32, 0};
  return t;
}

}  // namespace tables_internal

// Indexed by the 0xFD sub-opcode.
inline constexpr std::array<SimdOpInfo, kNumSimdSubopcodes> kSimdOps =
    tables_internal::BuildSimdOps();

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_SIMD_TABLES_H_
