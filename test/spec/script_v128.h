// v128 values in spec scripts: {"type": "v128", "lane_type": "i16", "value": ["1", ...]} with
// one decimal string of its bits per lane (lane 0 first), and, in expected results, per-lane
// "nan:canonical" / "nan:arithmetic" patterns for f32 and f64 lanes.
//
// Kept apart from script_values.cc so that file's rewrite only needs to call these.
#ifndef LINEA_TEST_SPEC_SCRIPT_V128_H_
#define LINEA_TEST_SPEC_SCRIPT_V128_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "runtime/result.h"
#include "runtime/value.h"

namespace linea::spectest {

struct ExpectedV128 {
  enum class LanePattern : uint8_t { kExact, kCanonicalNan, kArithmeticNan };
  struct Lane {
    LanePattern pattern = LanePattern::kExact;
    uint64_t bits = 0;
  };
  std::string lane_type;  // "i8", "i16", "i32", "i64", "f32" or "f64".
  unsigned lane_bits = 0;
  std::vector<Lane> lanes;
};

rt::Result<rt::Value> ParseV128Argument(const nlohmann::json& json);
rt::Result<ExpectedV128> ParseExpectedV128(const nlohmann::json& json);
bool MatchesV128(const ExpectedV128& expected, const rt::Value& actual);
// "v128:i32x4 0x00000001 0x00000002 ..." (actual values are shown as i32x4).
std::string DescribeV128(const rt::Value& value);
std::string DescribeExpectedV128(const ExpectedV128& expected);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SCRIPT_V128_H_
