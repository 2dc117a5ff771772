// SIMD: the lanes that are easy to get wrong (shuffle and swizzle indices, NaN payloads and
// signed zeros of min/max/pmin/pmax, saturating narrows and conversions, rounding), checked on
// the functions of runtime/interpreter/simd_numerics.h; and the validation of SIMD immediates and
// types (lane indices, alignment, error offsets).
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <vector>

#include "runtime/code.h"
#include "runtime/compile/compiler.h"
#include "runtime/decode/module.h"
#include "runtime/interpreter/simd_numerics.h"

namespace linea::rt {
namespace {

using namespace simd;  // NOLINT(build/namespaces)

template <typename Vec>
Vec View(V128 v) {
  return (Vec)v;
}

uint32_t F32Bits(V128 v, int lane) { return View<u32x4>(v)[lane]; }

V128 F32s(float a, float b, float c, float d) { return (V128)(f32x4{a, b, c, d}); }
V128 F32Bits4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return (V128)(u32x4{a, b, c, d}); }

TEST(SimdNumericsTest, ShuffleTakesBytesFromBothOperandsByIndex) {
  u8x16 a, b;
  for (int i = 0; i < 16; ++i) {
    a[i] = static_cast<uint8_t>(i);
    b[i] = static_cast<uint8_t>(0x80 + i);
  }
  // Reversed, interleaved, repeated: indices 16..31 pick from b.
  const u8x16 lanes = {31, 0, 16, 15, 1, 17, 1, 1, 30, 14, 8, 24, 0, 0, 31, 31};
  const u8x16 r = View<u8x16>(Shuffle((V128)a, (V128)b, (V128)lanes));
  const uint8_t expected[16] = {0x8f, 0,  0x80, 15,   1, 0x81, 1,    1,
                                0x8e, 14, 8,    0x88, 0, 0,    0x8f, 0x8f};
  for (int i = 0; i < 16; ++i) EXPECT_EQ(r[i], expected[i]) << "lane " << i;
}

TEST(SimdNumericsTest, SwizzleZeroesOutOfRangeIndices) {
  u8x16 a;
  for (int i = 0; i < 16; ++i) a[i] = static_cast<uint8_t>(0x40 + i);
  const u8x16 index = {0, 15, 16, 17, 0x7f, 0x80, 0xff, 3, 3, 2, 1, 0, 31, 32, 14, 255};
  const u8x16 r = View<u8x16>(Swizzle((V128)a, (V128)index));
  const uint8_t expected[16] = {0x40, 0x4f, 0,    0,    0, 0, 0,    0x43,
                                0x43, 0x42, 0x41, 0x40, 0, 0, 0x4e, 0};
  for (int i = 0; i < 16; ++i) EXPECT_EQ(r[i], expected[i]) << "lane " << i;
}

TEST(SimdNumericsTest, MinMaxPropagateNanAsQuietAndOrderZeros) {
  const uint32_t signaling = 0x7fa00001;  // A signaling NaN with a payload.
  const V128 a = F32Bits4(signaling, 0x80000000 /* -0 */, 0x00000000, 0x3f800000 /* 1 */);
  const V128 b = F32Bits4(0x3f800000, 0x00000000, 0x80000000, 0xffc00000 /* -NaN */);
  for (V128 r : {FMin<f32x4>(a, b), FMax<f32x4>(a, b)}) {
    // NaN in, arithmetic (quiet) NaN out; the payload is not required, the quiet bit is.
    EXPECT_EQ(F32Bits(r, 0) & 0x7fc00000u, 0x7fc00000u);
    EXPECT_EQ(F32Bits(r, 3) & 0x7fc00000u, 0x7fc00000u);
  }
  EXPECT_EQ(F32Bits(FMin<f32x4>(a, b), 1), 0x80000000u);  // min(-0, +0) = -0
  EXPECT_EQ(F32Bits(FMin<f32x4>(a, b), 2), 0x80000000u);  // min(+0, -0) = -0
  EXPECT_EQ(F32Bits(FMax<f32x4>(a, b), 1), 0x00000000u);  // max(-0, +0) = +0
  EXPECT_EQ(F32Bits(FMax<f32x4>(a, b), 2), 0x00000000u);
  // f64 as well: min(-0, +0) = -0 and a NaN operand gives a NaN.
  const V128 c = (V128)(u64x2{0x8000000000000000u, 0x7ff0000000000001u});
  const V128 d = (V128)(u64x2{0, 0});
  EXPECT_EQ(View<u64x2>(FMin<f64x2>(c, d))[0], 0x8000000000000000u);
  EXPECT_EQ(View<u64x2>(FMin<f64x2>(c, d))[1] & 0x7ff8000000000000u, 0x7ff8000000000000u);
}

TEST(SimdNumericsTest, PseudoMinMaxReturnAnOperandUnchanged) {
  // pmin(a, b) = b < a ? b : a: with a NaN, the comparison is false and `a` comes back as is.
  const V128 a = F32Bits4(0x7fa00001, 0x3f800000, 0x80000000, 0x00000000);
  const V128 b = F32Bits4(0x3f800000, 0x7fa00002, 0x00000000, 0x80000000);
  const V128 min = PMin<f32x4>(a, b), max = PMax<f32x4>(a, b);
  EXPECT_EQ(F32Bits(min, 0), 0x7fa00001u);
  EXPECT_EQ(F32Bits(min, 1), 0x3f800000u);
  EXPECT_EQ(F32Bits(min, 2), 0x80000000u);  // Zeros compare equal: `a`.
  EXPECT_EQ(F32Bits(max, 0), 0x7fa00001u);
  EXPECT_EQ(F32Bits(max, 1), 0x3f800000u);
  EXPECT_EQ(F32Bits(max, 3), 0x00000000u);
}

TEST(SimdNumericsTest, NarrowSaturates) {
  const V128 wide16 = (V128)(i16x8{300, -300, 127, -128, 128, -129, 255, 256});
  const V128 other16 = (V128)(i16x8{-1, 0, 1, 32767, -32768, 5, -5, 100});
  const i8x16 s = View<i8x16>(Narrow<i16x8, i8x8>(wide16, other16));
  const u8x16 u = View<u8x16>(Narrow<i16x8, u8x8>(wide16, other16));
  const int8_t expected_s[16] = {127, -128, 127, -128, 127,  -128, 127, 127,
                                 -1,  0,    1,   127,  -128, 5,    -5,  100};
  const uint8_t expected_u[16] = {255, 0, 127, 0, 128, 0, 255, 255, 0, 0, 1, 255, 0, 5, 0, 100};
  for (int i = 0; i < 16; ++i) {
    EXPECT_EQ(s[i], expected_s[i]) << "lane " << i;
    EXPECT_EQ(u[i], expected_u[i]) << "lane " << i;
  }
  const V128 wide32 = (V128)(i32x4{70000, -70000, 65535, -1});
  const V128 other32 = (V128)(i32x4{32768, -32769, 32767, 0});
  const i16x8 s16 = View<i16x8>(Narrow<i32x4, i16x4>(wide32, other32));
  const u16x8 u16 = View<u16x8>(Narrow<i32x4, u16x4>(wide32, other32));
  const int16_t expected_s16[8] = {32767, -32768, 32767, -1, 32767, -32768, 32767, 0};
  const uint16_t expected_u16[8] = {65535, 0, 65535, 0, 32768, 0, 32767, 0};
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(s16[i], expected_s16[i]) << "lane " << i;
    EXPECT_EQ(u16[i], expected_u16[i]) << "lane " << i;
  }
}

TEST(SimdNumericsTest, SaturatingArithmeticAndQ15) {
  const V128 a = (V128)(i8x16{127, -128, 100, -100, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  const V128 b = (V128)(i8x16{1, -1, 100, -100, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  const i8x16 sum = View<i8x16>(AddSat<i8x16>(a, b));
  EXPECT_EQ(sum[0], 127);
  EXPECT_EQ(sum[1], -128);
  EXPECT_EQ(sum[2], 127);
  EXPECT_EQ(sum[3], -128);
  EXPECT_EQ(sum[4], -1);
  EXPECT_EQ(View<u8x16>(SubSat<u8x16>(b, a))[0], 0);  // 1 - 127 saturates at 0.
  // q15mulr: -1.0 * -1.0 would be +1.0, which saturates to 0x7fff.
  const V128 q = (V128)(i16x8{-32768, 16384, -32768, 1, 0, 0, 0, 0});
  const V128 r = (V128)(i16x8{-32768, 16384, 32767, 1, 0, 0, 0, 0});
  const i16x8 product = View<i16x8>(Q15MulrSat(q, r));
  EXPECT_EQ(product[0], 32767);
  EXPECT_EQ(product[1], 8192);
  EXPECT_EQ(product[2], -32767);
  EXPECT_EQ(product[3], 0);
}

TEST(SimdNumericsTest, TruncSatClampsAndZeroesNan) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const i32x4 s = View<i32x4>(I32x4TruncSatF32x4S(F32s(3e9f, -3e9f, nan, -1.9f)));
  EXPECT_EQ(s[0], std::numeric_limits<int32_t>::max());
  EXPECT_EQ(s[1], std::numeric_limits<int32_t>::min());
  EXPECT_EQ(s[2], 0);
  EXPECT_EQ(s[3], -1);
  const u32x4 u = View<u32x4>(I32x4TruncSatF32x4U(F32s(5e9f, -1.5f, nan, 3e9f)));
  EXPECT_EQ(u[0], 0xffffffffu);
  EXPECT_EQ(u[1], 0u);
  EXPECT_EQ(u[2], 0u);
  EXPECT_EQ(u[3], 3000000000u);
  const u32x4 uz = View<u32x4>(I32x4TruncSatF64x2UZero((V128)(f64x2{4294967295.9, -0.9})));
  EXPECT_EQ(uz[0], 0xffffffffu);
  EXPECT_EQ(uz[1], 0u);
  EXPECT_EQ(uz[2], 0u);  // The high lanes are zero.
  EXPECT_EQ(uz[3], 0u);
}

TEST(SimdNumericsTest, RoundingKeepsSignsAndQuietsNan) {
  const V128 x = F32s(2.5f, -0.4f, -0.5f, 16777217.0f);
  const f32x4 nearest = View<f32x4>(Round<f32x4, Rounding::kNearest>(x));
  EXPECT_EQ(nearest[0], 2.0f);  // Ties to even.
  EXPECT_TRUE(std::signbit(nearest[1]) && nearest[1] == 0.0f);
  EXPECT_EQ(nearest[3], 16777216.0f);  // 2^24 + 1 is not a float: the input already rounded.
  const f32x4 ceil = View<f32x4>(Round<f32x4, Rounding::kCeil>(x));
  EXPECT_EQ(ceil[0], 3.0f);
  EXPECT_TRUE(std::signbit(ceil[2]) && ceil[2] == 0.0f);  // ceil(-0.5) = -0
  const f32x4 floor = View<f32x4>(Round<f32x4, Rounding::kFloor>(x));
  EXPECT_EQ(floor[1], -1.0f);
  const f32x4 trunc = View<f32x4>(Round<f32x4, Rounding::kTrunc>(F32s(-0.7f, 1.9f, -2.5f, 0)));
  EXPECT_TRUE(std::signbit(trunc[0]) && trunc[0] == 0.0f);
  EXPECT_EQ(trunc[1], 1.0f);
  EXPECT_EQ(trunc[2], -2.0f);
  const V128 signaling = F32Bits4(0x7fa00000, 0xffa00000, 0x7f800000, 0xff800000);
  const V128 r = Round<f32x4, Rounding::kFloor>(signaling);
  EXPECT_EQ(F32Bits(r, 0), 0x7fe00000u);  // Quieted, payload kept.
  EXPECT_EQ(F32Bits(r, 1), 0xffe00000u);
  EXPECT_EQ(F32Bits(r, 2), 0x7f800000u);  // Infinities unchanged.
  EXPECT_EQ(F32Bits(r, 3), 0xff800000u);
}

TEST(SimdNumericsTest, SplatKeepsBits) {
  // Broadcasting must not do arithmetic: -0 stays -0 and a signaling NaN stays signaling.
  EXPECT_EQ(View<u64x2>(Splat<f64x2>(-0.0))[1], 0x8000000000000000u);
  EXPECT_EQ(F32Bits(Splat<f32x4>(std::bit_cast<float>(0x7f800001u)), 3), 0x7f800001u);
}

// ---- Validation ---------------------------------------------------------------------------------
constexpr size_t kBodyOffset = 100;

Module SimdModule() {
  Module m;
  m.types.push_back(FuncType{{}, {}});
  m.canonical_type_ids.push_back(CanonicalTypeId(m.types[0]));
  m.func_type_indices.push_back(0);
  m.declared_func_refs.assign(1, false);
  m.memories.push_back(MemoryType{{1, std::nullopt}, false});
  return m;
}

Error ExpectSimdError(const std::vector<uint8_t>& body, const std::string& text) {
  Module m = SimdModule();
  auto result = CompileFunction(m, 0, body, kBodyOffset);
  EXPECT_FALSE(result.ok()) << "expected \"" << text << "\"";
  if (result.ok()) return {};
  EXPECT_NE(result.error().message.find(text), std::string::npos)
      << "message: " << result.error().message;
  return result.error();
}

std::vector<uint8_t> V128Const() {
  std::vector<uint8_t> bytes = {0xfd, 0x0c};
  bytes.insert(bytes.end(), 16, 0);
  return bytes;
}

TEST(SimdValidationTest, TypeMismatchNamesV128AndOffset) {
  // (func (drop (i32x4.add (v128.const 0) (i32.const 1))))
  std::vector<uint8_t> body = {0x00};
  std::vector<uint8_t> c = V128Const();
  body.insert(body.end(), c.begin(), c.end());
  body.insert(body.end(), {0x41, 0x01, 0xfd, 0xae, 0x01, 0x1a, 0x0b});
  Error e = ExpectSimdError(body, "type mismatch: expected v128, got i32");
  EXPECT_EQ(e.offset, kBodyOffset + 1 + 18 + 2);  // The i32x4.add.
}

TEST(SimdValidationTest, LaneIndicesAreChecked) {
  // i32x4.extract_lane 4
  std::vector<uint8_t> body = {0x00};
  std::vector<uint8_t> c = V128Const();
  body.insert(body.end(), c.begin(), c.end());
  std::vector<uint8_t> extract = body;
  extract.insert(extract.end(), {0xfd, 0x1b, 0x04, 0x1a, 0x0b});
  ExpectSimdError(extract, "invalid lane index 4");
  // i8x16.shuffle with a lane index of 32.
  std::vector<uint8_t> shuffle = body;
  shuffle.insert(shuffle.end(), c.begin(), c.end());
  shuffle.insert(shuffle.end(), {0xfd, 0x0d});
  for (int i = 0; i < 15; ++i) shuffle.push_back(static_cast<uint8_t>(i * 2));
  shuffle.insert(shuffle.end(), {32, 0x1a, 0x0b});
  ExpectSimdError(shuffle, "invalid lane index 32");
  // v128.load64_lane with lane 2 (only 0 and 1 exist): (i32.const 0) (v128.const 0) ...
  std::vector<uint8_t> load_lane = {0x00, 0x41, 0x00};
  load_lane.insert(load_lane.end(), c.begin(), c.end());
  load_lane.insert(load_lane.end(), {0xfd, 0x57, 0x03, 0x00, 0x02, 0x1a, 0x0b});
  ExpectSimdError(load_lane, "invalid lane index 2");
}

TEST(SimdValidationTest, AlignmentAndUnknownOpcodes) {
  // v128.load align=2^5
  ExpectSimdError({0x00, 0x41, 0x00, 0xfd, 0x00, 0x05, 0x00, 0x1a, 0x0b},
                  "alignment must not be larger than natural");
  // v128.load8_splat align=2^1
  ExpectSimdError({0x00, 0x41, 0x00, 0xfd, 0x07, 0x01, 0x00, 0x1a, 0x0b},
                  "alignment must not be larger than natural");
  // Sub-opcode 0x114 is past the last relaxed SIMD instruction.
  ExpectSimdError({0x00, 0xfd, 0x94, 0x02, 0x0b}, "unknown opcode 0xfd 276");
}

}  // namespace
}  // namespace linea::rt
