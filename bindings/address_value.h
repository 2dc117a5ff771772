// The JS API's AddressType and AddressValue (memory64/table64): a memory's or table's
// `address` is "i32" (sizes and indices are Numbers, [EnforceRange] unsigned long) or "i64"
// (BigInts in [0, 2^64 - 1]).
#ifndef LINEA_BINDINGS_ADDRESS_VALUE_H_
#define LINEA_BINDINGS_ADDRESS_VALUE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "v8.h"

namespace linea::bindings {

// The descriptor's optional `address` member (undefined: "i32"). Returns whether it is
// "i64", or nullopt with a TypeError for any other string.
std::optional<bool> ReadAddressType(v8::Local<v8::Context> context,
                                    v8::Local<v8::Object> descriptor, std::string_view what);

// AddressValueToU64: [EnforceRange] unsigned long for i32; for i64, ToBigInt and a TypeError
// outside [0, 2^64 - 1].
std::optional<uint64_t> ToAddressValue(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                       bool address64, std::string_view what);

// U64ToAddressValue: a Number for i32, a BigInt for i64.
v8::Local<v8::Value> FromAddressValue(v8::Isolate* isolate, uint64_t value, bool address64);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_ADDRESS_VALUE_H_
