#include "bindings/value_conversion.h"

#include <algorithm>
#include <array>
#include <string>

#include "bindings/exported_function.h"
#include "bindings/gc_objects.h"
#include "bindings/webidl.h"

namespace linea::bindings {

v8::MaybeLocal<v8::Value> ToJSValue(v8::Local<v8::Context> context, State& state,
                                    const rt::Value& value) {
  v8::Isolate* isolate = state.isolate();
  if (value.type.is_ref()) {
    if (value.is_null()) return v8::Null(isolate);
    switch (rt::TopHeap(value.type)) {
      case rt::ValType::kFuncCode: {
        v8::Local<v8::Function> function;
        if (!GetExportedFunction(context, state, value.func()).ToLocal(&function)) return {};
        return function;
      }
      case rt::ValType::kExternCode:
        if (IsGcExtern(value.bits)) return GcRefToJS(context, state, value.bits);
        return state.externrefs().FromHandle(isolate, value.ref());
      case rt::ValType::kExnCode:  // JS API ToJSValue: exnref is not a JS value.
        ThrowTypeError(isolate, "exnref values cannot be passed to JavaScript");
        return {};
      default:
        return GcRefToJS(context, state, value.bits);
    }
  }
  switch (value.type) {
    case rt::ValType::kI32:
      return v8::Integer::New(isolate, value.i32());
    case rt::ValType::kI64:
      return v8::BigInt::New(isolate, value.i64());
    case rt::ValType::kF32:
      return v8::Number::New(isolate, static_cast<double>(value.f32()));
    case rt::ValType::kF64:
      return v8::Number::New(isolate, value.f64());
    default:
      break;
  }
  ThrowTypeError(isolate, "v128 values cannot be passed to JavaScript");
  return {};
}

namespace {

// ToWebAssemblyValue for a reference type (JS API 3.0): null for a nullable type, an
// exported function of a matching type for the func hierarchy, any JS value for extern.
std::optional<rt::Value> ToWebAssemblyRef(v8::Local<v8::Context> context, State& state,
                                          v8::Local<v8::Value> value, rt::ValType type,
                                          std::string_view what) {
  v8::Isolate* isolate = state.isolate();
  if (value->IsNull()) {
    if (type.nullable()) return rt::Value::Null(type);
    ThrowTypeError(isolate, std::string(what) + ": null is not a value of the non-nullable type " +
                                rt::ValTypeName(type));
    return std::nullopt;
  }
  switch (rt::TopHeap(type)) {
    case rt::ValType::kFuncCode: {
      rt::Function* function = ExportedFunctionAddress(context, state, value);
      const bool matches = function != nullptr && type.code() != rt::ValType::kNoFuncCode &&
                           (!type.is_concrete() ||
                            rt::IsCanonicalSubtype(function->canonical_type_id(), type.index()));
      if (!matches) {
        ThrowTypeError(isolate, std::string(what) + ": a " + rt::ValTypeName(type) + " must be " +
                                    (type.nullable() ? "null or " : "") +
                                    "an exported WebAssembly function" +
                                    (type.is_concrete() ? " of a matching type" : "") + ", got " +
                                    DescribeValue(isolate, value));
        return std::nullopt;
      }
      return rt::Value{type, reinterpret_cast<uintptr_t>(function)};
    }
    case rt::ValType::kExternCode: {
      if (type.code() == rt::ValType::kNoExternCode) break;
      // A GC object's wrapper is the object externalized (JS API 3.0: ToWebAssemblyValue to an
      // extern type is extern.convert_any of the value internalized), so any.convert_extern
      // gives the object back, as in V8.
      if (rt::GcObject* object = GcObjectOf(state, value)) {
        return rt::Value{type, reinterpret_cast<uintptr_t>(object) | 2};
      }
      // Every caller either holds no other handle here, or runs wasm or holds an
      // ExternRefTable::Hold (see externref_table.h): a safe point for a collection.
      state.externrefs().CollectIfDue(context, state.store());
      void* handle = nullptr;
      if (!state.externrefs().ToHandle(context, value, &handle)) return std::nullopt;
      return rt::Value{type, reinterpret_cast<uintptr_t>(handle)};
    }
    case rt::ValType::kExnCode:  // JS API ToWebAssemblyValue: no JS value is an exnref.
      ThrowTypeError(isolate,
                     std::string(what) + ": exnref values cannot be passed from JavaScript");
      return std::nullopt;
    default:
      return JSToGcRef(context, state, value, type, what);
  }
  ThrowTypeError(isolate, std::string(what) + ": only null is a " + rt::ValTypeName(type));
  return std::nullopt;
}

}  // namespace

std::optional<rt::Value> ToWebAssemblyValue(v8::Local<v8::Context> context, State& state,
                                            v8::Local<v8::Value> value, rt::ValType type,
                                            std::string_view what) {
  v8::Isolate* isolate = state.isolate();
  if (type.is_ref()) return ToWebAssemblyRef(context, state, value, type, what);
  switch (type) {
    case rt::ValType::kI32: {
      int32_t i = 0;
      if (!value->Int32Value(context).To(&i)) return std::nullopt;
      return rt::Value::I32(i);
    }
    case rt::ValType::kI64: {
      // ToBigInt64: ToBigInt (TypeError for Numbers, undefined, null, symbols; SyntaxError for
      // unparsable strings), then the value modulo 2^64.
      v8::Local<v8::BigInt> big;
      if (!value->ToBigInt(context).ToLocal(&big)) return std::nullopt;
      return rt::Value::I64(big->Int64Value());
    }
    case rt::ValType::kF32: {
      double d = 0;
      if (!value->NumberValue(context).To(&d)) return std::nullopt;
      // Round to nearest, ties to even: the C++ conversion under the default FP environment.
      return rt::Value::F32(static_cast<float>(d));
    }
    case rt::ValType::kF64: {
      double d = 0;
      if (!value->NumberValue(context).To(&d)) return std::nullopt;
      return rt::Value::F64(d);
    }
    default:
      break;
  }
  ThrowTypeError(isolate, std::string(what) + ": v128 values cannot be passed from JavaScript");
  return std::nullopt;
}

std::optional<rt::Value> DefaultValue(v8::Local<v8::Context> context, State& state,
                                      rt::ValType type) {
  if (rt::IsExternRefType(type) && type.code() != rt::ValType::kNoExternCode) {
    return ToWebAssemblyValue(context, state, v8::Undefined(state.isolate()), type, "");
  }
  if (type.is_ref() && !type.nullable()) {
    // JS API 3.0 DefaultValue: a non-nullable reference type has none.
    ThrowTypeError(state.isolate(), "a " + rt::ValTypeName(type) + " has no default value");
    return std::nullopt;
  }
  return rt::Value::Default(type);
}

bool HasFastBoundary(const rt::FuncType& type) {
  auto fast = [](rt::ValType t) {
    return t == rt::ValType::kI32 || t == rt::ValType::kF32 || t == rt::ValType::kF64;
  };
  return type.params.size() <= kMaxFastParams && type.results.size() <= 1 &&
         std::ranges::all_of(type.params, fast) && std::ranges::all_of(type.results, fast);
}

FastSignature FastSignatureOf(const rt::FuncType& type) {
  FastSignature sig;
  sig.enabled = true;
  sig.param_count = static_cast<int>(type.params.size());
  std::ranges::copy(type.params, sig.types);
  if (!type.results.empty()) {
    const rt::ValType result = type.results[0];
    sig.result_type = result;
    sig.result = result == rt::ValType::kI32   ? FastSignature::Result::kI32
                 : result == rt::ValType::kF32 ? FastSignature::Result::kF32
                                               : FastSignature::Result::kF64;
  }
  return sig;
}

bool HasV128(const rt::FuncType& type) {
  auto is_v128 = [](rt::ValType t) { return t == rt::ValType::kV128; };
  return std::ranges::any_of(type.params, is_v128) || std::ranges::any_of(type.results, is_v128);
}

std::optional<rt::ValType> ToValueType(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                       bool references_only, std::string_view what) {
  // JS API 3.0 adds the GC hierarchy's abstract types to both enumerations.
  static constexpr std::array<std::string_view, 13> kNames = {
      "i32",     "i64",    "f32",   "f64",    "v128",      "externref", "anyfunc",
      "funcref", "anyref", "eqref", "i31ref", "structref", "arrayref"};
  static constexpr std::array<rt::ValType, 13> kTypes = {
      rt::ValType::kI32,     rt::ValType::kI64,     rt::ValType::kF32,
      rt::ValType::kF64,     rt::ValType::kV128,    rt::ValType::kExternRef,
      rt::ValType::kFuncRef, rt::ValType::kFuncRef, rt::ValType::kAnyRef,
      rt::ValType::kEqRef,   rt::ValType::kI31Ref,  rt::ValType::kStructRef,
      rt::ValType::kArrayRef};
  static constexpr std::array<std::string_view, 8> kReferenceNames = {
      "externref", "anyfunc", "funcref", "anyref", "eqref", "i31ref", "structref", "arrayref"};
  static constexpr std::array<rt::ValType, 8> kReferenceTypes = {
      rt::ValType::kExternRef, rt::ValType::kFuncRef, rt::ValType::kFuncRef,
      rt::ValType::kAnyRef,    rt::ValType::kEqRef,   rt::ValType::kI31Ref,
      rt::ValType::kStructRef, rt::ValType::kArrayRef};
  if (references_only) {
    std::optional<size_t> index = ToEnumeration(context, value, kReferenceNames, what);
    if (!index) return std::nullopt;
    return kReferenceTypes[*index];
  }
  std::optional<size_t> index = ToEnumeration(context, value, kNames, what);
  if (!index) return std::nullopt;
  return kTypes[*index];
}

}  // namespace linea::bindings
