#include "test/spec/script_values.h"

#include <charconv>
#include <cstdio>
#include <utility>

#include "runtime/function.h"

namespace linea::spectest {
namespace {

using nlohmann::json;

constexpr std::pair<std::string_view, rt::ValType> kTypeNames[] = {
    {"i32", rt::ValType::kI32},
    {"i64", rt::ValType::kI64},
    {"f32", rt::ValType::kF32},
    {"f64", rt::ValType::kF64},
    {"v128", rt::ValType::kV128},
    {"funcref", rt::ValType::kFuncRef},
    {"externref", rt::ValType::kExternRef},
};

rt::Error Problem(std::string message) { return rt::Error{std::move(message)}; }

rt::Result<rt::ValType> ParseType(const json& value) {
  const std::string& name = value.at("type").get_ref<const std::string&>();
  for (const auto& [type_name, type] : kTypeNames) {
    if (name == type_name) return type;
  }
  return Problem("unknown value type \"" + name + "\"");
}

// Bit width of a numeric type's representation in Value::bits.
uint64_t BitMask(rt::ValType type) {
  return type == rt::ValType::kI32 || type == rt::ValType::kF32 ? 0xffffffffull : ~0ull;
}

rt::Result<uint64_t> ParseBits(const std::string& text, rt::ValType type) {
  uint64_t bits = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), bits);
  if (error != std::errc() || end != text.data() + text.size() || (bits & ~BitMask(type)) != 0) {
    return Problem("bad " + std::string(TypeName(type)) + " literal \"" + text + "\"");
  }
  return bits;
}

// The number N of `ref.extern N`, or the null reference.
rt::Result<uint64_t> ParseReference(const json& value, rt::ValType type, ExternRefs& refs) {
  const std::string& text = value.at("value").get_ref<const std::string&>();
  if (text == "null") return uint64_t{0};
  if (type != rt::ValType::kExternRef) {
    return Problem("funcref value \"" + text + "\" cannot be named by a script");
  }
  rt::Result<uint64_t> number = ParseBits(text, rt::ValType::kI64);
  if (!number) return number;
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(refs.Get(number.value())));
}

struct NanLayout {
  uint64_t exponent_and_quiet;  // All exponent bits and the quiet bit.
  uint64_t sign;
};

NanLayout NanBits(rt::ValType type) {
  if (type == rt::ValType::kF32) return {0x7fc00000ull, 0x80000000ull};
  return {0x7ff8000000000000ull, 0x8000000000000000ull};
}

std::string Hex(uint64_t bits, int digits) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%0*llx", digits, static_cast<unsigned long long>(bits));
  return buffer;
}

std::string DescribeReference(rt::ValType type, uint64_t bits, const ExternRefs& refs) {
  std::string prefix = std::string(TypeName(type)) + ":";
  if (bits == 0) return prefix + "null";
  void* pointer = reinterpret_cast<void*>(static_cast<uintptr_t>(bits));
  if (type == rt::ValType::kExternRef) {
    if (std::optional<uint64_t> number = refs.Find(pointer)) {
      return prefix + std::to_string(*number);
    }
    return prefix + "unknown pointer " + Hex(bits, 1);
  }
  const auto* function = static_cast<const rt::Function*>(pointer);
  return prefix +
         (function->is_host() ? "host function" : "function " + std::to_string(function->index()));
}

}  // namespace

void* ExternRefs::Get(uint64_t number) {
  auto it = by_number_.find(number);
  if (it != by_number_.end()) return it->second.get();
  auto cell = std::make_unique<uint64_t>(number);
  void* pointer = cell.get();
  by_pointer_.emplace(pointer, number);
  by_number_.emplace(number, std::move(cell));
  return pointer;
}

std::optional<uint64_t> ExternRefs::Find(const void* pointer) const {
  auto it = by_pointer_.find(pointer);
  if (it == by_pointer_.end()) return std::nullopt;
  return it->second;
}

std::string_view TypeName(rt::ValType type) {
  for (const auto& [name, t] : kTypeNames) {
    if (t == type) return name;
  }
  return "?";
}

rt::Result<rt::Value> ParseArgument(const json& json_value, ExternRefs& refs) {
  rt::Result<rt::ValType> type = ParseType(json_value);
  if (!type) return type.take_error();
  if (type.value() == rt::ValType::kV128) return ParseV128Argument(json_value);
  rt::Result<uint64_t> bits =
      rt::IsRefType(type.value())
          ? ParseReference(json_value, type.value(), refs)
          : ParseBits(json_value.at("value").get<std::string>(), type.value());
  if (!bits) return bits.take_error();
  return rt::Value{type.value(), bits.value()};
}

rt::Result<ExpectedValue> ParseExpected(const json& json_value, ExternRefs& refs) {
  rt::Result<rt::ValType> type = ParseType(json_value);
  if (!type) return type.take_error();
  ExpectedValue expected{type.value(), ExpectedValue::Pattern::kExact, 0, {}};
  if (expected.type == rt::ValType::kV128) {
    rt::Result<ExpectedV128> v128 = ParseExpectedV128(json_value);
    if (!v128) return v128.take_error();
    expected.v128 = std::move(v128.value());
    return expected;
  }
  if (rt::IsRefType(expected.type)) {
    // The result pattern `(ref.func)` names no function; wast2json 1.0.32 writes it as the
    // placeholder value "0" (other writers omit the value). Either way: any non-null funcref.
    bool any_function = expected.type == rt::ValType::kFuncRef &&
                        json_value.value("value", std::string()) != "null";
    if (!json_value.contains("value") || any_function) {
      expected.pattern = ExpectedValue::Pattern::kNonNull;
      return expected;
    }
    rt::Result<uint64_t> bits = ParseReference(json_value, expected.type, refs);
    if (!bits) return bits.take_error();
    expected.bits = bits.value();
    return expected;
  }
  const std::string& text = json_value.at("value").get_ref<const std::string&>();
  bool is_float = expected.type == rt::ValType::kF32 || expected.type == rt::ValType::kF64;
  if (is_float && text == "nan:canonical") {
    expected.pattern = ExpectedValue::Pattern::kCanonicalNan;
  } else if (is_float && text == "nan:arithmetic") {
    expected.pattern = ExpectedValue::Pattern::kArithmeticNan;
  } else {
    rt::Result<uint64_t> bits = ParseBits(text, expected.type);
    if (!bits) return bits.take_error();
    expected.bits = bits.value();
  }
  return expected;
}

bool Matches(const ExpectedValue& expected, const rt::Value& actual) {
  if (actual.type != expected.type) return false;
  if (actual.type == rt::ValType::kV128) return MatchesV128(expected.v128, actual);
  // Only the type's own bits count: an i32's upper half is not part of its value.
  uint64_t bits = rt::IsRefType(actual.type) ? actual.bits : actual.bits & BitMask(actual.type);
  switch (expected.pattern) {
    case ExpectedValue::Pattern::kExact:
      return bits == expected.bits;
    case ExpectedValue::Pattern::kNonNull:
      return bits != 0;
    case ExpectedValue::Pattern::kCanonicalNan: {
      NanLayout nan = NanBits(actual.type);
      return (bits & ~nan.sign) == nan.exponent_and_quiet;
    }
    case ExpectedValue::Pattern::kArithmeticNan: {
      NanLayout nan = NanBits(actual.type);
      return (bits & nan.exponent_and_quiet) == nan.exponent_and_quiet;
    }
  }
  return false;
}

std::string Describe(const rt::Value& value, const ExternRefs& refs) {
  std::string prefix = std::string(TypeName(value.type)) + ":";
  char buffer[64];
  switch (value.type) {
    case rt::ValType::kI32:
      return prefix + std::to_string(value.i32());
    case rt::ValType::kI64:
      return prefix + std::to_string(value.i64());
    case rt::ValType::kF32:
      std::snprintf(buffer, sizeof buffer, "%.9g", static_cast<double>(value.f32()));
      return prefix + buffer + " (" + Hex(value.f32_bits(), 8) + ")";
    case rt::ValType::kF64:
      std::snprintf(buffer, sizeof buffer, "%.17g", value.f64());
      return prefix + buffer + " (" + Hex(value.f64_bits(), 16) + ")";
    case rt::ValType::kFuncRef:
    case rt::ValType::kExternRef:
      return DescribeReference(value.type, value.bits, refs);
    case rt::ValType::kV128:
      return DescribeV128(value);
  }
  return prefix + Hex(value.bits, 1);
}

std::string Describe(const ExpectedValue& expected, const ExternRefs& refs) {
  std::string prefix = std::string(TypeName(expected.type)) + ":";
  if (expected.type == rt::ValType::kV128) return DescribeExpectedV128(expected.v128);
  switch (expected.pattern) {
    case ExpectedValue::Pattern::kExact:
      return Describe(rt::Value{expected.type, expected.bits}, refs);
    case ExpectedValue::Pattern::kCanonicalNan:
      return prefix + "nan:canonical";
    case ExpectedValue::Pattern::kArithmeticNan:
      return prefix + "nan:arithmetic";
    case ExpectedValue::Pattern::kNonNull:
      return prefix + "non-null";
  }
  return prefix + "?";
}

std::string DescribeValues(std::span<const rt::Value> values, const ExternRefs& refs) {
  std::string text = "(";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += ", ";
    text += Describe(values[i], refs);
  }
  return text + ")";
}

}  // namespace linea::spectest
