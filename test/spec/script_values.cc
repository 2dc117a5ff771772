#include "test/spec/script_values.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <utility>

#include "runtime/store/function.h"
#include "runtime/store/gc_heap.h"

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

constexpr LaneShape kLaneShapes[] = {
    {"i8", 1, false},  {"i16", 2, false}, {"i32", 4, false},
    {"i64", 8, false}, {"f32", 4, true},  {"f64", 8, true},
};

// What a reference type name of the script means as a result pattern, and what the engine
// lacks to run it.
struct ReferenceKind {
  std::string_view name;
  // The pattern of a result without "value": a non-null reference of this kind.
  std::optional<ExpectedValue::Kind> any_of_kind;
  // Why the engine cannot produce a non-null value of this kind (empty: it can).
  std::string_view missing;
};

constexpr ReferenceKind kReferenceKinds[] = {
    {"funcref", ExpectedValue::Kind::kNonNullFunc, ""},
    {"externref", ExpectedValue::Kind::kAnyReference, ""},
    {"anyref", ExpectedValue::Kind::kNonFunc, ""},
    {"eqref", ExpectedValue::Kind::kOfType, ""},
    {"i31ref", ExpectedValue::Kind::kOfType, ""},
    {"structref", ExpectedValue::Kind::kOfType, ""},
    {"arrayref", ExpectedValue::Kind::kOfType, ""},
    {"exnref", std::nullopt, "exnref values need exception handling"},
    {"nullref", std::nullopt, ""},
    {"nullfuncref", std::nullopt, ""},
    {"nullexternref", std::nullopt, ""},
    {"nullexnref", std::nullopt, ""},
    {"refnull", std::nullopt, ""},
};

rt::Error Problem(std::string message) { return rt::Error{std::move(message)}; }

// The nullable reference type a script's type name abbreviates ("eqref": (ref null eq)).
std::optional<rt::ValType> FindReferenceType(std::string_view name) {
  static constexpr std::pair<std::string_view, rt::ValType> kNames[] = {
      {"anyref", rt::ValType::kAnyRef},       {"eqref", rt::ValType::kEqRef},
      {"i31ref", rt::ValType::kI31Ref},       {"structref", rt::ValType::kStructRef},
      {"arrayref", rt::ValType::kArrayRef},   {"funcref", rt::ValType::kFuncRef},
      {"externref", rt::ValType::kExternRef}, {"exnref", rt::ValType::kExnRef},
  };
  for (const auto& [type_name, type] : kNames) {
    if (name == type_name) return type;
  }
  return std::nullopt;
}

const ReferenceKind* FindReferenceKind(std::string_view name) {
  for (const ReferenceKind& kind : kReferenceKinds) {
    if (kind.name == name) return &kind;
  }
  return nullptr;
}

std::optional<rt::ValType> FindNumberType(std::string_view name) {
  for (const auto& [type_name, type] : kTypeNames) {
    if (name == type_name && rt::IsNumType(type)) return type;
  }
  return std::nullopt;
}

const LaneShape* FindLaneShape(std::string_view name) {
  for (const LaneShape& shape : kLaneShapes) {
    if (shape.name == name) return &shape;
  }
  return nullptr;
}

uint64_t BitMask(unsigned bytes) { return bytes == 8 ? ~0ull : (1ull << (8 * bytes)) - 1; }

unsigned ByteWidth(rt::ValType type) {
  return type == rt::ValType::kI32 || type == rt::ValType::kF32 ? 4 : 8;
}

rt::Result<uint64_t> ParseBits(const std::string& text, unsigned bytes, std::string_view what) {
  uint64_t bits = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), bits);
  if (error != std::errc() || end != text.data() + text.size() || (bits & ~BitMask(bytes)) != 0) {
    return Problem("bad " + std::string(what) + " literal \"" + text + "\"");
  }
  return bits;
}

rt::Result<NumberPattern> ParseNumberPattern(const json& value, unsigned bytes, bool is_float,
                                             std::string_view what) {
  const std::string& text = value.get_ref<const std::string&>();
  if (is_float && text == "nan:canonical") return NumberPattern{NumberPattern::Kind::kCanonicalNan};
  if (is_float && text == "nan:arithmetic") {
    return NumberPattern{NumberPattern::Kind::kArithmeticNan};
  }
  rt::Result<uint64_t> bits = ParseBits(text, bytes, what);
  if (!bits) return bits.take_error();
  return NumberPattern{NumberPattern::Kind::kExact, bits.value()};
}

bool NumberMatches(const NumberPattern& pattern, uint64_t bits, unsigned bytes) {
  bits &= BitMask(bytes);
  // All exponent bits and the quiet bit; the sign bit.
  uint64_t quiet_nan = bytes == 4 ? 0x7fc00000ull : 0x7ff8000000000000ull;
  uint64_t sign = bytes == 4 ? 0x80000000ull : 0x8000000000000000ull;
  switch (pattern.kind) {
    case NumberPattern::Kind::kExact:
      return bits == pattern.bits;
    case NumberPattern::Kind::kCanonicalNan:
      return (bits & ~sign) == quiet_nan;
    case NumberPattern::Kind::kArithmeticNan:
      return (bits & quiet_nan) == quiet_nan;
  }
  return false;
}

uint64_t LaneBits(const V128Bytes& bytes, unsigned lane, unsigned width) {
  uint64_t bits = 0;
  std::memcpy(&bits, bytes.data() + lane * width, width);  // Little-endian host (x86-64).
  return bits;
}

rt::Result<V128Bytes> ParseVectorBytes(const json& value) {
  const LaneShape* shape = FindLaneShape(value.at("lane_type").get_ref<const std::string&>());
  if (shape == nullptr) return Problem("unknown lane_type in " + value.dump());
  const json& lanes = value.at("value");
  if (!lanes.is_array() || lanes.size() != 16 / shape->bytes) {
    return Problem("a v128 of " + std::string(shape->name) + " lanes needs " +
                   std::to_string(16 / shape->bytes) + " lanes: " + value.dump());
  }
  V128Bytes bytes{};
  for (unsigned i = 0; i < lanes.size(); ++i) {
    rt::Result<uint64_t> bits = ParseBits(lanes[i].get<std::string>(), shape->bytes, "v128 lane");
    if (!bits) return bits.take_error();
    uint64_t lane = bits.value();
    std::memcpy(bytes.data() + i * shape->bytes, &lane, shape->bytes);
  }
  return bytes;
}

std::string Hex(uint64_t bits, int digits) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%0*llx", digits, static_cast<unsigned long long>(bits));
  return buffer;
}

std::string DescribeNumber(const NumberPattern& pattern, unsigned bytes, bool is_float) {
  switch (pattern.kind) {
    case NumberPattern::Kind::kCanonicalNan:
      return "nan:canonical";
    case NumberPattern::Kind::kArithmeticNan:
      return "nan:arithmetic";
    case NumberPattern::Kind::kExact:
      break;
  }
  char buffer[64];
  if (!is_float) {
    // Signed, as the lane or number reads most naturally in messages.
    int64_t value = static_cast<int64_t>(pattern.bits << (64 - 8 * bytes)) >> (64 - 8 * bytes);
    return std::to_string(value);
  }
  if (bytes == 4) {
    float value;
    uint32_t bits32 = static_cast<uint32_t>(pattern.bits);
    std::memcpy(&value, &bits32, 4);
    std::snprintf(buffer, sizeof buffer, "%.9g", static_cast<double>(value));
  } else {
    double value;
    std::memcpy(&value, &pattern.bits, 8);
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
  }
  return std::string(buffer) + " (" + Hex(pattern.bits, static_cast<int>(2 * bytes)) + ")";
}

std::string DescribeLanes(const LaneShape& shape, std::span<const NumberPattern> lanes) {
  std::string text =
      "v128:" + std::string(shape.name) + "x" + std::to_string(16 / shape.bytes) + "[";
  for (size_t i = 0; i < lanes.size(); ++i) {
    if (i > 0) text += " ";
    text += DescribeNumber(lanes[i], shape.bytes, shape.is_float);
  }
  return text + "]";
}

std::string DescribeReference(rt::ValType type, uint64_t bits, const ExternRefs& refs) {
  std::string prefix = std::string(TypeName(type)) + ":";
  if (bits == 0) return prefix + "null";
  void* pointer = reinterpret_cast<void*>(static_cast<uintptr_t>(bits));
  if (rt::IsExternRefType(type)) {
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

std::string TypeName(rt::ValType type) { return rt::ValTypeName(type); }

rt::Result<rt::Value> ParseArgument(const json& json_value, ExternRefs& refs) {
  const std::string& type = json_value.at("type").get_ref<const std::string&>();
  if (std::optional<rt::ValType> number = FindNumberType(type)) {
    rt::Result<uint64_t> bits =
        ParseBits(json_value.at("value").get<std::string>(), ByteWidth(*number), type);
    if (!bits) return bits.take_error();
    return rt::Value{*number, bits.value()};
  }
  if (type == "v128") {
    rt::Result<V128Bytes> bytes = ParseVectorBytes(json_value);
    if (!bytes) return bytes.take_error();
    return MakeV128Value(bytes.value());
  }
  const ReferenceKind* kind = FindReferenceKind(type);
  if (kind == nullptr) return Problem("unknown value type \"" + type + "\"");
  const std::string text = json_value.value("value", std::string("null"));
  if (type == "funcref" && text == "null") return rt::Value::Null(rt::ValType::kFuncRef);
  if (type == "anyref") {
    // (ref.host n): the host value n as an anyref. The runner boxes it in the store's heap.
    if (text == "null") return rt::Value::Null(rt::ValType::kAnyRef);
    rt::Result<uint64_t> number = ParseBits(text, 8, "ref.host");
    if (!number) return number.take_error();
    return rt::Value{rt::ValType::kAnyRef, reinterpret_cast<uintptr_t>(refs.Get(number.value()))};
  }
  if (type == "externref") {
    if (text == "null") return rt::Value::Null(rt::ValType::kExternRef);
    rt::Result<uint64_t> number = ParseBits(text, 8, "ref.extern");
    if (!number) return number.take_error();
    return rt::Value::ExternRef(refs.Get(number.value()));
  }
  return Problem("the engine cannot take a " + type + " argument" +
                 (kind->missing.empty() ? std::string(" (its type needs typed references)")
                                        : ": " + std::string(kind->missing)));
}

rt::Result<ExpectedValue> ParseExpected(const json& json_value, ExternRefs& refs) {
  const std::string& type = json_value.at("type").get_ref<const std::string&>();
  ExpectedValue expected;
  if (std::optional<rt::ValType> number = FindNumberType(type)) {
    expected.type = *number;
    bool is_float = *number == rt::ValType::kF32 || *number == rt::ValType::kF64;
    rt::Result<NumberPattern> pattern =
        ParseNumberPattern(json_value.at("value"), ByteWidth(*number), is_float, type);
    if (!pattern) return pattern.take_error();
    expected.number = pattern.value();
    return expected;
  }
  if (type == "v128") {
    expected.kind = ExpectedValue::Kind::kVector;
    expected.shape = FindLaneShape(json_value.at("lane_type").get_ref<const std::string&>());
    const json& lanes = json_value.at("value");
    if (expected.shape == nullptr || !lanes.is_array() ||
        lanes.size() != 16 / expected.shape->bytes) {
      return Problem("bad v128 pattern " + json_value.dump());
    }
    for (const json& lane : lanes) {
      rt::Result<NumberPattern> pattern =
          ParseNumberPattern(lane, expected.shape->bytes, expected.shape->is_float, "v128 lane");
      if (!pattern) return pattern.take_error();
      expected.lanes.push_back(pattern.value());
    }
    return expected;
  }
  if (type == "either") {
    expected.kind = ExpectedValue::Kind::kEither;
    for (const json& alternative : json_value.at("values")) {
      rt::Result<ExpectedValue> parsed = ParseExpected(alternative, refs);
      if (!parsed) return parsed.take_error();
      expected.alternatives.push_back(std::move(parsed).value());
    }
    return expected;
  }
  const ReferenceKind* kind = FindReferenceKind(type);
  if (kind == nullptr) return Problem("unknown value type \"" + type + "\"");
  if (!json_value.contains("value")) {
    // A reference of a kind with no value: null for the null types, else any non-null one.
    if (type.starts_with("null") || type == "refnull") {
      expected.kind = ExpectedValue::Kind::kNull;
      return expected;
    }
    if (!kind->any_of_kind)
      return Problem("cannot check a non-null " + type + ": " + std::string(kind->missing));
    expected.kind = *kind->any_of_kind;
    if (expected.kind == ExpectedValue::Kind::kOfType) {
      // A non-null reference of the type the name abbreviates (eqref: (ref eq), ...).
      expected.type = FindReferenceType(type)->WithNullable(false);
    }
    return expected;
  }
  const std::string& text = json_value.at("value").get_ref<const std::string&>();
  if (text == "null") {
    expected.kind = ExpectedValue::Kind::kNull;
    return expected;
  }
  if (type == "funcref") {
    // wast2json 1.0.32 writes the pattern `(ref.func)` as the placeholder value "0".
    expected.kind = ExpectedValue::Kind::kNonNullFunc;
    return expected;
  }
  if (type == "anyref") {
    // (ref.host n): the host value n converted to anyref, which is a box of it.
    rt::Result<uint64_t> number = ParseBits(text, 8, "ref.host");
    if (!number) return number.take_error();
    refs.Get(number.value());
    expected.kind = ExpectedValue::Kind::kHostNumber;
    expected.extern_number = number.value();
    return expected;
  }
  if (type != "externref") {
    return Problem("cannot check " + type + " " + text + ": " + std::string(kind->missing));
  }
  rt::Result<uint64_t> number = ParseBits(text, 8, "ref.extern");
  if (!number) return number.take_error();
  refs.Get(number.value());  // So the pointer exists before any result can name it.
  expected.kind = ExpectedValue::Kind::kExternNumber;
  expected.extern_number = number.value();
  return expected;
}

bool Matches(const ExpectedValue& expected, const rt::Value& actual, const ExternRefs& refs) {
  bool is_reference = rt::IsRefType(actual.type);
  switch (expected.kind) {
    case ExpectedValue::Kind::kNumber:
      return actual.type == expected.type &&
             NumberMatches(expected.number, actual.bits, ByteWidth(actual.type));
    case ExpectedValue::Kind::kVector: {
      if (actual.type != rt::ValType::kV128) return false;
      std::optional<V128Bytes> bytes = V128Of(actual);
      if (!bytes) return false;
      for (unsigned i = 0; i < expected.lanes.size(); ++i) {
        uint64_t lane = LaneBits(*bytes, i, expected.shape->bytes);
        if (!NumberMatches(expected.lanes[i], lane, expected.shape->bytes)) return false;
      }
      return true;
    }
    case ExpectedValue::Kind::kNull:
      return is_reference && actual.is_null();
    case ExpectedValue::Kind::kExternNumber:
      return rt::IsExternRefType(actual.type) && !actual.is_null() &&
             refs.Find(actual.ref()) == expected.extern_number;
    case ExpectedValue::Kind::kOfType:
      return rt::IsAnyRefType(actual.type) && !actual.is_null() &&
             rt::RefMatches(actual.bits, expected.type);
    case ExpectedValue::Kind::kHostNumber: {
      if (!rt::IsAnyRefType(actual.type) || actual.is_null() || rt::IsI31(actual.bits)) {
        return false;
      }
      auto* object = static_cast<rt::GcObject*>(actual.ref());
      return object->is_box() && refs.Find(object->boxed()) == expected.extern_number;
    }
    case ExpectedValue::Kind::kNonNullFunc:
      return rt::IsFuncRefType(actual.type) && !actual.is_null();
    case ExpectedValue::Kind::kNonFunc:
      return is_reference && !rt::IsFuncRefType(actual.type);
    case ExpectedValue::Kind::kAnyReference:
      return is_reference;
    case ExpectedValue::Kind::kEither:
      for (const ExpectedValue& alternative : expected.alternatives) {
        if (Matches(alternative, actual, refs)) return true;
      }
      return false;
  }
  return false;
}

std::string Describe(const rt::Value& value, const ExternRefs& refs) {
  std::string prefix = std::string(TypeName(value.type)) + ":";
  switch (value.type) {
    case rt::ValType::kI32:
    case rt::ValType::kI64:
    case rt::ValType::kF32:
    case rt::ValType::kF64: {
      bool is_float = value.type == rt::ValType::kF32 || value.type == rt::ValType::kF64;
      unsigned bytes = ByteWidth(value.type);
      return prefix + DescribeNumber({NumberPattern::Kind::kExact, value.bits & BitMask(bytes)},
                                     bytes, is_float);
    }
    case rt::ValType::kV128: {
      std::optional<V128Bytes> bytes = V128Of(value);
      if (!bytes) return prefix + "?";
      std::vector<NumberPattern> lanes;
      for (unsigned i = 0; i < 4; ++i) {
        lanes.push_back({NumberPattern::Kind::kExact, LaneBits(*bytes, i, 4)});
      }
      return DescribeLanes(kLaneShapes[2], lanes);
    }
    default:
      break;
  }
  if (rt::IsFuncRefType(value.type) || rt::IsExternRefType(value.type)) {
    return DescribeReference(value.type, value.bits, refs);
  }
  return prefix + Hex(value.bits, 1);
}

std::string Describe(const ExpectedValue& expected) {
  switch (expected.kind) {
    case ExpectedValue::Kind::kNumber: {
      bool is_float = expected.type == rt::ValType::kF32 || expected.type == rt::ValType::kF64;
      return std::string(TypeName(expected.type)) + ":" +
             DescribeNumber(expected.number, ByteWidth(expected.type), is_float);
    }
    case ExpectedValue::Kind::kVector:
      return DescribeLanes(*expected.shape, expected.lanes);
    case ExpectedValue::Kind::kNull:
      return "ref.null";
    case ExpectedValue::Kind::kExternNumber:
      return "externref:" + std::to_string(expected.extern_number);
    case ExpectedValue::Kind::kOfType:
      return TypeName(expected.type) + ":non-null";
    case ExpectedValue::Kind::kHostNumber:
      return "anyref:host " + std::to_string(expected.extern_number);
    case ExpectedValue::Kind::kNonNullFunc:
      return "funcref:non-null";
    case ExpectedValue::Kind::kNonFunc:
      return "anyref:any";
    case ExpectedValue::Kind::kAnyReference:
      return "externref:any";
    case ExpectedValue::Kind::kEither: {
      std::string text = "either(";
      for (size_t i = 0; i < expected.alternatives.size(); ++i) {
        text += (i > 0 ? " | " : "") + Describe(expected.alternatives[i]);
      }
      return text + ")";
    }
  }
  return "?";
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
