// The 128-bit SIMD instructions (the 0xFD prefix; core spec 5.4.8) and the relaxed SIMD ones
// (3.0), as lists in the style of runtime/code.h: each list drives both the validator's table
// (runtime/compile/simd_tables.h) and the interpreter's handlers. Sub-opcodes are decimal, as the
// spec writes them. In expressions `a`, `b`, `c` are the v128 operands (simd::V128), `x` a scalar
// operand in its storage type, `n` a shift count, `lane` the lane immediate and `p` the
// address of the bytes in memory; the functions are in runtime/interpreter/simd_numerics.h.
//
// Operand words (see code.h): D = result slot, A/B/C = operand slots.
#ifndef LINEA_RUNTIME_SIMD_CODE_H_
#define LINEA_RUNTIME_SIMD_CODE_H_

// v128 -> v128. V(Name, subopcode, expression)
#define LINEA_SIMD_UNARY_OPS(V)                                   \
  V(V128Not, 77, ~a)                                              \
  V(F32x4DemoteF64x2Zero, 94, F32x4DemoteF64x2Zero(a))            \
  V(F64x2PromoteLowF32x4, 95, F64x2PromoteLowF32x4(a))            \
  V(I8x16Abs, 96, Abs<i8x16>(a))                                  \
  V(I8x16Neg, 97, Neg<i8x16>(a))                                  \
  V(I8x16Popcnt, 98, Popcnt8(a))                                  \
  V(F32x4Ceil, 103, (Round<f32x4, Rounding::kCeil>(a)))           \
  V(F32x4Floor, 104, (Round<f32x4, Rounding::kFloor>(a)))         \
  V(F32x4Trunc, 105, (Round<f32x4, Rounding::kTrunc>(a)))         \
  V(F32x4Nearest, 106, (Round<f32x4, Rounding::kNearest>(a)))     \
  V(F64x2Ceil, 116, (Round<f64x2, Rounding::kCeil>(a)))           \
  V(F64x2Floor, 117, (Round<f64x2, Rounding::kFloor>(a)))         \
  V(F64x2Trunc, 122, (Round<f64x2, Rounding::kTrunc>(a)))         \
  V(I16x8ExtaddPairwiseI8x16S, 124, ExtAddPairwise<i16x8>(a))     \
  V(I16x8ExtaddPairwiseI8x16U, 125, ExtAddPairwise<u16x8>(a))     \
  V(I32x4ExtaddPairwiseI16x8S, 126, ExtAddPairwise<i32x4>(a))     \
  V(I32x4ExtaddPairwiseI16x8U, 127, ExtAddPairwise<u32x4>(a))     \
  V(I16x8Abs, 128, Abs<i16x8>(a))                                 \
  V(I16x8Neg, 129, Neg<i16x8>(a))                                 \
  V(I16x8ExtendLowI8x16S, 135, (ExtendLowV<i8x8, i16x8>(a)))      \
  V(I16x8ExtendHighI8x16S, 136, (ExtendHighV<i8x8, i16x8>(a)))    \
  V(I16x8ExtendLowI8x16U, 137, (ExtendLowV<u8x8, u16x8>(a)))      \
  V(I16x8ExtendHighI8x16U, 138, (ExtendHighV<u8x8, u16x8>(a)))    \
  V(F64x2Nearest, 148, (Round<f64x2, Rounding::kNearest>(a)))     \
  V(I32x4Abs, 160, Abs<i32x4>(a))                                 \
  V(I32x4Neg, 161, Neg<i32x4>(a))                                 \
  V(I32x4ExtendLowI16x8S, 167, (ExtendLowV<i16x4, i32x4>(a)))     \
  V(I32x4ExtendHighI16x8S, 168, (ExtendHighV<i16x4, i32x4>(a)))   \
  V(I32x4ExtendLowI16x8U, 169, (ExtendLowV<u16x4, u32x4>(a)))     \
  V(I32x4ExtendHighI16x8U, 170, (ExtendHighV<u16x4, u32x4>(a)))   \
  V(I64x2Abs, 192, Abs<i64x2>(a))                                 \
  V(I64x2Neg, 193, Neg<i64x2>(a))                                 \
  V(I64x2ExtendLowI32x4S, 199, (ExtendLowV<i32x2, i64x2>(a)))     \
  V(I64x2ExtendHighI32x4S, 200, (ExtendHighV<i32x2, i64x2>(a)))   \
  V(I64x2ExtendLowI32x4U, 201, (ExtendLowV<u32x2, u64x2>(a)))     \
  V(I64x2ExtendHighI32x4U, 202, (ExtendHighV<u32x2, u64x2>(a)))   \
  V(F32x4Abs, 224, FAbs<f32x4>(a))                                \
  V(F32x4Neg, 225, FNeg<f32x4>(a))                                \
  V(F32x4Sqrt, 227, FSqrt<f32x4>(a))                              \
  V(F64x2Abs, 236, FAbs<f64x2>(a))                                \
  V(F64x2Neg, 237, FNeg<f64x2>(a))                                \
  V(F64x2Sqrt, 239, FSqrt<f64x2>(a))                              \
  V(I32x4TruncSatF32x4S, 248, I32x4TruncSatF32x4S(a))             \
  V(I32x4TruncSatF32x4U, 249, I32x4TruncSatF32x4U(a))             \
  V(F32x4ConvertI32x4S, 250, F32x4ConvertI32x4S(a))               \
  V(F32x4ConvertI32x4U, 251, F32x4ConvertI32x4U(a))               \
  V(I32x4TruncSatF64x2SZero, 252, I32x4TruncSatF64x2SZero(a))     \
  V(I32x4TruncSatF64x2UZero, 253, I32x4TruncSatF64x2UZero(a))     \
  V(F64x2ConvertLowI32x4S, 254, F64x2ConvertLowI32x4S(a))         \
  V(F64x2ConvertLowI32x4U, 255, F64x2ConvertLowI32x4U(a))         \
  V(I32x4RelaxedTruncF32x4S, 257, I32x4TruncSatF32x4S(a))         \
  V(I32x4RelaxedTruncF32x4U, 258, I32x4TruncSatF32x4U(a))         \
  V(I32x4RelaxedTruncF64x2SZero, 259, I32x4TruncSatF64x2SZero(a)) \
  V(I32x4RelaxedTruncF64x2UZero, 260, I32x4TruncSatF64x2UZero(a))

// v128 v128 -> v128. V(Name, subopcode, expression)
#define LINEA_SIMD_BINARY_OPS(V)                                  \
  V(I8x16Swizzle, 14, Swizzle(a, b))                              \
  V(I8x16Eq, 35, Eq<i8x16>(a, b))                                 \
  V(I8x16Ne, 36, Ne<i8x16>(a, b))                                 \
  V(I8x16LtS, 37, Lt<i8x16>(a, b))                                \
  V(I8x16LtU, 38, Lt<u8x16>(a, b))                                \
  V(I8x16GtS, 39, Gt<i8x16>(a, b))                                \
  V(I8x16GtU, 40, Gt<u8x16>(a, b))                                \
  V(I8x16LeS, 41, Le<i8x16>(a, b))                                \
  V(I8x16LeU, 42, Le<u8x16>(a, b))                                \
  V(I8x16GeS, 43, Ge<i8x16>(a, b))                                \
  V(I8x16GeU, 44, Ge<u8x16>(a, b))                                \
  V(I16x8Eq, 45, Eq<i16x8>(a, b))                                 \
  V(I16x8Ne, 46, Ne<i16x8>(a, b))                                 \
  V(I16x8LtS, 47, Lt<i16x8>(a, b))                                \
  V(I16x8LtU, 48, Lt<u16x8>(a, b))                                \
  V(I16x8GtS, 49, Gt<i16x8>(a, b))                                \
  V(I16x8GtU, 50, Gt<u16x8>(a, b))                                \
  V(I16x8LeS, 51, Le<i16x8>(a, b))                                \
  V(I16x8LeU, 52, Le<u16x8>(a, b))                                \
  V(I16x8GeS, 53, Ge<i16x8>(a, b))                                \
  V(I16x8GeU, 54, Ge<u16x8>(a, b))                                \
  V(I32x4Eq, 55, Eq<i32x4>(a, b))                                 \
  V(I32x4Ne, 56, Ne<i32x4>(a, b))                                 \
  V(I32x4LtS, 57, Lt<i32x4>(a, b))                                \
  V(I32x4LtU, 58, Lt<u32x4>(a, b))                                \
  V(I32x4GtS, 59, Gt<i32x4>(a, b))                                \
  V(I32x4GtU, 60, Gt<u32x4>(a, b))                                \
  V(I32x4LeS, 61, Le<i32x4>(a, b))                                \
  V(I32x4LeU, 62, Le<u32x4>(a, b))                                \
  V(I32x4GeS, 63, Ge<i32x4>(a, b))                                \
  V(I32x4GeU, 64, Ge<u32x4>(a, b))                                \
  V(F32x4Eq, 65, Eq<f32x4>(a, b))                                 \
  V(F32x4Ne, 66, Ne<f32x4>(a, b))                                 \
  V(F32x4Lt, 67, Lt<f32x4>(a, b))                                 \
  V(F32x4Gt, 68, Gt<f32x4>(a, b))                                 \
  V(F32x4Le, 69, Le<f32x4>(a, b))                                 \
  V(F32x4Ge, 70, Ge<f32x4>(a, b))                                 \
  V(F64x2Eq, 71, Eq<f64x2>(a, b))                                 \
  V(F64x2Ne, 72, Ne<f64x2>(a, b))                                 \
  V(F64x2Lt, 73, Lt<f64x2>(a, b))                                 \
  V(F64x2Gt, 74, Gt<f64x2>(a, b))                                 \
  V(F64x2Le, 75, Le<f64x2>(a, b))                                 \
  V(F64x2Ge, 76, Ge<f64x2>(a, b))                                 \
  V(V128And, 78, a& b)                                            \
  V(V128AndNot, 79, a & ~b)                                       \
  V(V128Or, 80, a | b)                                            \
  V(V128Xor, 81, a ^ b)                                           \
  V(I8x16NarrowI16x8S, 101, (Narrow<i16x8, i8x8>(a, b)))          \
  V(I8x16NarrowI16x8U, 102, (Narrow<i16x8, u8x8>(a, b)))          \
  V(I8x16Add, 110, Add<i8x16>(a, b))                              \
  V(I8x16AddSatS, 111, AddSat<i8x16>(a, b))                       \
  V(I8x16AddSatU, 112, AddSat<u8x16>(a, b))                       \
  V(I8x16Sub, 113, Sub<i8x16>(a, b))                              \
  V(I8x16SubSatS, 114, SubSat<i8x16>(a, b))                       \
  V(I8x16SubSatU, 115, SubSat<u8x16>(a, b))                       \
  V(I8x16MinS, 118, Min<i8x16>(a, b))                             \
  V(I8x16MinU, 119, Min<u8x16>(a, b))                             \
  V(I8x16MaxS, 120, Max<i8x16>(a, b))                             \
  V(I8x16MaxU, 121, Max<u8x16>(a, b))                             \
  V(I8x16AvgrU, 123, AvgrU<u8x16>(a, b))                          \
  V(I16x8Q15MulrSatS, 130, Q15MulrSat(a, b))                      \
  V(I16x8NarrowI32x4S, 133, (Narrow<i32x4, i16x4>(a, b)))         \
  V(I16x8NarrowI32x4U, 134, (Narrow<i32x4, u16x4>(a, b)))         \
  V(I16x8Add, 142, Add<i16x8>(a, b))                              \
  V(I16x8AddSatS, 143, AddSat<i16x8>(a, b))                       \
  V(I16x8AddSatU, 144, AddSat<u16x8>(a, b))                       \
  V(I16x8Sub, 145, Sub<i16x8>(a, b))                              \
  V(I16x8SubSatS, 146, SubSat<i16x8>(a, b))                       \
  V(I16x8SubSatU, 147, SubSat<u16x8>(a, b))                       \
  V(I16x8Mul, 149, Mul<i16x8>(a, b))                              \
  V(I16x8MinS, 150, Min<i16x8>(a, b))                             \
  V(I16x8MinU, 151, Min<u16x8>(a, b))                             \
  V(I16x8MaxS, 152, Max<i16x8>(a, b))                             \
  V(I16x8MaxU, 153, Max<u16x8>(a, b))                             \
  V(I16x8AvgrU, 155, AvgrU<u16x8>(a, b))                          \
  V(I16x8ExtmulLowI8x16S, 156, (ExtMulLow<i8x8, i16x8>(a, b)))    \
  V(I16x8ExtmulHighI8x16S, 157, (ExtMulHigh<i8x8, i16x8>(a, b)))  \
  V(I16x8ExtmulLowI8x16U, 158, (ExtMulLow<u8x8, u16x8>(a, b)))    \
  V(I16x8ExtmulHighI8x16U, 159, (ExtMulHigh<u8x8, u16x8>(a, b)))  \
  V(I32x4Add, 174, Add<i32x4>(a, b))                              \
  V(I32x4Sub, 177, Sub<i32x4>(a, b))                              \
  V(I32x4Mul, 181, Mul<i32x4>(a, b))                              \
  V(I32x4MinS, 182, Min<i32x4>(a, b))                             \
  V(I32x4MinU, 183, Min<u32x4>(a, b))                             \
  V(I32x4MaxS, 184, Max<i32x4>(a, b))                             \
  V(I32x4MaxU, 185, Max<u32x4>(a, b))                             \
  V(I32x4DotI16x8S, 186, DotI16x8(a, b))                          \
  V(I32x4ExtmulLowI16x8S, 188, (ExtMulLow<i16x4, i32x4>(a, b)))   \
  V(I32x4ExtmulHighI16x8S, 189, (ExtMulHigh<i16x4, i32x4>(a, b))) \
  V(I32x4ExtmulLowI16x8U, 190, (ExtMulLow<u16x4, u32x4>(a, b)))   \
  V(I32x4ExtmulHighI16x8U, 191, (ExtMulHigh<u16x4, u32x4>(a, b))) \
  V(I64x2Add, 206, Add<i64x2>(a, b))                              \
  V(I64x2Sub, 209, Sub<i64x2>(a, b))                              \
  V(I64x2Mul, 213, Mul<i64x2>(a, b))                              \
  V(I64x2Eq, 214, Eq<i64x2>(a, b))                                \
  V(I64x2Ne, 215, Ne<i64x2>(a, b))                                \
  V(I64x2LtS, 216, Lt<i64x2>(a, b))                               \
  V(I64x2GtS, 217, Gt<i64x2>(a, b))                               \
  V(I64x2LeS, 218, Le<i64x2>(a, b))                               \
  V(I64x2GeS, 219, Ge<i64x2>(a, b))                               \
  V(I64x2ExtmulLowI32x4S, 220, (ExtMulLow<i32x2, i64x2>(a, b)))   \
  V(I64x2ExtmulHighI32x4S, 221, (ExtMulHigh<i32x2, i64x2>(a, b))) \
  V(I64x2ExtmulLowI32x4U, 222, (ExtMulLow<u32x2, u64x2>(a, b)))   \
  V(I64x2ExtmulHighI32x4U, 223, (ExtMulHigh<u32x2, u64x2>(a, b))) \
  V(F32x4Add, 228, FAdd<f32x4>(a, b))                             \
  V(F32x4Sub, 229, FSub<f32x4>(a, b))                             \
  V(F32x4Mul, 230, FMul<f32x4>(a, b))                             \
  V(F32x4Div, 231, FDiv<f32x4>(a, b))                             \
  V(F32x4Min, 232, FMin<f32x4>(a, b))                             \
  V(F32x4Max, 233, FMax<f32x4>(a, b))                             \
  V(F32x4PMin, 234, PMin<f32x4>(a, b))                            \
  V(F32x4PMax, 235, PMax<f32x4>(a, b))                            \
  V(F64x2Add, 240, FAdd<f64x2>(a, b))                             \
  V(F64x2Sub, 241, FSub<f64x2>(a, b))                             \
  V(F64x2Mul, 242, FMul<f64x2>(a, b))                             \
  V(F64x2Div, 243, FDiv<f64x2>(a, b))                             \
  V(F64x2Min, 244, FMin<f64x2>(a, b))                             \
  V(F64x2Max, 245, FMax<f64x2>(a, b))                             \
  V(F64x2PMin, 246, PMin<f64x2>(a, b))                            \
  V(F64x2PMax, 247, PMax<f64x2>(a, b))                            \
  V(I8x16RelaxedSwizzle, 256, Swizzle(a, b))                      \
  V(F32x4RelaxedMin, 269, FMin<f32x4>(a, b))                      \
  V(F32x4RelaxedMax, 270, FMax<f32x4>(a, b))                      \
  V(F64x2RelaxedMin, 271, FMin<f64x2>(a, b))                      \
  V(F64x2RelaxedMax, 272, FMax<f64x2>(a, b))                      \
  V(I16x8RelaxedQ15MulrS, 273, Q15MulrSat(a, b))                  \
  V(I16x8RelaxedDotI8x16I7x16S, 274, RelaxedDotI8x16(a, b))

// v128 v128 v128 -> v128. V(Name, subopcode, expression)
#define LINEA_SIMD_TERNARY_OPS(V)                    \
  V(V128Bitselect, 82, BitSelect(a, b, c))           \
  V(F32x4RelaxedMadd, 261, Madd<f32x4>(a, b, c))     \
  V(F32x4RelaxedNmadd, 262, Nmadd<f32x4>(a, b, c))   \
  V(F64x2RelaxedMadd, 263, Madd<f64x2>(a, b, c))     \
  V(F64x2RelaxedNmadd, 264, Nmadd<f64x2>(a, b, c))   \
  V(I8x16RelaxedLaneselect, 265, BitSelect(a, b, c)) \
  V(I16x8RelaxedLaneselect, 266, BitSelect(a, b, c)) \
  V(I32x4RelaxedLaneselect, 267, BitSelect(a, b, c)) \
  V(I64x2RelaxedLaneselect, 268, BitSelect(a, b, c)) \
  V(I32x4RelaxedDotI8x16I7x16AddS, 275, RelaxedDotI8x16AddI32x4(a, b, c))

// v128 -> i32. V(Name, subopcode, expression)
#define LINEA_SIMD_TEST_OPS(V)            \
  V(V128AnyTrue, 83, AnyTrue(a))          \
  V(I8x16AllTrue, 99, AllTrue<i8x16>(a))  \
  V(I8x16Bitmask, 100, Bitmask<i8x16>(a)) \
  V(I16x8AllTrue, 131, AllTrue<i16x8>(a)) \
  V(I16x8Bitmask, 132, Bitmask<i16x8>(a)) \
  V(I32x4AllTrue, 163, AllTrue<i32x4>(a)) \
  V(I32x4Bitmask, 164, Bitmask<i32x4>(a)) \
  V(I64x2AllTrue, 195, AllTrue<i64x2>(a)) \
  V(I64x2Bitmask, 196, Bitmask<i64x2>(a))

// v128 i32 -> v128. V(Name, subopcode, expression)
#define LINEA_SIMD_SHIFT_OPS(V)       \
  V(I8x16Shl, 107, Shl<i8x16>(a, n))  \
  V(I8x16ShrS, 108, Shr<i8x16>(a, n)) \
  V(I8x16ShrU, 109, Shr<u8x16>(a, n)) \
  V(I16x8Shl, 139, Shl<i16x8>(a, n))  \
  V(I16x8ShrS, 140, Shr<i16x8>(a, n)) \
  V(I16x8ShrU, 141, Shr<u16x8>(a, n)) \
  V(I32x4Shl, 171, Shl<i32x4>(a, n))  \
  V(I32x4ShrS, 172, Shr<i32x4>(a, n)) \
  V(I32x4ShrU, 173, Shr<u32x4>(a, n)) \
  V(I64x2Shl, 203, Shl<i64x2>(a, n))  \
  V(I64x2ShrS, 204, Shr<i64x2>(a, n)) \
  V(I64x2ShrU, 205, Shr<u64x2>(a, n))

// Scalar -> v128. V(Name, subopcode, Operand, expression)
#define LINEA_SIMD_SPLAT_OPS(V)           \
  V(I8x16Splat, 15, I32, Splat<u8x16>(x)) \
  V(I16x8Splat, 16, I32, Splat<u16x8>(x)) \
  V(I32x4Splat, 17, I32, Splat<u32x4>(x)) \
  V(I64x2Splat, 18, I64, Splat<u64x2>(x)) \
  V(F32x4Splat, 19, F32, Splat<f32x4>(x)) \
  V(F64x2Splat, 20, F64, Splat<f64x2>(x))

// v128 -> scalar, lane immediate: D A lane. V(Name, subopcode, Result, lanes, expression)
#define LINEA_SIMD_EXTRACT_OPS(V)                                     \
  V(I8x16ExtractLaneS, 21, I32, 16, S32(ExtractLane<i8x16>(a, lane))) \
  V(I8x16ExtractLaneU, 22, I32, 16, ExtractLane<u8x16>(a, lane))      \
  V(I16x8ExtractLaneS, 24, I32, 8, S32(ExtractLane<i16x8>(a, lane)))  \
  V(I16x8ExtractLaneU, 25, I32, 8, ExtractLane<u16x8>(a, lane))       \
  V(I32x4ExtractLane, 27, I32, 4, ExtractLane<u32x4>(a, lane))        \
  V(I64x2ExtractLane, 29, I64, 2, ExtractLane<u64x2>(a, lane))        \
  V(F32x4ExtractLane, 31, F32, 4, ExtractLane<f32x4>(a, lane))        \
  V(F64x2ExtractLane, 33, F64, 2, ExtractLane<f64x2>(a, lane))

// v128 scalar -> v128, lane immediate: D A B lane. V(Name, subopcode, Operand, lanes, expression)
#define LINEA_SIMD_REPLACE_OPS(V)                                  \
  V(I8x16ReplaceLane, 23, I32, 16, ReplaceLane<u8x16>(a, lane, x)) \
  V(I16x8ReplaceLane, 26, I32, 8, ReplaceLane<u16x8>(a, lane, x))  \
  V(I32x4ReplaceLane, 28, I32, 4, ReplaceLane<u32x4>(a, lane, x))  \
  V(I64x2ReplaceLane, 30, I64, 2, ReplaceLane<u64x2>(a, lane, x))  \
  V(F32x4ReplaceLane, 32, F32, 4, ReplaceLane<f32x4>(a, lane, x))  \
  V(F64x2ReplaceLane, 34, F64, 2, ReplaceLane<f64x2>(a, lane, x))

// Loads to a v128: D A offset. V(Name, subopcode, bytes read, natural alignment log2, expr)
#define LINEA_SIMD_LOAD_OPS(V)                             \
  V(V128Load, 0, 16, 4, LoadV128(p))                       \
  V(V128Load8x8S, 1, 8, 3, (LoadExtend<i8x8, i16x8>(p)))   \
  V(V128Load8x8U, 2, 8, 3, (LoadExtend<u8x8, u16x8>(p)))   \
  V(V128Load16x4S, 3, 8, 3, (LoadExtend<i16x4, i32x4>(p))) \
  V(V128Load16x4U, 4, 8, 3, (LoadExtend<u16x4, u32x4>(p))) \
  V(V128Load32x2S, 5, 8, 3, (LoadExtend<i32x2, i64x2>(p))) \
  V(V128Load32x2U, 6, 8, 3, (LoadExtend<u32x2, u64x2>(p))) \
  V(V128Load8Splat, 7, 1, 0, LoadSplat<u8x16>(p))          \
  V(V128Load16Splat, 8, 2, 1, LoadSplat<u16x8>(p))         \
  V(V128Load32Splat, 9, 4, 2, LoadSplat<u32x4>(p))         \
  V(V128Load64Splat, 10, 8, 3, LoadSplat<u64x2>(p))        \
  V(V128Load32Zero, 92, 4, 2, LoadZero<4>(p))              \
  V(V128Load64Zero, 93, 8, 3, LoadZero<8>(p))

// One lane from or to memory: load D A(address) B(vector) offset lane; store A(address)
// B(vector) offset lane. V(Name, subopcode, lane bytes, natural alignment log2, lanes)
#define LINEA_SIMD_LOAD_LANE_OPS(V) \
  V(V128Load8Lane, 84, 1, 0, 16)    \
  V(V128Load16Lane, 85, 2, 1, 8)    \
  V(V128Load32Lane, 86, 4, 2, 4)    \
  V(V128Load64Lane, 87, 8, 3, 2)
#define LINEA_SIMD_STORE_LANE_OPS(V) \
  V(V128Store8Lane, 88, 1, 0, 16)    \
  V(V128Store16Lane, 89, 2, 1, 8)    \
  V(V128Store32Lane, 90, 4, 2, 4)    \
  V(V128Store64Lane, 91, 8, 3, 2)

// The rest, each with its own compilation:
//   V128Store   (11)  A(address) B(vector) offset
//   V128Const   (12)  D w0 w1 w2 w3: a constant that did not fit the constant slots
//   I8x16Shuffle(13)  D A B w0 w1 w2 w3: the 16 lane indices, 4 per word
//   MovV128, SelectV128, Return1V128, GlobalGetV128, GlobalSetV128: as Mov, Select, Return1,
//   GlobalGet and GlobalSet (code.h), copying all 16 bytes of the slot instead of 8.
#define LINEA_SIMD_OTHER_OPS(V) \
  V(V128Store)                  \
  V(V128Const)                  \
  V(I8x16Shuffle)               \
  V(MovV128)                    \
  V(SelectV128)                 \
  V(Return1V128)                \
  V(GlobalGetV128)              \
  V(GlobalSetV128)

// The memory ops for any memory (multiple memories, memory64), as the scalar *At ops of code.h
// are: the offset as two words (low, high) and the memory's index last, the address read as 64
// bits. Layouts: loads D A lo hi mem; lane loads D A V lo hi lane mem; lane stores A V lo hi
// lane mem; V128StoreAt A V lo hi mem.
#define LINEA_SIMD_MEMORY_AT_OPS(V)        \
  LINEA_SIMD_LOAD_OPS(LINEA_AT_NAME)       \
  LINEA_SIMD_LOAD_LANE_OPS(LINEA_AT_NAME)  \
  LINEA_SIMD_STORE_LANE_OPS(LINEA_AT_NAME) \
  V(V128StoreAt)

#define LINEA_SIMD_ALL_OPS(V)             \
  LINEA_SIMD_OTHER_OPS(V)                 \
  LINEA_SIMD_MEMORY_AT_OPS(V)             \
  LINEA_SIMD_UNARY_OPS(LINEA_OP_NAME)     \
  LINEA_SIMD_BINARY_OPS(LINEA_OP_NAME)    \
  LINEA_SIMD_TERNARY_OPS(LINEA_OP_NAME)   \
  LINEA_SIMD_TEST_OPS(LINEA_OP_NAME)      \
  LINEA_SIMD_SHIFT_OPS(LINEA_OP_NAME)     \
  LINEA_SIMD_SPLAT_OPS(LINEA_OP_NAME)     \
  LINEA_SIMD_EXTRACT_OPS(LINEA_OP_NAME)   \
  LINEA_SIMD_REPLACE_OPS(LINEA_OP_NAME)   \
  LINEA_SIMD_LOAD_OPS(LINEA_OP_NAME)      \
  LINEA_SIMD_LOAD_LANE_OPS(LINEA_OP_NAME) \
  LINEA_SIMD_STORE_LANE_OPS(LINEA_OP_NAME)

#endif  // LINEA_RUNTIME_SIMD_CODE_H_
