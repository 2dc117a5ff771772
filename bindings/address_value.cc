#include "bindings/address_value.h"

#include <string>

#include "bindings/webidl.h"

namespace linea::bindings {

std::optional<bool> ReadAddressType(v8::Local<v8::Context> context,
                                    v8::Local<v8::Object> descriptor, std::string_view what) {
  if (descriptor.IsEmpty()) return false;
  v8::Local<v8::Value> member;
  if (!GetDictionaryMember(context, descriptor, "address", &member)) return std::nullopt;
  if (member->IsUndefined()) return false;
  static constexpr std::string_view kAddressTypes[] = {"i32", "i64"};
  std::optional<size_t> index =
      ToEnumeration(context, member, kAddressTypes, std::string(what) + ".address");
  if (!index) return std::nullopt;
  return *index == 1;
}

std::optional<uint64_t> ToAddressValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                       bool address64, std::string_view what) {
  if (!address64) {
    std::optional<uint32_t> n = ToEnforcedUnsignedLong(context, value, what);
    if (!n) return std::nullopt;
    return *n;
  }
  v8::Local<v8::BigInt> big;
  if (!value->ToBigInt(context).ToLocal(&big)) return std::nullopt;
  bool lossless = false;
  const uint64_t n = big->Uint64Value(&lossless);
  if (!lossless) {  // Negative, or 2^64 and beyond.
    ThrowTypeError(context->GetIsolate(),
                   std::string(what) + " must be in the range [0, 2^64 - 1] of an i64 address");
    return std::nullopt;
  }
  return n;
}

v8::Local<v8::Value> FromAddressValue(v8::Isolate* isolate, uint64_t value, bool address64) {
  if (address64) return v8::BigInt::NewFromUnsigned(isolate, value);
  return v8::Number::New(isolate, static_cast<double>(value));
}

}  // namespace linea::bindings
