// The semantics of the 128-bit SIMD instructions (core spec 4.3.2-4.3.3 "vector operations"),
// one function per operation family over a 16-byte vector, for the interpreter's handlers
// (runtime/simd_code.h lists which instruction uses which function).
//
// Written with GCC/Clang vector extensions, which compile to one host instruction where the
// target has it (SSE2 on x86-64: paddb, pcmpgtd, mulps, ...); where a wider SSE level has a
// better instruction (roundps, packusdw) it is used when the build enables that level, SSSE3's
// pshufb (swizzle, shuffle) whenever the CPU has it, and SSE2 intrinsics cover what vector
// extensions express badly (saturating arithmetic, packs, movemask, conversions). A loop over
// lanes remains only where the host has no instruction at all (swizzle and shuffle without
// SSSE3, bitmask without SSE2, sqrt off x86).
#ifndef LINEA_RUNTIME_INTERPRETER_SIMD_NUMERICS_H_
#define LINEA_RUNTIME_INTERPRETER_SIMD_NUMERICS_H_

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) || defined(__SSSE3__)
#include <tmmintrin.h>  // Usable in target("ssse3") functions of an SSE2 build.
#endif
#if defined(__SSE4_1__)
#include <smmintrin.h>
#endif

namespace linea::rt::simd {

// Lane views of a v128. Casting between them reinterprets the 16 bytes (no conversion).
typedef int8_t i8x16 __attribute__((vector_size(16)));
typedef uint8_t u8x16 __attribute__((vector_size(16)));
typedef int16_t i16x8 __attribute__((vector_size(16)));
typedef uint16_t u16x8 __attribute__((vector_size(16)));
typedef int32_t i32x4 __attribute__((vector_size(16)));
typedef uint32_t u32x4 __attribute__((vector_size(16)));
typedef int64_t i64x2 __attribute__((vector_size(16)));
typedef uint64_t u64x2 __attribute__((vector_size(16)));
typedef float f32x4 __attribute__((vector_size(16)));
typedef double f64x2 __attribute__((vector_size(16)));
// Half vectors: the 8 bytes an extending load or an extend_low/high reads.
typedef int8_t i8x8 __attribute__((vector_size(8)));
typedef uint8_t u8x8 __attribute__((vector_size(8)));
typedef int16_t i16x4 __attribute__((vector_size(8)));
typedef uint16_t u16x4 __attribute__((vector_size(8)));
typedef int32_t i32x2 __attribute__((vector_size(8)));
typedef uint32_t u32x2 __attribute__((vector_size(8)));
typedef float f32x2 __attribute__((vector_size(8)));

using V128 = u64x2;

// The lane type and lane count of a view.
template <typename Vec>
using Lane = std::remove_cvref_t<decltype(Vec{}[0])>;
template <typename Vec>
inline constexpr int kLanes = sizeof(Vec) / sizeof(Lane<Vec>);

// The unsigned view with the same lane width.
template <size_t kBytes>
struct UnsignedLanes;
template <>
struct UnsignedLanes<1> {
  using type = u8x16;
};
template <>
struct UnsignedLanes<2> {
  using type = u16x8;
};
template <>
struct UnsignedLanes<4> {
  using type = u32x4;
};
template <>
struct UnsignedLanes<8> {
  using type = u64x2;
};
template <typename Vec>
using UnsignedOf = typename UnsignedLanes<sizeof(Lane<Vec>)>::type;
// The integer view matching a float view (comparison results, sign masks).
template <typename Vec>
using IntOf = std::conditional_t<sizeof(Lane<Vec>) == 4, i32x4, i64x2>;

inline V128 LoadV128(const void* p) {
  V128 v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}
inline void StoreV128(void* p, V128 v) { std::memcpy(p, &v, sizeof(v)); }

template <typename Half>
inline Half LowHalf(V128 v) {
  Half h;
  std::memcpy(&h, &v, sizeof(h));
  return h;
}
template <typename Half>
inline Half HighHalf(V128 v) {
  Half h;
  std::memcpy(&h, reinterpret_cast<const char*>(&v) + 8, sizeof(h));
  return h;
}
// Two half vectors side by side, `lo` in lanes 0..n/2-1.
template <typename Half>
inline V128 Concat(Half lo, Half hi) {
  V128 v;
  std::memcpy(&v, &lo, 8);
  std::memcpy(reinterpret_cast<char*>(&v) + 8, &hi, 8);
  return v;
}

// ---- Memory -----------------------------------------------------------------------------------
// `Half` lanes read from memory, each extended to twice its width (v128.load8x8_s, ...).
template <typename Half, typename Wide>
inline V128 LoadExtend(const uint8_t* p) {
  Half h;
  std::memcpy(&h, p, sizeof(h));
  return (V128) __builtin_convertvector(h, Wide);
}
template <typename Vec>
inline V128 LoadSplat(const uint8_t* p) {
  Lane<Vec> x;
  std::memcpy(&x, p, sizeof(x));
  return (V128)(Vec{} + x);
}
template <size_t kBytes>
inline V128 LoadZero(const uint8_t* p) {
  V128 v{};
  std::memcpy(&v, p, kBytes);
  return v;
}

// ---- Lanes ------------------------------------------------------------------------------------
// Broadcasts the bits (adding x to a zero vector would quiet a NaN and turn -0 into +0).
template <typename Vec, typename Scalar>
inline V128 Splat(Scalar x) {
  using U = UnsignedOf<Vec>;
  return (V128)(U{} + std::bit_cast<Lane<U>>(static_cast<Lane<Vec>>(x)));
}
template <typename Vec>
inline Lane<Vec> ExtractLane(V128 a, uint32_t lane) {
  return ((Vec)a)[lane];
}
template <typename Vec, typename Scalar>
inline V128 ReplaceLane(V128 a, uint32_t lane, Scalar x) {
  Vec v = (Vec)a;
  v[lane] = static_cast<Lane<Vec>>(x);
  return (V128)v;
}

// Byte permutations need SSSE3's pshufb, which the x86-64 baseline (SSE2) lacks: a build for
// SSSE3 inlines it; an SSE2 build on x86-64 calls a pshufb version when the CPU has SSSE3
// (checked once, by the compiler's cpu-model data) and loops over the lanes otherwise.
#if defined(__x86_64__) || defined(__SSSE3__)
#define LINEA_SIMD_HAVE_PSHUFB 1
// i8x16.swizzle: pshufb zeroes a lane whose index has its top bit set, so indices >= 16 get
// it by a saturating add of 0x70.
__attribute__((target("ssse3"))) inline V128 SwizzlePshufb(V128 a, V128 b) {
  const __m128i index = _mm_adds_epu8((__m128i)b, _mm_set1_epi8(0x70));
  return (V128)_mm_shuffle_epi8((__m128i)a, index);
}
// i8x16.shuffle: indices 16..31 select from b. For a, their top bit is set (pshufb then writes
// 0); for b, 16 is subtracted, so that a's indices wrap to >= 0xf0.
__attribute__((target("ssse3"))) inline V128 ShufflePshufb(V128 a, V128 b, V128 lanes) {
  const __m128i index = (__m128i)lanes;
  const __m128i from_a = _mm_or_si128(index, _mm_cmpgt_epi8(index, _mm_set1_epi8(15)));
  const __m128i from_b = _mm_sub_epi8(index, _mm_set1_epi8(16));
  return (V128)_mm_or_si128(_mm_shuffle_epi8((__m128i)a, from_a),
                            _mm_shuffle_epi8((__m128i)b, from_b));
}
inline bool HavePshufb() {
#if defined(__SSSE3__)
  return true;
#else
  return __builtin_cpu_supports("ssse3");
#endif
}
#endif

// i8x16.swizzle: lane i of the result is a[b[i]], or 0 when b[i] >= 16.
inline V128 Swizzle(V128 a, V128 b) {
#if defined(LINEA_SIMD_HAVE_PSHUFB)
  if (HavePshufb()) [[likely]]
    return SwizzlePshufb(a, b);
#endif
  const u8x16 bytes = (u8x16)a, index = (u8x16)b;
  u8x16 r;
  for (int i = 0; i < 16; ++i) r[i] = index[i] < 16 ? bytes[index[i]] : 0;
  return (V128)r;
}

// i8x16.shuffle: lane i of the result is byte `lanes[i]` (0..31) of a:b.
inline V128 Shuffle(V128 a, V128 b, V128 lanes) {
#if defined(LINEA_SIMD_HAVE_PSHUFB)
  if (HavePshufb()) [[likely]]
    return ShufflePshufb(a, b, lanes);
#endif
  uint8_t both[32];
  std::memcpy(both, &a, 16);
  std::memcpy(both + 16, &b, 16);
  const u8x16 index = (u8x16)lanes;
  u8x16 r;
  for (int i = 0; i < 16; ++i) r[i] = both[index[i] & 31];
  return (V128)r;
}

// ---- Bitwise and boolean ----------------------------------------------------------------------
inline V128 BitSelect(V128 a, V128 b, V128 mask) { return (a & mask) | (b & ~mask); }
inline uint32_t AnyTrue(V128 a) { return (a[0] | a[1]) != 0; }
template <typename Vec>
inline uint32_t AllTrue(V128 a) {
  const V128 zero_lanes = (V128)((Vec)a == 0);
  return (zero_lanes[0] | zero_lanes[1]) == 0;
}
// Bit i of the result is the sign bit of lane i.
template <typename Vec>
inline uint32_t Bitmask(V128 a) {
#if defined(__SSE2__)
  const __m128i v = (__m128i)a;
  if constexpr (sizeof(Lane<Vec>) == 1) {
    return static_cast<uint32_t>(_mm_movemask_epi8(v));
  } else if constexpr (sizeof(Lane<Vec>) == 2) {
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_packs_epi16(v, _mm_setzero_si128())));
  } else if constexpr (sizeof(Lane<Vec>) == 4) {
    return static_cast<uint32_t>(_mm_movemask_ps((__m128)v));
  } else {
    return static_cast<uint32_t>(_mm_movemask_pd((__m128d)v));
  }
#else
  const Vec v = (Vec)a;
  uint32_t mask = 0;
  for (int i = 0; i < kLanes<Vec>; ++i) mask |= static_cast<uint32_t>(v[i] < 0) << i;
  return mask;
#endif
}

// ---- Integer arithmetic -----------------------------------------------------------------------
// Wrapping arithmetic is done in the unsigned view (signed overflow is undefined in C++).
template <typename Vec>
inline V128 Add(V128 a, V128 b) {
  return (V128)((UnsignedOf<Vec>)a + (UnsignedOf<Vec>)b);
}
template <typename Vec>
inline V128 Sub(V128 a, V128 b) {
  return (V128)((UnsignedOf<Vec>)a - (UnsignedOf<Vec>)b);
}
template <typename Vec>
inline V128 Mul(V128 a, V128 b) {
  return (V128)((UnsignedOf<Vec>)a * (UnsignedOf<Vec>)b);
}
template <typename Vec>
inline V128 Neg(V128 a) {
  return (V128)(-(UnsignedOf<Vec>)a);
}
template <typename Vec>  // Vec is the signed view; abs(MIN) is MIN (wraps).
inline V128 Abs(V128 a) {
  const Vec v = (Vec)a;
  const UnsignedOf<Vec> u = (UnsignedOf<Vec>)a;
  return (V128)(v < 0 ? -u : u);
}
// Vec's signedness chooses the comparison.
template <typename Vec>
inline V128 Min(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  return (V128)(x < y ? x : y);
}
template <typename Vec>
inline V128 Max(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  return (V128)(x > y ? x : y);
}
// Rounding average of unsigned lanes, (a + b + 1) / 2 without overflow.
template <typename Vec>
inline V128 AvgrU(V128 a, V128 b) {
#if defined(__SSE2__)
  if constexpr (sizeof(Lane<Vec>) == 1) return (V128)_mm_avg_epu8((__m128i)a, (__m128i)b);
  if constexpr (sizeof(Lane<Vec>) == 2) return (V128)_mm_avg_epu16((__m128i)a, (__m128i)b);
#endif
  const Vec x = (Vec)a, y = (Vec)b;
  return (V128)((x | y) - ((x ^ y) >> 1));
}

// Where signed arithmetic on x overflowed: the bound on x's side (MIN if x < 0, else MAX).
template <typename Vec>
inline Vec SaturationLimit(Vec x) {
  using U = UnsignedOf<Vec>;
  return (Vec)((U)(x >> (sizeof(Lane<Vec>) * 8 - 1)) ^
               (U{} + std::numeric_limits<Lane<Vec>>::max()));
}

// Saturating addition and subtraction of 8- and 16-bit lanes.
template <typename Vec>
inline V128 AddSat(V128 a, V128 b) {
  using U = UnsignedOf<Vec>;
  const Vec x = (Vec)a, y = (Vec)b;
  if constexpr (std::is_unsigned_v<Lane<Vec>>) {
    const Vec sum = x + y;
    return (V128)(sum < x ? Vec{} + std::numeric_limits<Lane<Vec>>::max() : sum);
  } else {
    const Vec sum = (Vec)((U)x + (U)y);
    // Overflow iff both operands have the sign the sum lacks.
    const Vec overflow = ((x ^ sum) & (y ^ sum)) < 0;
    return (V128)(overflow ? SaturationLimit(x) : sum);
  }
}
template <typename Vec>
inline V128 SubSat(V128 a, V128 b) {
  using U = UnsignedOf<Vec>;
  const Vec x = (Vec)a, y = (Vec)b;
  if constexpr (std::is_unsigned_v<Lane<Vec>>) {
    return (V128)(x > y ? x - y : Vec{});
  } else {
    const Vec diff = (Vec)((U)x - (U)y);
    // Overflow iff the operands' signs differ and the result's sign is not x's.
    const Vec overflow = ((x ^ y) & (x ^ diff)) < 0;
    return (V128)(overflow ? SaturationLimit(x) : diff);
  }
}
#if defined(__SSE2__)
// SSE2 has these as single instructions. V(function, view, intrinsic)
#define LINEA_SIMD_SSE2_SATURATING(V) \
  V(AddSat, i8x16, _mm_adds_epi8)     \
  V(AddSat, u8x16, _mm_adds_epu8)     \
  V(AddSat, i16x8, _mm_adds_epi16)    \
  V(AddSat, u16x8, _mm_adds_epu16)    \
  V(SubSat, i8x16, _mm_subs_epi8)     \
  V(SubSat, u8x16, _mm_subs_epu8)     \
  V(SubSat, i16x8, _mm_subs_epi16)    \
  V(SubSat, u16x8, _mm_subs_epu16)
#define LINEA_SIMD_SPECIALIZE(function, Vec, intrinsic) \
  template <>                                           \
  inline V128 function<Vec>(V128 a, V128 b) {           \
    return (V128)intrinsic((__m128i)a, (__m128i)b);     \
  }
LINEA_SIMD_SSE2_SATURATING(LINEA_SIMD_SPECIALIZE)
#undef LINEA_SIMD_SPECIALIZE
#undef LINEA_SIMD_SSE2_SATURATING
#endif

// Shifts take the count modulo the lane width. Vec's signedness picks arithmetic or logical.
template <typename Vec>
inline V128 Shl(V128 a, uint32_t n) {
  return (V128)((UnsignedOf<Vec>)a << static_cast<int>(n & (sizeof(Lane<Vec>) * 8 - 1)));
}
template <typename Vec>
inline V128 Shr(V128 a, uint32_t n) {
  return (V128)((Vec)a >> static_cast<int>(n & (sizeof(Lane<Vec>) * 8 - 1)));
}

inline V128 Popcnt8(V128 a) {
  u8x16 x = (u8x16)a;
  x = x - ((x >> 1) & 0x55);
  x = (x & 0x33) + ((x >> 2) & 0x33);
  return (V128)((x + (x >> 4)) & 0x0f);
}

// Lanes of the low or high half, extended to twice their width. Half is the half-vector type
// of the source lanes, Wide the result view.
template <typename Half, typename Wide>
inline Wide ExtendLow(V128 a) {
  return __builtin_convertvector(LowHalf<Half>(a), Wide);
}
template <typename Half, typename Wide>
inline Wide ExtendHigh(V128 a) {
  return __builtin_convertvector(HighHalf<Half>(a), Wide);
}
template <typename Half, typename Wide>
inline V128 ExtendLowV(V128 a) {
  return (V128)ExtendLow<Half, Wide>(a);
}
template <typename Half, typename Wide>
inline V128 ExtendHighV(V128 a) {
  return (V128)ExtendHigh<Half, Wide>(a);
}
// Products of the extended halves (extmul); the products fit the wide lanes.
template <typename Half, typename Wide>
inline V128 ExtMulLow(V128 a, V128 b) {
  return (V128)(ExtendLow<Half, Wide>(a) * ExtendLow<Half, Wide>(b));
}
template <typename Half, typename Wide>
inline V128 ExtMulHigh(V128 a, V128 b) {
  return (V128)(ExtendHigh<Half, Wide>(a) * ExtendHigh<Half, Wide>(b));
}
// extadd_pairwise: wide lane i = narrow lane 2i + narrow lane 2i+1. Wide is the wide view of
// the narrow lanes' signedness: its even narrow lane is its low half (little-endian).
template <typename Wide>
inline V128 ExtAddPairwise(V128 a) {
  constexpr int kHalfBits = sizeof(Lane<Wide>) * 4;
  const Wide v = (Wide)a;
  const Wide even = (v << kHalfBits) >> kHalfBits;  // Sign- or zero-extends the low half.
  const Wide odd = v >> kHalfBits;
  return (V128)(even + odd);
}

// Signed saturation of i16 lanes to i8 (or u8), and of i32 lanes to i16 (or u16):
// `a` gives the low lanes of the result, `b` the high ones.
template <typename Wide, typename NarrowHalf>
inline V128 Narrow(V128 a, V128 b) {
  using N = Lane<NarrowHalf>;
  const Wide lo = Wide{} + std::numeric_limits<N>::min();
  const Wide hi = Wide{} + std::numeric_limits<N>::max();
  Wide x = (Wide)a, y = (Wide)b;
  x = x < lo ? lo : x > hi ? hi : x;
  y = y < lo ? lo : y > hi ? hi : y;
  return Concat(__builtin_convertvector(x, NarrowHalf), __builtin_convertvector(y, NarrowHalf));
}
#if defined(__SSE2__)
template <>
inline V128 Narrow<i16x8, i8x8>(V128 a, V128 b) {
  return (V128)_mm_packs_epi16((__m128i)a, (__m128i)b);
}
template <>
inline V128 Narrow<i16x8, u8x8>(V128 a, V128 b) {
  return (V128)_mm_packus_epi16((__m128i)a, (__m128i)b);
}
template <>
inline V128 Narrow<i32x4, i16x4>(V128 a, V128 b) {
  return (V128)_mm_packs_epi32((__m128i)a, (__m128i)b);
}
#endif
#if defined(__SSE4_1__)
template <>
inline V128 Narrow<i32x4, u16x4>(V128 a, V128 b) {
  return (V128)_mm_packus_epi32((__m128i)a, (__m128i)b);
}
#endif

// i32x4.dot_i16x8_s: lane i = a[2i]*b[2i] + a[2i+1]*b[2i+1], wrapping (only -32768^2 * 2 wraps).
inline V128 DotI16x8(V128 a, V128 b) {
#if defined(__SSE2__)
  return (V128)_mm_madd_epi16((__m128i)a, (__m128i)b);
#else
  const i32x4 x = (i32x4)a, y = (i32x4)b;
  const u32x4 even = (u32x4)(((x << 16) >> 16) * ((y << 16) >> 16));
  const u32x4 odd = (u32x4)((x >> 16) * (y >> 16));
  return (V128)(even + odd);
#endif
}

// i16x8.q15mulr_sat_s: (a*b + 0x4000) >> 15, saturated (only -32768 * -32768 saturates).
inline V128 Q15MulrSat(V128 a, V128 b) {
  const i32x4 lo = (ExtendLow<i16x4, i32x4>(a) * ExtendLow<i16x4, i32x4>(b) + 0x4000) >> 15;
  const i32x4 hi = (ExtendHigh<i16x4, i32x4>(a) * ExtendHigh<i16x4, i32x4>(b) + 0x4000) >> 15;
  return Narrow<i32x4, i16x4>((V128)lo, (V128)hi);
}

// ---- Floating point ---------------------------------------------------------------------------
template <typename Vec>
inline V128 FAdd(V128 a, V128 b) {
  return (V128)((Vec)a + (Vec)b);
}
template <typename Vec>
inline V128 FSub(V128 a, V128 b) {
  return (V128)((Vec)a - (Vec)b);
}
template <typename Vec>
inline V128 FMul(V128 a, V128 b) {
  return (V128)((Vec)a * (Vec)b);
}
template <typename Vec>
inline V128 FDiv(V128 a, V128 b) {
  return (V128)((Vec)a / (Vec)b);
}
template <typename Vec>
inline V128 SignMask() {
  return (V128)(IntOf<Vec>{} + std::numeric_limits<Lane<IntOf<Vec>>>::min());
}
template <typename Vec>
inline V128 FAbs(V128 a) {
  return a & ~SignMask<Vec>();
}
template <typename Vec>
inline V128 FNeg(V128 a) {
  return a ^ SignMask<Vec>();
}
template <typename Vec>
inline V128 FSqrt(V128 a) {
#if defined(__SSE2__)
  if constexpr (sizeof(Lane<Vec>) == 4) {
    return (V128)_mm_sqrt_ps((__m128)a);
  } else {
    return (V128)_mm_sqrt_pd((__m128d)a);
  }
#else
  Vec v = (Vec)a;
  for (int i = 0; i < kLanes<Vec>; ++i) v[i] = std::sqrt(v[i]);
  return (V128)v;
#endif
}
// min/max (spec 4.3.3 fmin/fmax): a NaN operand gives a NaN (a + b propagates it, quieted),
// and -0 < +0 (for equal operands, OR of the bits prefers -0, AND prefers +0).
template <typename Vec>
inline V128 FMin(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  V128 r = (V128)(x < y ? x : y);
  r = (V128)((IntOf<Vec>)(x == y) ? (IntOf<Vec>)(a | b) : (IntOf<Vec>)r);
  return (V128)((x != x) | (y != y) ? (IntOf<Vec>)(x + y) : (IntOf<Vec>)r);
}
template <typename Vec>
inline V128 FMax(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  V128 r = (V128)(x > y ? x : y);
  r = (V128)((IntOf<Vec>)(x == y) ? (IntOf<Vec>)(a & b) : (IntOf<Vec>)r);
  return (V128)((x != x) | (y != y) ? (IntOf<Vec>)(x + y) : (IntOf<Vec>)r);
}
// pmin/pmax: the "pseudo" min and max, b < a ? b : a and a < b ? b : a (bit-exact operands).
template <typename Vec>
inline V128 PMin(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  return (V128)((IntOf<Vec>)(y < x) ? (IntOf<Vec>)b : (IntOf<Vec>)a);
}
template <typename Vec>
inline V128 PMax(V128 a, V128 b) {
  const Vec x = (Vec)a, y = (Vec)b;
  return (V128)((IntOf<Vec>)(x < y) ? (IntOf<Vec>)b : (IntOf<Vec>)a);
}

// Rounding to integral values. Magnitudes from 2^(mantissa bits) on and infinities are
// already integral, NaN is quieted (its quiet bit set); below it, adding and subtracting
// 2^mantissa rounds to nearest even in the default rounding mode, and the other directions
// correct that by one. The result keeps x's sign (ceil(-0.5) = -0).
enum class Rounding { kCeil, kFloor, kTrunc, kNearest };
template <typename Vec, Rounding kMode>
inline V128 Round(V128 a) {
  using T = Lane<Vec>;
  using I = IntOf<Vec>;
  constexpr T kTwoToMantissa = sizeof(T) == 4 ? 8388608.0f : 4503599627370496.0;
  const V128 sign = a & SignMask<Vec>();
  const Vec x = (Vec)a;
  const Vec magnitude = (Vec)FAbs<Vec>(a);
  const Vec magic = (Vec)((V128)(Vec{} + kTwoToMantissa) | sign);
  Vec r = (x + magic) - magic;
  if constexpr (kMode == Rounding::kCeil) {
    r = r + (Vec)((V128)(r < x) & (V128)(Vec{} + T{1}));
  } else if constexpr (kMode == Rounding::kFloor) {
    r = r - (Vec)((V128)(r > x) & (V128)(Vec{} + T{1}));
  } else if constexpr (kMode == Rounding::kTrunc) {
    // Rounded away from zero: step back by copysign(1, x) (or subtract copysign(0, x)).
    const V128 away = (V128)((Vec)FAbs<Vec>((V128)r) > magnitude);
    r = r - (Vec)((away & (V128)(Vec{} + T{1})) | sign);
  }
  const V128 rounded = (V128)r | sign;
  // (Not x * 1, which GCC folds to x: it assumes no signaling NaNs.)
  const I quiet_bit = I{} + (I{1} << (sizeof(T) == 4 ? 22 : 51))[0];
  const V128 kept = a | (V128)((x != x) & quiet_bit);
  return (V128)((I)(magnitude < kTwoToMantissa) ? (I)rounded : (I)kept);
}
// On SSE4.1 one roundps/roundpd does it (NaN quieted, signs kept).
#if defined(__SSE4_1__)
#define LINEA_SIMD_ROUND_SSE41(mode, imm)            \
  template <>                                        \
  inline V128 Round<f32x4, Rounding::mode>(V128 a) { \
    return (V128)_mm_round_ps((__m128)a, imm);       \
  }                                                  \
  template <>                                        \
  inline V128 Round<f64x2, Rounding::mode>(V128 a) { \
    return (V128)_mm_round_pd((__m128d)a, imm);      \
  }
LINEA_SIMD_ROUND_SSE41(kCeil, _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC)
LINEA_SIMD_ROUND_SSE41(kFloor, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC)
LINEA_SIMD_ROUND_SSE41(kTrunc, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC)
LINEA_SIMD_ROUND_SSE41(kNearest, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#undef LINEA_SIMD_ROUND_SSE41
#endif

// Comparisons: all-ones lanes where true. Vec's signedness (or float-ness) picks the compare.
template <typename Vec>
inline V128 Eq(V128 a, V128 b) {
  return (V128)((Vec)a == (Vec)b);
}
template <typename Vec>
inline V128 Ne(V128 a, V128 b) {
  return (V128)((Vec)a != (Vec)b);
}
template <typename Vec>
inline V128 Lt(V128 a, V128 b) {
  return (V128)((Vec)a < (Vec)b);
}
template <typename Vec>
inline V128 Gt(V128 a, V128 b) {
  return (V128)((Vec)a > (Vec)b);
}
template <typename Vec>
inline V128 Le(V128 a, V128 b) {
  return (V128)((Vec)a <= (Vec)b);
}
template <typename Vec>
inline V128 Ge(V128 a, V128 b) {
  return (V128)((Vec)a >= (Vec)b);
}

// ---- Conversions ------------------------------------------------------------------------------
inline V128 F32x4ConvertI32x4S(V128 a) { return (V128) __builtin_convertvector((i32x4)a, f32x4); }
// Unsigned: the high and low 16 bits convert exactly; their sum rounds once, correctly.
inline V128 F32x4ConvertI32x4U(V128 a) {
  const u32x4 v = (u32x4)a;
  const f32x4 high = __builtin_convertvector((i32x4)(v >> 16), f32x4) * 65536.0f;
  const f32x4 low = __builtin_convertvector((i32x4)(v & 0xffff), f32x4);
  return (V128)(high + low);
}
inline V128 F64x2ConvertLowI32x4S(V128 a) {
  return (V128) __builtin_convertvector(LowHalf<i32x2>(a), f64x2);
}
inline V128 F64x2ConvertLowI32x4U(V128 a) {
  return (V128) __builtin_convertvector(LowHalf<u32x2>(a), f64x2);
}
inline V128 F32x4DemoteF64x2Zero(V128 a) {
#if defined(__SSE2__)
  return (V128)_mm_cvtpd_ps((__m128d)a);
#else
  return Concat(__builtin_convertvector((f64x2)a, f32x2), f32x2{});
#endif
}
inline V128 F64x2PromoteLowF32x4(V128 a) {
  return (V128) __builtin_convertvector(LowHalf<f32x2>(a), f64x2);
}

// trunc_sat: NaN gives 0, out-of-range values the nearest bound.
inline V128 I32x4TruncSatF32x4S(V128 a) {
  const f32x4 x = (f32x4)a;
  // In range for the conversion: [-2^31, 2^31). (NaN compares false: it goes to 0 below.)
  const i32x4 in_range = (x >= -2147483648.0f) & (x < 2147483648.0f);
  const i32x4 converted = __builtin_convertvector(in_range ? x : f32x4{}, i32x4);
  const i32x4 bound = x < 0 ? i32x4{} + INT32_MIN : i32x4{} + INT32_MAX;
  return (V128)(in_range ? converted : (x != x) ? i32x4{} : bound);
}
inline V128 I32x4TruncSatF32x4U(V128 a) {
  const f32x4 x = (f32x4)a;
  // Values in [2^31, 2^32) convert after subtracting 2^31 (exact for them).
  const i32x4 high = x >= 2147483648.0f;
  const f32x4 shifted = high ? x - 2147483648.0f : x;
  const i32x4 in_range = (x > -1.0f) & (x < 4294967296.0f);
  const u32x4 converted = (u32x4) __builtin_convertvector(in_range ? shifted : f32x4{}, i32x4) ^
                          (u32x4)(high & INT32_MIN);
  const u32x4 bound = (u32x4)(x >= 4294967296.0f);  // All ones above the range, else 0.
  return (V128)(in_range ? converted : bound);
}
inline V128 I32x4TruncSatF64x2SZero(V128 a) {
  f64x2 x = (f64x2)a;
  x = x < -2147483648.0 ? f64x2{} - 2147483648.0 : x;
  x = x > 2147483647.0 ? f64x2{} + 2147483647.0 : x;
  x = x != x ? f64x2{} : x;
  return Concat(__builtin_convertvector(x, i32x2), i32x2{});
}
inline V128 I32x4TruncSatF64x2UZero(V128 a) {
  f64x2 x = (f64x2)a;
  x = x > 4294967295.0 ? f64x2{} + 4294967295.0 : x;
  x = (x > -1.0) ? x : f64x2{};  // Also NaN.
  return Concat(__builtin_convertvector(__builtin_convertvector(x, i64x2), u32x2), u32x2{});
}

// ---- Relaxed SIMD (3.0) -------------------------------------------------------------------------
// Each relaxed instruction may behave in one of several ways; linea picks one, always the same:
// * relaxed_swizzle, relaxed_trunc*, relaxed_laneselect, relaxed_min/max and relaxed_q15mulr
//   behave as swizzle, trunc_sat*, bitselect, min/max and q15mulr_sat.
// * relaxed_madd/nmadd round twice (multiply, then add), as without fused multiply-add.
// * relaxed_dot_i8x16_i7x16 treats b's lanes as signed, and its i16 sums wrap.
template <typename Vec>
inline V128 Madd(V128 a, V128 b, V128 c) {
  const Vec product = (Vec)a * (Vec)b;
  return (V128)(product + (Vec)c);
}
template <typename Vec>
inline V128 Nmadd(V128 a, V128 b, V128 c) {
  const Vec product = -((Vec)a * (Vec)b);
  return (V128)(product + (Vec)c);
}
// i16 lane i = a[2i]*b[2i] + a[2i+1]*b[2i+1] with signed bytes, wrapping.
inline V128 RelaxedDotI8x16(V128 a, V128 b) {
  const i16x8 x = (i16x8)a, y = (i16x8)b;
  const u16x8 even = (u16x8)(((x << 8) >> 8) * ((y << 8) >> 8));
  const u16x8 odd = (u16x8)((x >> 8) * (y >> 8));
  return (V128)(even + odd);
}
// i32 lane i = the two i16 dot lanes 2i, 2i+1 above, sign-extended and summed, plus c[i].
inline V128 RelaxedDotI8x16AddI32x4(V128 a, V128 b, V128 c) {
  return Add<i32x4>(ExtAddPairwise<i32x4>(RelaxedDotI8x16(a, b)), c);
}

}  // namespace linea::rt::simd

#endif  // LINEA_RUNTIME_INTERPRETER_SIMD_NUMERICS_H_
