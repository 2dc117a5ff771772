// The pure numeric semantics of runtime/interpreter/numerics.h: traps, NaN and signed-zero rules,
// rounding, and the exact bounds of float-to-int conversions.
#include "runtime/interpreter/numerics.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace linea::rt::num {
namespace {

constexpr uint32_t kI32Min = 0x80000000u;
constexpr uint64_t kI64Min = 0x8000000000000000u;
constexpr uint32_t kMinusOne32 = 0xffffffffu;
constexpr uint64_t kMinusOne64 = ~uint64_t{0};

uint32_t Bits(float f) { return std::bit_cast<uint32_t>(f); }
uint64_t Bits(double d) { return std::bit_cast<uint64_t>(d); }
float F32(uint32_t bits) { return std::bit_cast<float>(bits); }
double F64(uint64_t bits) { return std::bit_cast<double>(bits); }

// A checked operation's two parts (numerics.h) run as the interpreter runs them: the value is
// computed only when the check lets it.
template <typename T>
struct Checked {
  T value{};
  TrapKind trap = TrapKind::kUnreachable;
  bool ok = true;
};
#define LINEA_CHECKED_BINARY(Name)                     \
  template <typename U>                                \
  Checked<U> Checked##Name(U a, U b) {                 \
    const TrapKind kind = Name##Trap(a, b);            \
    if (kind != kNoTrap) return {U{}, kind, false};    \
    return {Name(a, b), TrapKind::kUnreachable, true}; \
  }
LINEA_CHECKED_BINARY(DivS)
LINEA_CHECKED_BINARY(DivU)
LINEA_CHECKED_BINARY(RemS)
LINEA_CHECKED_BINARY(RemU)
#undef LINEA_CHECKED_BINARY
template <typename I, typename F>
Checked<std::make_unsigned_t<I>> TruncChecked(F a) {
  const TrapKind kind = TruncToIntTrap<I>(a);
  if (kind != kNoTrap) return {0, kind, false};
  return {TruncToInt<I>(a), TrapKind::kUnreachable, true};
}

template <typename T>
void ExpectTrap(const Checked<T>& r, TrapKind kind) {
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.trap, kind);
}
template <typename T>
void ExpectValue(const Checked<T>& r, T value) {
  EXPECT_TRUE(r.ok);
  EXPECT_EQ(r.value, value);
}

TEST(NumericsTest, IntegerDivisionTraps) {
  ExpectTrap(CheckedDivS<uint32_t>(1, 0), TrapKind::kDivideByZero);
  ExpectTrap(CheckedDivU<uint32_t>(1, 0), TrapKind::kDivideByZero);
  ExpectTrap(CheckedRemS<uint32_t>(1, 0), TrapKind::kDivideByZero);
  ExpectTrap(CheckedRemU<uint32_t>(1, 0), TrapKind::kDivideByZero);
  ExpectTrap(CheckedDivS<uint64_t>(1, 0), TrapKind::kDivideByZero);
  ExpectTrap(CheckedDivS<uint32_t>(kI32Min, kMinusOne32), TrapKind::kIntegerOverflow);
  ExpectTrap(CheckedDivS<uint64_t>(kI64Min, kMinusOne64), TrapKind::kIntegerOverflow);
}

TEST(NumericsTest, IntegerDivisionValues) {
  // Signed division truncates toward zero; the remainder takes the dividend's sign.
  ExpectValue<uint32_t>(CheckedDivS<uint32_t>(static_cast<uint32_t>(-7), 2),
                        static_cast<uint32_t>(-3));
  ExpectValue<uint32_t>(CheckedRemS<uint32_t>(static_cast<uint32_t>(-7), 2),
                        static_cast<uint32_t>(-1));
  ExpectValue<uint32_t>(CheckedDivU<uint32_t>(static_cast<uint32_t>(-7), 2), 0x7ffffffc);
  // INT_MIN % -1 is 0, not a trap.
  ExpectValue<uint32_t>(CheckedRemS<uint32_t>(kI32Min, kMinusOne32), 0);
  ExpectValue<uint64_t>(CheckedRemS<uint64_t>(kI64Min, kMinusOne64), 0);
  ExpectValue<uint32_t>(CheckedDivS<uint32_t>(kI32Min, 1), kI32Min);
}

TEST(NumericsTest, ShiftsAndRotatesUseCountModuloWidth) {
  EXPECT_EQ(Shl<uint32_t>(1, 33), 2u);
  EXPECT_EQ(ShrU<uint32_t>(0x80000000u, 63), 1u);
  EXPECT_EQ(ShrS<uint32_t>(0x80000000u, 31), 0xffffffffu);
  EXPECT_EQ(Shl<uint64_t>(1, 65), 2u);
  EXPECT_EQ(ShrS<uint64_t>(kI64Min, 127), kMinusOne64);
  EXPECT_EQ(Rotl<uint32_t>(0x80000001u, 33), 0x00000003u);
  EXPECT_EQ(Rotr<uint32_t>(0x00000003u, 1), 0x80000001u);
  EXPECT_EQ(Rotl<uint64_t>(kI64Min | 1, 64), kI64Min | 1);
}

TEST(NumericsTest, SignExtension) {
  EXPECT_EQ((ExtendS<uint32_t, int8_t>(0x80)), 0xffffff80u);
  EXPECT_EQ((ExtendS<uint32_t, int8_t>(0x17f)), 0x7fu);
  EXPECT_EQ((ExtendS<uint32_t, int16_t>(0x8000)), 0xffff8000u);
  EXPECT_EQ((ExtendS<uint64_t, int32_t>(0x80000000u)), 0xffffffff80000000u);
}

TEST(NumericsTest, MinMaxSignedZeros) {
  EXPECT_EQ(Bits(Min(0.0f, -0.0f)), Bits(-0.0f));
  EXPECT_EQ(Bits(Min(-0.0f, 0.0f)), Bits(-0.0f));
  EXPECT_EQ(Bits(Max(0.0f, -0.0f)), Bits(0.0f));
  EXPECT_EQ(Bits(Max(-0.0f, 0.0f)), Bits(0.0f));
  EXPECT_EQ(Bits(Min(0.0, -0.0)), Bits(-0.0));
  EXPECT_EQ(Bits(Max(-0.0, 0.0)), Bits(0.0));
  EXPECT_EQ(Min(1.0f, 2.0f), 1.0f);
  EXPECT_EQ(Max(-static_cast<double>(INFINITY), 2.0), 2.0);
}

TEST(NumericsTest, MinMaxNaN) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_TRUE(std::isnan(Min(nan, 1.0f)));
  EXPECT_TRUE(std::isnan(Min(1.0f, nan)));
  EXPECT_TRUE(std::isnan(Max(-INFINITY, nan)));
  EXPECT_TRUE(std::isnan(Max(0.0, std::numeric_limits<double>::quiet_NaN())));
  // A signalling NaN operand comes out quiet (an arithmetic NaN).
  const float snan = F32(0x7fa00000);
  EXPECT_TRUE(Bits(Min(snan, 1.0f)) & 0x00400000u);
}

TEST(NumericsTest, SignBitOperationsKeepNaNPayloads) {
  const float snan = F32(0x7fa00001);
  EXPECT_EQ(Bits(Neg(snan)), 0xffa00001u);
  EXPECT_EQ(Bits(Abs(F32(0xffa00001))), 0x7fa00001u);
  EXPECT_EQ(Bits(Copysign(snan, -1.0f)), 0xffa00001u);
  EXPECT_EQ(Bits(Neg(0.0)), Bits(-0.0));
  EXPECT_EQ(Bits(Copysign(F64(0x7ff0000000000001), -0.0)), 0xfff0000000000001u);
}

TEST(NumericsTest, NearestRoundsHalfToEven) {
  EXPECT_EQ(Nearest(0.5f), 0.0f);
  EXPECT_EQ(Nearest(1.5f), 2.0f);
  EXPECT_EQ(Nearest(2.5f), 2.0f);
  EXPECT_EQ(Nearest(-2.5), -2.0);
  EXPECT_EQ(Nearest(-3.5), -4.0);
  EXPECT_EQ(Bits(Nearest(-0.5f)), Bits(-0.0f));  // Keeps the sign of zero.
  EXPECT_EQ(Bits(Nearest(-0.0)), Bits(-0.0));
  EXPECT_EQ(Nearest(4503599627370497.0), 4503599627370497.0);  // Already integral (2^52 + 1).
  EXPECT_EQ(Nearest(8388609.0f), 8388609.0f);
  EXPECT_EQ(Nearest(INFINITY), INFINITY);
}

TEST(NumericsTest, RoundingFunctionsQuietNaNs) {
  const float snan = F32(0x7fa00000);
  for (float r : {Ceil(snan), Floor(snan), Trunc(snan), Nearest(snan)}) {
    EXPECT_TRUE(std::isnan(r));
    EXPECT_TRUE(Bits(r) & 0x00400000u) << std::hex << Bits(r);
  }
  // A canonical NaN stays canonical.
  EXPECT_EQ(Bits(Ceil(F32(0x7fc00000))) & 0x7fffffffu, 0x7fc00000u);
  EXPECT_EQ(Bits(Ceil(-0.5)), Bits(-0.0));
  EXPECT_EQ(Bits(Floor(0.5f)), Bits(0.0f));
  EXPECT_EQ(Bits(Trunc(-0.7)), Bits(-0.0));
}

TEST(NumericsTest, TruncToI32Bounds) {
  // f32: the largest float below 2^31 converts, 2^31 overflows.
  ExpectValue<uint32_t>(TruncChecked<int32_t>(2147483520.0f), 2147483520u);
  ExpectTrap(TruncChecked<int32_t>(2147483648.0f), TrapKind::kIntegerOverflow);
  ExpectValue<uint32_t>(TruncChecked<int32_t>(-2147483648.0f), kI32Min);
  ExpectTrap(TruncChecked<int32_t>(-2147483904.0f), TrapKind::kIntegerOverflow);
  // f64: fractions beyond the limits still truncate into range.
  ExpectValue<uint32_t>(TruncChecked<int32_t>(-2147483648.9), kI32Min);
  ExpectTrap(TruncChecked<int32_t>(-2147483649.0), TrapKind::kIntegerOverflow);
  ExpectValue<uint32_t>(TruncChecked<int32_t>(2147483647.9), 2147483647u);
  ExpectTrap(TruncChecked<int32_t>(2147483648.0), TrapKind::kIntegerOverflow);
  // Unsigned: (-1, 2^32).
  ExpectValue<uint32_t>(TruncChecked<uint32_t>(-0.9), 0u);
  ExpectValue<uint32_t>(TruncChecked<uint32_t>(-0.0f), 0u);
  ExpectTrap(TruncChecked<uint32_t>(-1.0), TrapKind::kIntegerOverflow);
  ExpectValue<uint32_t>(TruncChecked<uint32_t>(4294967295.9), 0xffffffffu);
  ExpectTrap(TruncChecked<uint32_t>(4294967296.0), TrapKind::kIntegerOverflow);
  ExpectTrap(TruncChecked<uint32_t>(INFINITY), TrapKind::kIntegerOverflow);
}

TEST(NumericsTest, TruncToI64Bounds) {
  ExpectValue<uint64_t>(TruncChecked<int64_t>(-9223372036854775808.0), kI64Min);
  ExpectTrap(TruncChecked<int64_t>(-9223372036854777856.0), TrapKind::kIntegerOverflow);
  ExpectValue<uint64_t>(TruncChecked<int64_t>(9223372036854774784.0), 9223372036854774784u);
  ExpectTrap(TruncChecked<int64_t>(9223372036854775808.0), TrapKind::kIntegerOverflow);
  ExpectValue<uint64_t>(TruncChecked<int64_t>(-9223372036854775808.0f), kI64Min);
  ExpectTrap(TruncChecked<int64_t>(9223372036854775808.0f), TrapKind::kIntegerOverflow);
  ExpectValue<uint64_t>(TruncChecked<uint64_t>(18446744073709549568.0), 18446744073709549568u);
  ExpectTrap(TruncChecked<uint64_t>(18446744073709551616.0), TrapKind::kIntegerOverflow);
  ExpectValue<uint64_t>(TruncChecked<uint64_t>(-0.99999), 0u);
  ExpectTrap(TruncChecked<uint64_t>(-1.0f), TrapKind::kIntegerOverflow);
}

TEST(NumericsTest, TruncNaNIsInvalidConversion) {
  ExpectTrap(TruncChecked<int32_t>(std::numeric_limits<float>::quiet_NaN()),
             TrapKind::kInvalidConversion);
  ExpectTrap(TruncChecked<uint64_t>(-std::numeric_limits<double>::quiet_NaN()),
             TrapKind::kInvalidConversion);
  ExpectTrap(TruncChecked<int64_t>(F32(0x7fa00000)), TrapKind::kInvalidConversion);
}

TEST(NumericsTest, TruncSaturating) {
  EXPECT_EQ(TruncSat<int32_t>(std::numeric_limits<float>::quiet_NaN()), 0u);
  EXPECT_EQ(TruncSat<int32_t>(INFINITY), 0x7fffffffu);
  EXPECT_EQ(TruncSat<int32_t>(-INFINITY), kI32Min);
  EXPECT_EQ(TruncSat<int32_t>(-2147483649.0), kI32Min);
  EXPECT_EQ(TruncSat<int32_t>(-2147483648.9), kI32Min);
  EXPECT_EQ(TruncSat<uint32_t>(-5.0f), 0u);
  EXPECT_EQ(TruncSat<uint32_t>(4294967296.0), 0xffffffffu);
  EXPECT_EQ(TruncSat<int64_t>(1e30), 0x7fffffffffffffffu);
  EXPECT_EQ(TruncSat<int64_t>(-1e30f), kI64Min);
  EXPECT_EQ(TruncSat<uint64_t>(1e30), kMinusOne64);
  EXPECT_EQ(TruncSat<uint64_t>(-0.5), 0u);
  EXPECT_EQ(TruncSat<int64_t>(-1.5), static_cast<uint64_t>(-1));
}

TEST(NumericsTest, IntToFloatRoundsToNearestEven) {
  // Cases from the spec's conversions tests, where a double rounding would be off by one ulp.
  EXPECT_EQ(Bits((Convert<float, uint64_t>(uint64_t{0x0020000020000001}))),
            Bits(9007200328482816.0f));
  EXPECT_EQ(Bits((Convert<float, int64_t>(uint64_t{0x0020000020000001}))),
            Bits(9007200328482816.0f));
  EXPECT_EQ((Convert<float, uint64_t>(kMinusOne64)), 18446744073709551616.0f);
  EXPECT_EQ((Convert<double, uint64_t>(uint64_t{0x8000000000000401})), 9223372036854777856.0);
  EXPECT_EQ((Convert<float, int32_t>(uint32_t{0x80000000})), -2147483648.0f);
  EXPECT_EQ((Convert<float, uint32_t>(uint32_t{0xffffffff})), 4294967296.0f);
  EXPECT_EQ((Convert<float, int32_t>(uint32_t{16777217})), 16777216.0f);
}

}  // namespace
}  // namespace linea::rt::num
