// Values across the boundary (JS API spec "ToJSValue", "ToWebAssemblyValue", "DefaultValue",
// "ToValueType").
#ifndef LINEA_BINDINGS_VALUE_CONVERSION_H_
#define LINEA_BINDINGS_VALUE_CONVERSION_H_

#include <v8.h>

#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>

#include "bindings/state.h"
#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::bindings {

// i32/f32/f64 -> Number, i64 -> BigInt, null -> null, funcref -> its Exported Function,
// externref -> the JS value it stands for. Fails only when V8 cannot allocate. `value` must not
// be a v128.
v8::MaybeLocal<v8::Value> ToJSValue(v8::Local<v8::Context> context, State& state,
                                    const rt::Value& value);

// ToInt32 / ToBigInt64 / ToNumber (+ f32 rounding) / references. Throws (TypeError for a
// Number given to i64, a non-Exported-Function given to funcref, v128; whatever user code in
// valueOf/toString throws). `what` prefixes messages.
std::optional<rt::Value> ToWebAssemblyValue(v8::Local<v8::Context> context, State& state,
                                            v8::Local<v8::Value> value, rt::ValType type,
                                            std::string_view what);

// The value of a missing optional argument: undefined for externref, else zero / null.
std::optional<rt::Value> DefaultValue(v8::Local<v8::Context> context, State& state,
                                      rt::ValType type);

// Whether a function type has a v128 parameter or result: such a function cannot be called
// from JS nor call JS (a TypeError at each call).
bool HasV128(const rt::FuncType& type);

// The boundary's fast path (bindings/exported_function.cc and host_function.cc): for a signature
// of only i32, f32 and f64 parameters (at most kMaxFastParams) and at most one such result,
// Numbers are converted straight between V8 values and the interpreter's frame slots, with no
// rt::Value arrays and no context.
constexpr size_t kMaxFastParams = 8;
bool HasFastBoundary(const rt::FuncType& type);

// A fast-path signature, flat, for the per-call code.
struct FastSignature {
  enum class Result : uint8_t { kNone, kI32, kF32, kF64 };
  bool enabled = false;
  int param_count = 0;
  Result result = Result::kNone;
  rt::ValType result_type;  // With a result.
  rt::ValType types[kMaxFastParams] = {};
};
// `type` must satisfy HasFastBoundary.
FastSignature FastSignatureOf(const rt::FuncType& type);

// Whether `value` is a Smi (V8's immediate small integer), and if so its value in `*out`: the
// commonest argument, read inline with the tag helpers of v8-internal.h that V8's own inline
// functions (ReturnValue::Set, Value::IsUndefined) use, where Value::IsInt32 is a call.
inline bool SmiValue(v8::Local<v8::Value> value, int32_t* out) {
  const auto tagged = *reinterpret_cast<const v8::internal::Address*>(*value);
  // The Smi tag's one bit (a `test`), rather than HasHeapObjectTag's two-bit compare: a Local
  // never holds a weak reference, the other tag with bit 0 set.
  if ((tagged & v8::internal::kSmiTagMask) != v8::internal::kSmiTag) return false;
  *out = v8::internal::Internals::SmiValue(tagged);
  return true;
}

// A Smi's value as an argument of type `type` (i32, f32 or f64), in slot form.
inline uint64_t SmiToSlot(int32_t smi, rt::ValType type) {
  if (type == rt::ValType::kI32) return static_cast<uint32_t>(smi);
  if (type == rt::ValType::kF64) return std::bit_cast<uint64_t>(static_cast<double>(smi));
  return std::bit_cast<uint32_t>(static_cast<float>(smi));
}

// ToWebAssemblyValue for a value that needs no JS to run (an Int32 for i32, any Number for
// f32/f64), written in slot form; false for any other value (the caller then converts it the
// general way: nothing observable has happened).
inline bool NumberToSlot(v8::Local<v8::Value> value, rt::ValType type, rt::Slot* slot) {
  double d = 0;
  if (int32_t smi = 0; SmiValue(value, &smi)) {
    slot->bits = SmiToSlot(smi, type);
    return true;
  } else if (type == rt::ValType::kI32) {
    if (!value->IsInt32()) return false;
    slot->bits = static_cast<uint32_t>(value.As<v8::Int32>()->Value());
    return true;
  } else if (value->IsNumber()) {
    d = value.As<v8::Number>()->Value();
  } else {
    return false;
  }
  slot->bits = type == rt::ValType::kF64 ? std::bit_cast<uint64_t>(d)
                                         : std::bit_cast<uint32_t>(static_cast<float>(d));
  return true;
}

// ToJSValue of an i32, f32 or f64 slot.
inline v8::Local<v8::Value> SlotToNumber(v8::Isolate* isolate, rt::ValType type,
                                         const rt::Slot& slot) {
  if (type == rt::ValType::kI32) {
    return v8::Integer::New(isolate, static_cast<int32_t>(static_cast<uint32_t>(slot.bits)));
  }
  const double d =
      type == rt::ValType::kF64
          ? std::bit_cast<double>(slot.bits)
          : static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(slot.bits)));
  return v8::Number::New(isolate, d);
}

// The ValueType enumeration ("i32", "i64", "f32", "f64", "v128", "externref", "anyfunc", and
// "funcref", the JS type reflection proposal's name, which the project accepts as well). With
// `references_only` (TableKind) only the reference types are valid.
std::optional<rt::ValType> ToValueType(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                       bool references_only, std::string_view what);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_VALUE_CONVERSION_H_
