#include "test/spec/script_v128.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace linea::spectest {
namespace {

using nlohmann::json;

rt::Error Problem(std::string message) { return rt::Error{std::move(message)}; }

// Lane width in bits of a lane type name; 0 if unknown.
unsigned LaneBits(std::string_view lane_type) {
  if (lane_type == "i8") return 8;
  if (lane_type == "i16") return 16;
  if (lane_type == "i32" || lane_type == "f32") return 32;
  if (lane_type == "i64" || lane_type == "f64") return 64;
  return 0;
}

uint64_t LaneMask(unsigned bits) { return bits == 64 ? ~0ull : (1ull << bits) - 1; }

uint64_t GetLane(const rt::Value& v, unsigned bits, size_t index) {
  uint8_t bytes[16];
  std::memcpy(bytes, &v.bits, 8);
  std::memcpy(bytes + 8, &v.high, 8);
  uint64_t lane = 0;
  std::memcpy(&lane, bytes + index * (bits / 8), bits / 8);
  return lane;
}

// The lane type and the lane strings of a v128 value, checked for count.
rt::Result<unsigned> LaneShape(const json& value, const std::string& lane_type) {
  const unsigned bits = LaneBits(lane_type);
  if (bits == 0) return Problem("unknown v128 lane type \"" + lane_type + "\"");
  const json& lanes = value.at("value");
  if (!lanes.is_array() || lanes.size() != 128 / bits) {
    return Problem("v128 value needs " + std::to_string(128 / bits) + " " + lane_type + " lanes");
  }
  return bits;
}

rt::Result<uint64_t> ParseLaneBits(const std::string& text, unsigned bits) {
  uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || (value & ~LaneMask(bits)) != 0) {
    return Problem("bad v128 lane literal \"" + text + "\"");
  }
  return value;
}

std::string Hex(uint64_t bits, unsigned digits) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%0*llx", static_cast<int>(digits),
                static_cast<unsigned long long>(bits));
  return buffer;
}

}  // namespace

rt::Result<rt::Value> ParseV128Argument(const json& json_value) {
  const std::string lane_type = json_value.at("lane_type").get<std::string>();
  rt::Result<unsigned> bits = LaneShape(json_value, lane_type);
  if (!bits) return bits.take_error();
  uint8_t bytes[16] = {};
  const json& lanes = json_value.at("value");
  for (size_t i = 0; i < lanes.size(); ++i) {
    rt::Result<uint64_t> lane = ParseLaneBits(lanes[i].get<std::string>(), bits.value());
    if (!lane) return lane.take_error();
    const uint64_t v = lane.value();
    std::memcpy(bytes + i * (bits.value() / 8), &v, bits.value() / 8);
  }
  uint64_t low, high;
  std::memcpy(&low, bytes, 8);
  std::memcpy(&high, bytes + 8, 8);
  return rt::Value::V128(low, high);
}

rt::Result<ExpectedV128> ParseExpectedV128(const json& json_value) {
  ExpectedV128 expected;
  expected.lane_type = json_value.at("lane_type").get<std::string>();
  rt::Result<unsigned> bits = LaneShape(json_value, expected.lane_type);
  if (!bits) return bits.take_error();
  expected.lane_bits = bits.value();
  const bool is_float = expected.lane_type[0] == 'f';
  for (const json& lane_json : json_value.at("value")) {
    const std::string text = lane_json.get<std::string>();
    ExpectedV128::Lane lane;
    if (is_float && text == "nan:canonical") {
      lane.pattern = ExpectedV128::LanePattern::kCanonicalNan;
    } else if (is_float && text == "nan:arithmetic") {
      lane.pattern = ExpectedV128::LanePattern::kArithmeticNan;
    } else {
      rt::Result<uint64_t> value = ParseLaneBits(text, expected.lane_bits);
      if (!value) return value.take_error();
      lane.bits = value.value();
    }
    expected.lanes.push_back(lane);
  }
  return expected;
}

bool MatchesV128(const ExpectedV128& expected, const rt::Value& actual) {
  if (actual.type != rt::ValType::kV128) return false;
  const unsigned bits = expected.lane_bits;
  // NaN layout of the lane's float type: exponent and quiet bit, and the sign bit.
  const uint64_t quiet_nan = bits == 32 ? 0x7fc00000ull : 0x7ff8000000000000ull;
  const uint64_t sign = bits == 32 ? 0x80000000ull : 0x8000000000000000ull;
  for (size_t i = 0; i < expected.lanes.size(); ++i) {
    const uint64_t lane = GetLane(actual, bits, i);
    const ExpectedV128::Lane& want = expected.lanes[i];
    bool ok = false;
    switch (want.pattern) {
      case ExpectedV128::LanePattern::kExact:
        ok = lane == want.bits;
        break;
      case ExpectedV128::LanePattern::kCanonicalNan:
        ok = (lane & ~sign) == quiet_nan;
        break;
      case ExpectedV128::LanePattern::kArithmeticNan:
        ok = (lane & quiet_nan) == quiet_nan;
        break;
    }
    if (!ok) return false;
  }
  return true;
}

std::string DescribeV128(const rt::Value& value) {
  std::string text = "v128:i32x4";
  for (size_t i = 0; i < 4; ++i) text += " " + Hex(GetLane(value, 32, i), 8);
  return text;
}

std::string DescribeExpectedV128(const ExpectedV128& expected) {
  std::string text = "v128:" + expected.lane_type + "x" + std::to_string(expected.lanes.size());
  for (const ExpectedV128::Lane& lane : expected.lanes) {
    switch (lane.pattern) {
      case ExpectedV128::LanePattern::kExact:
        text += " " + Hex(lane.bits, expected.lane_bits / 4);
        break;
      case ExpectedV128::LanePattern::kCanonicalNan:
        text += " nan:canonical";
        break;
      case ExpectedV128::LanePattern::kArithmeticNan:
        text += " nan:arithmetic";
        break;
    }
  }
  return text;
}

}  // namespace linea::spectest
