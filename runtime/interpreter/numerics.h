// The pure numeric semantics of WebAssembly 2.0 (core spec 4.3 "Numerics"), free of any
// interpreter state so they can be tested on their own. Integers are held unsigned (wasm
// integers have no sign; the signed ops reinterpret), floats as the host's IEEE 754 types.
//
// Floating-point notes (x86-64 SSE, round-to-nearest-even, which the spec requires):
// - Arithmetic (+ - * / sqrt), conversions and promotion/demotion are done by the hardware,
//   which already yields what the spec allows: a NaN operand propagates as a quiet NaN
//   (an "arithmetic NaN"), and an invalid operation on non-NaNs gives the default NaN,
//   whose payload is the canonical one.
// - abs, neg and copysign touch only the sign bit, so they never alter a NaN's payload.
// - min/max, nearest and the rounding functions need care and are spelled out below.
#ifndef LINEA_RUNTIME_INTERPRETER_NUMERICS_H_
#define LINEA_RUNTIME_INTERPRETER_NUMERICS_H_

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "runtime/interpreter/trap.h"

namespace linea::rt::num {

// Operations that may trap come in two parts, so that an interpreter handler branches to a cold
// trap path and computes its value in registers, with no {value, trap} pair in between:
// `XTrap(operands...)` is the trap the operands raise, or kNoTrap; `X(operands...)` is the result
// when they raise none (and is undefined when they do). (A pointer to an out-parameter kind, or a
// returned struct, made GCC keep the pair in the interpreter's stack frame.)
inline constexpr TrapKind kNoTrap = TrapKind::kUnreachable;  // No checked operation raises it.

// --- Integers -----------------------------------------------------------------------------

template <typename U>
using Signed = std::make_signed_t<U>;

// Shifts and rotations use the count modulo the bit width.
template <typename U>
constexpr U Shl(U a, U b) {
  return static_cast<U>(a << (b & (sizeof(U) * 8 - 1)));
}
template <typename U>
constexpr U ShrU(U a, U b) {
  return static_cast<U>(a >> (b & (sizeof(U) * 8 - 1)));
}
template <typename U>
constexpr U ShrS(U a, U b) {
  // Arithmetic right shift of the two's-complement value (defined behaviour since C++20).
  return static_cast<U>(static_cast<Signed<U>>(a) >> (b & (sizeof(U) * 8 - 1)));
}
template <typename U>
constexpr U Rotl(U a, U b) {
  return std::rotl(a, static_cast<int>(b & (sizeof(U) * 8 - 1)));
}
template <typename U>
constexpr U Rotr(U a, U b) {
  return std::rotr(a, static_cast<int>(b & (sizeof(U) * 8 - 1)));
}

template <typename U>
constexpr TrapKind DivUTrap(U, U b) {
  return b == 0 ? TrapKind::kDivideByZero : kNoTrap;
}
template <typename U>
constexpr U DivU(U a, U b) {
  return a / b;
}
template <typename U>
constexpr TrapKind RemUTrap(U a, U b) {
  return DivUTrap(a, b);
}
template <typename U>
constexpr U RemU(U a, U b) {
  return a % b;
}
// INT_MIN / -1 is not representable: the spec traps with "integer overflow".
template <typename U>
constexpr TrapKind DivSTrap(U a, U b) {
  using S = Signed<U>;
  if (b == 0) return TrapKind::kDivideByZero;
  if (static_cast<S>(a) == std::numeric_limits<S>::min() && static_cast<S>(b) == -1) {
    return TrapKind::kIntegerOverflow;
  }
  return kNoTrap;
}
template <typename U>
constexpr U DivS(U a, U b) {
  return static_cast<U>(static_cast<Signed<U>>(a) / static_cast<Signed<U>>(b));
}
template <typename U>
constexpr TrapKind RemSTrap(U a, U b) {
  return DivUTrap(a, b);  // Only by zero: INT_MIN % -1 is 0.
}
// INT_MIN % -1 is 0 in wasm (C++ leaves it undefined; x86 idiv would fault).
template <typename U>
constexpr U RemS(U a, U b) {
  using S = Signed<U>;
  if (static_cast<S>(b) == -1) return 0;
  return static_cast<U>(static_cast<S>(a) % static_cast<S>(b));
}

// Sign extension of the low `From` bits (the sign-extension proposal's extendN_s).
template <typename U, typename From>
constexpr U ExtendS(U a) {
  return static_cast<U>(static_cast<Signed<U>>(static_cast<From>(a)));
}

// --- Floats -------------------------------------------------------------------------------

template <typename F>
using Bits = std::conditional_t<sizeof(F) == 4, uint32_t, uint64_t>;

template <typename F>
constexpr Bits<F> kSignBit = Bits<F>{1} << (sizeof(F) * 8 - 1);

template <typename F>
constexpr F Abs(F a) {
  return std::bit_cast<F>(static_cast<Bits<F>>(std::bit_cast<Bits<F>>(a) & ~kSignBit<F>));
}
template <typename F>
constexpr F Neg(F a) {
  return std::bit_cast<F>(static_cast<Bits<F>>(std::bit_cast<Bits<F>>(a) ^ kSignBit<F>));
}
template <typename F>
constexpr F Copysign(F a, F b) {
  return std::bit_cast<F>(static_cast<Bits<F>>((std::bit_cast<Bits<F>>(a) & ~kSignBit<F>) |
                                               (std::bit_cast<Bits<F>>(b) & kSignBit<F>)));
}

// A NaN operand yields a NaN; adding it to itself quiets a signalling NaN and keeps a
// canonical one canonical, which is exactly what the spec's nans{z} asks of unary ops.
template <typename F>
inline F QuietNaN(F a) {
  return a + a;
}

// min/max: NaN if either operand is NaN; -0 is less than +0.
template <typename F>
inline F Min(F a, F b) {
  if (std::isnan(a) || std::isnan(b)) return a + b;
  if (a == b) {
    // Equal: only the zeros' signs can differ; OR-ing the bits picks -0.
    return std::bit_cast<F>(
        static_cast<Bits<F>>(std::bit_cast<Bits<F>>(a) | std::bit_cast<Bits<F>>(b)));
  }
  return a < b ? a : b;
}
template <typename F>
inline F Max(F a, F b) {
  if (std::isnan(a) || std::isnan(b)) return a + b;
  if (a == b) {
    return std::bit_cast<F>(
        static_cast<Bits<F>>(std::bit_cast<Bits<F>>(a) & std::bit_cast<Bits<F>>(b)));
  }
  return a > b ? a : b;
}

// Rounding to an integral value. The library functions keep -0 and infinities; NaNs go
// through QuietNaN so a signalling NaN never leaks out unquieted.
template <typename F>
inline F Ceil(F a) {
  return std::isnan(a) ? QuietNaN(a) : std::ceil(a);
}
template <typename F>
inline F Floor(F a) {
  return std::isnan(a) ? QuietNaN(a) : std::floor(a);
}
template <typename F>
inline F Trunc(F a) {
  return std::isnan(a) ? QuietNaN(a) : std::trunc(a);
}
// Round half to even.
template <typename F>
inline F Nearest(F a) {
  if (std::isnan(a)) return QuietNaN(a);
#if defined(__has_builtin) && __has_builtin(__builtin_roundeven)
  if constexpr (sizeof(F) == 4) {
    return __builtin_roundevenf(a);
  } else {
    return __builtin_roundeven(a);
  }
#else
  // The runtime never changes the rounding mode from the default, round-to-nearest-even.
  return std::nearbyint(a);
#endif
}
template <typename F>
inline F Sqrt(F a) {
  return std::sqrt(a);
}

// --- Float to integer -----------------------------------------------------------------------

// The open interval (lower, upper) of floats whose truncation fits the integer type I. Both
// bounds are exactly representable as double, and every float type converts to double
// exactly, so one comparison in double is exact for every (float, int) pair.
template <typename I>
constexpr double TruncLowerBound() {
  if constexpr (std::is_unsigned_v<I>) {
    return -1.0;
  } else if constexpr (sizeof(I) == 4) {
    return -2147483649.0;  // -2^31 - 1
  } else {
    // -2^63 - 1 is not a double; -2^63 is, and no double lies strictly between them, so the
    // bound is inclusive here (checked separately in TruncInRange).
    return -9223372036854775808.0;
  }
}
template <typename I>
constexpr double TruncUpperBound() {
  if constexpr (sizeof(I) == 4) {
    return std::is_unsigned_v<I> ? 4294967296.0 : 2147483648.0;
  } else {
    return std::is_unsigned_v<I> ? 18446744073709551616.0 : 9223372036854775808.0;
  }
}

template <typename I, typename F>
constexpr bool TruncInRange(F a) {
  const double d = static_cast<double>(a);
  constexpr bool kInclusiveLower = std::is_signed_v<I> && sizeof(I) == 8;
  const bool above = kInclusiveLower ? d >= TruncLowerBound<I>() : d > TruncLowerBound<I>();
  return above && d < TruncUpperBound<I>();
}

// trunc_f*_s/u: traps on NaN ("invalid conversion to integer") and on values whose truncation
// does not fit ("integer overflow"). The result is returned as the unsigned storage type.
template <typename I, typename F>
inline TrapKind TruncToIntTrap(F a) {
  if (TruncInRange<I>(a)) [[likely]] {
    return kNoTrap;  // NaN compares false, so it is never in range.
  }
  return std::isnan(a) ? TrapKind::kInvalidConversion : TrapKind::kIntegerOverflow;
}
template <typename I, typename F>
inline std::make_unsigned_t<I> TruncToInt(F a) {
  return static_cast<std::make_unsigned_t<I>>(static_cast<I>(a));
}

// trunc_sat_f*_s/u: NaN gives 0, out-of-range values clamp to the type's bounds.
template <typename I, typename F>
inline std::make_unsigned_t<I> TruncSat(F a) {
  using U = std::make_unsigned_t<I>;
  if (std::isnan(a)) return 0;
  if (TruncInRange<I>(a)) return static_cast<U>(static_cast<I>(a));
  return static_cast<U>(a < 0 ? std::numeric_limits<I>::min() : std::numeric_limits<I>::max());
}

// --- Integer to float -------------------------------------------------------------------------
// C++ conversions round to nearest even in the default mode, as the spec requires; GCC's
// uint64 -> float sequence keeps a sticky bit, so it rounds correctly too.
template <typename F, typename I, typename U>
inline F Convert(U a) {
  return static_cast<F>(static_cast<I>(a));
}

}  // namespace linea::rt::num

#endif  // LINEA_RUNTIME_INTERPRETER_NUMERICS_H_
