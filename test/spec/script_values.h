// Values as the scripts write them (wast2json's schema with the 3.0 extensions described in
// ../shared/wasm-spec/tools/README.md): {"type": "i32", "value": "4294967295"} with numbers as
// the decimal of their bits, "nan:canonical"/"nan:arithmetic" patterns for floats (also per lane
// of a v128), "null" for null references, `ref.extern N` / `ref.host N` as the number N, and
// result patterns without a value that accept any reference of a kind.
//
// A value the engine cannot represent yet (an anyref host value, a v128 while rt::Value is 64
// bits) is an error with a message, so the command fails and says why; it never passes.
#ifndef LINEA_TEST_SPEC_SCRIPT_VALUES_H_
#define LINEA_TEST_SPEC_SCRIPT_VALUES_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "runtime/result.h"
#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::spectest {

// The host references a script names `ref.extern N`: one distinct, stable pointer per N, so
// the runtime can store and return them and the runner can tell which N came back.
class ExternRefs {
 public:
  void* Get(uint64_t number);
  std::optional<uint64_t> Find(const void* pointer) const;

 private:
  std::map<uint64_t, std::unique_ptr<uint64_t>> by_number_;
  std::map<const void*, uint64_t> by_pointer_;
};

// A v128 as its 16 bytes in memory order (lane 0 first, each lane little-endian).
using V128Bytes = std::array<uint8_t, 16>;

// The one place that knows how rt::Value holds a v128 (test/spec/v128_value.cc).
rt::Result<rt::Value> MakeV128Value(const V128Bytes& bytes);
std::optional<V128Bytes> V128Of(const rt::Value& value);

// An argument of an invoke.
rt::Result<rt::Value> ParseArgument(const nlohmann::json& json, ExternRefs& refs);

// One number, or one lane of a v128, as a result pattern.
struct NumberPattern {
  enum class Kind : uint8_t {
    kExact,          // These bits.
    kCanonicalNan,   // Any NaN whose payload is exactly the quiet bit, either sign.
    kArithmeticNan,  // Any NaN with the quiet bit set, either sign.
  };
  Kind kind = Kind::kExact;
  uint64_t bits = 0;
};

// The lane shapes of v128 patterns.
struct LaneShape {
  std::string_view name;  // "i8" .. "f64", as in "lane_type".
  unsigned bytes;         // Of one lane.
  bool is_float;
};

// One expected result of an assert_return.
struct ExpectedValue {
  enum class Kind : uint8_t {
    kNumber,        // `type` with `number`.
    kVector,        // v128: `lanes` of `shape`.
    kNull,          // Any null reference (the reference interpreter does not check its type).
    kExternNumber,  // ref.extern N: exactly the host value N.
    kNonNullFunc,   // (ref.func): any non-null function reference.
    kNonFunc,       // (ref.any): any reference but a function reference, null included.
    kAnyReference,  // (ref.extern): any reference at all, null included.
    kEither,        // Any one of `alternatives`.
    kOfType,        // (ref.struct), (ref.array), (ref.eq), (ref.i31): non-null, of `type`.
    kHostNumber,    // ref.host N as an anyref: a box of the host value N.
  };
  Kind kind = Kind::kNumber;
  rt::ValType type = rt::ValType::kI32;     // kNumber, kOfType
  NumberPattern number;                     // kNumber
  const LaneShape* shape = nullptr;         // kVector
  std::vector<NumberPattern> lanes;         // kVector
  uint64_t extern_number = 0;               // kExternNumber
  std::vector<ExpectedValue> alternatives;  // kEither
};

rt::Result<ExpectedValue> ParseExpected(const nlohmann::json& json, ExternRefs& refs);
bool Matches(const ExpectedValue& expected, const rt::Value& actual, const ExternRefs& refs);

// Human-readable forms for failure messages, e.g. "f32:1.5 (0x3fc00000)", "externref:3".
std::string Describe(const rt::Value& value, const ExternRefs& refs);
std::string Describe(const ExpectedValue& expected);
std::string DescribeValues(std::span<const rt::Value> values, const ExternRefs& refs);

// The script's type name for a type ("i32", "funcref", ...).
std::string TypeName(rt::ValType type);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SCRIPT_VALUES_H_
