// Values as wast2json writes them: {"type": "i32", "value": "4294967295"} with numbers as the
// decimal of their bits, "nan:canonical"/"nan:arithmetic" patterns for expected floats, "null"
// for null references and `ref.extern N` as the number N.
#ifndef LINEA_TEST_SPEC_SCRIPT_VALUES_H_
#define LINEA_TEST_SPEC_SCRIPT_VALUES_H_

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>

#include "runtime/result.h"
#include "runtime/types.h"
#include "runtime/value.h"
#include "test/spec/script_v128.h"

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

// An argument of an invoke.
rt::Result<rt::Value> ParseArgument(const nlohmann::json& json, ExternRefs& refs);

// One expected result of an assert_return.
struct ExpectedValue {
  enum class Pattern : uint8_t {
    kExact,          // Same type and bits.
    kCanonicalNan,   // Any NaN whose payload is exactly the quiet bit, either sign.
    kArithmeticNan,  // Any NaN with the quiet bit set, either sign.
    kNonNull,        // `ref.func` / `ref.extern` without an index: any non-null reference.
  };
  rt::ValType type = rt::ValType::kI32;
  Pattern pattern = Pattern::kExact;
  uint64_t bits = 0;
  ExpectedV128 v128;  // For type v128: the lane type and per-lane patterns.
};

rt::Result<ExpectedValue> ParseExpected(const nlohmann::json& json, ExternRefs& refs);
bool Matches(const ExpectedValue& expected, const rt::Value& actual);

// Human-readable forms for failure messages, e.g. "f32:1.5 (0x3fc00000)", "externref:3".
std::string Describe(const rt::Value& value, const ExternRefs& refs);
std::string Describe(const ExpectedValue& expected, const ExternRefs& refs);
std::string DescribeValues(std::span<const rt::Value> values, const ExternRefs& refs);

// The script's type name for a type ("i32", "funcref", ...).
std::string_view TypeName(rt::ValType type);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SCRIPT_VALUES_H_
