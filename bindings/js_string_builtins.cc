#include "bindings/js_string_builtins.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <variant>
#include <vector>

#include "bindings/exported_function.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "runtime/interpreter/trap.h"
#include "runtime/small_buffer.h"
#include "runtime/store/gc_heap.h"

namespace linea::bindings {
namespace {

constexpr std::string_view kJsStringModule = "wasm:js-string";

using rt::ValType;

// A builtin's result: its i32, its string (a (ref extern)), or why it traps (the proposal's
// "trap", where the polyfill throws a RuntimeError).
enum class Failure { kNotString, kIndexOutOfRange, kNullArray };
using Result = std::variant<int32_t, v8::Local<v8::String>, Failure>;
constexpr Failure kNotString = Failure::kNotString;

// A builtin's body: its externref arguments as the JS values they stand for, its i32 arguments
// as unsigned integers.
using Body = Result (*)(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                        std::span<const uint32_t> u32);

Result Test(v8::Isolate*, std::span<v8::Local<v8::Value>> js, std::span<const uint32_t>) {
  return js[0]->IsString() ? 1 : 0;
}

Result Length(v8::Isolate*, std::span<v8::Local<v8::Value>> js, std::span<const uint32_t>) {
  if (!js[0]->IsString()) return kNotString;
  return js[0].As<v8::String>()->Length();
}

// The UTF-16 code unit at `index`, or nullopt past the end.
std::optional<uint16_t> CodeUnitAt(v8::Isolate* isolate, v8::Local<v8::String> string,
                                   uint32_t index) {
  if (index >= static_cast<uint32_t>(string->Length())) return std::nullopt;
  uint16_t unit = 0;
  string->Write(isolate, &unit, static_cast<int>(index), 1, v8::String::NO_NULL_TERMINATION);
  return unit;
}

Result CharCodeAt(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                  std::span<const uint32_t> u32) {
  if (!js[0]->IsString()) return kNotString;
  std::optional<uint16_t> unit = CodeUnitAt(isolate, js[0].As<v8::String>(), u32[1]);
  if (!unit) return Failure::kIndexOutOfRange;
  return *unit;
}

Result CodePointAt(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                   std::span<const uint32_t> u32) {
  if (!js[0]->IsString()) return kNotString;
  v8::Local<v8::String> string = js[0].As<v8::String>();
  std::optional<uint16_t> lead = CodeUnitAt(isolate, string, u32[1]);
  if (!lead) return Failure::kIndexOutOfRange;
  if (*lead >= 0xD800 && *lead <= 0xDBFF) {
    std::optional<uint16_t> trail = CodeUnitAt(isolate, string, u32[1] + 1);
    if (trail && *trail >= 0xDC00 && *trail <= 0xDFFF) {
      return 0x10000 + ((*lead - 0xD800) << 10) + (*trail - 0xDC00);
    }
  }
  return *lead;
}

// null or a string (equals accepts null).
bool NullOrString(v8::Local<v8::Value> value) { return value->IsNull() || value->IsString(); }

Result Equals(v8::Isolate*, std::span<v8::Local<v8::Value>> js, std::span<const uint32_t>) {
  if (!NullOrString(js[0]) || !NullOrString(js[1])) return kNotString;
  if (js[0]->IsNull() || js[1]->IsNull()) return js[0]->IsNull() && js[1]->IsNull() ? 1 : 0;
  return js[0].As<v8::String>()->StringEquals(js[1].As<v8::String>()) ? 1 : 0;
}

// The code units of `string`.
std::vector<uint16_t> CodeUnits(v8::Isolate* isolate, v8::Local<v8::String> string) {
  std::vector<uint16_t> units(static_cast<size_t>(string->Length()));
  string->Write(isolate, units.data(), 0, static_cast<int>(units.size()),
                v8::String::NO_NULL_TERMINATION);
  return units;
}

// -1, 0 or 1 as JS's < orders strings: by code units.
Result Compare(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
               std::span<const uint32_t>) {
  if (!js[0]->IsString() || !js[1]->IsString()) return kNotString;
  std::vector<uint16_t> a = CodeUnits(isolate, js[0].As<v8::String>());
  std::vector<uint16_t> b = CodeUnits(isolate, js[1].As<v8::String>());
  if (a == b) return 0;
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end()) ? -1 : 1;
}

Result Cast(v8::Isolate*, std::span<v8::Local<v8::Value>> js, std::span<const uint32_t>) {
  if (!js[0]->IsString()) return kNotString;
  return js[0].As<v8::String>();
}

Result FromCharCode(v8::Isolate* isolate, std::span<v8::Local<v8::Value>>,
                    std::span<const uint32_t> u32) {
  const uint16_t unit = static_cast<uint16_t>(u32[0]);  // ToUint16, as String.fromCharCode.
  return v8::String::NewFromTwoByte(isolate, &unit, v8::NewStringType::kNormal, 1).ToLocalChecked();
}

Result FromCodePoint(v8::Isolate* isolate, std::span<v8::Local<v8::Value>>,
                     std::span<const uint32_t> u32) {
  const uint32_t point = u32[0];
  if (point > 0x10FFFF) return Failure::kIndexOutOfRange;
  uint16_t units[2] = {static_cast<uint16_t>(point), 0};
  int length = 1;
  if (point >= 0x10000) {
    units[0] = static_cast<uint16_t>(0xD800 + ((point - 0x10000) >> 10));
    units[1] = static_cast<uint16_t>(0xDC00 + ((point - 0x10000) & 0x3FF));
    length = 2;
  }
  return v8::String::NewFromTwoByte(isolate, units, v8::NewStringType::kNormal, length)
      .ToLocalChecked();
}

Result Concat(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js, std::span<const uint32_t>) {
  if (!js[0]->IsString() || !js[1]->IsString()) return kNotString;
  return v8::String::Concat(isolate, js[0].As<v8::String>(), js[1].As<v8::String>());
}

// The code units [start, min(end, length)), or "" when start > length or end < start.
Result Substring(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                 std::span<const uint32_t> u32) {
  if (!js[0]->IsString()) return kNotString;
  std::vector<uint16_t> units = CodeUnits(isolate, js[0].As<v8::String>());
  const size_t start = u32[1];
  const size_t end = std::min<size_t>(u32[2], units.size());
  if (start > units.size() || end < start) return v8::String::Empty(isolate);
  return v8::String::NewFromTwoByte(isolate, units.data() + start, v8::NewStringType::kNormal,
                                    static_cast<int>(end - start))
      .ToLocalChecked();
}

// The builtins that take an (array (mut i16)) also get it, as the GC object it is (null when
// the reference is null).
using ArrayBody = Result (*)(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                             std::span<const uint32_t> u32, rt::GcObject* array);

// The code units array[start, end), or a trap when the array is null or the range is not in it.
Result FromCharCodeArray(v8::Isolate* isolate, std::span<v8::Local<v8::Value>>,
                         std::span<const uint32_t> u32, rt::GcObject* array) {
  if (array == nullptr) return Failure::kNullArray;
  const uint32_t start = u32[1];
  const uint32_t end = u32[2];
  if (start > end || end > array->length) return Failure::kIndexOutOfRange;
  std::vector<uint16_t> units(end - start);
  std::memcpy(units.data(), array->payload() + size_t{start} * 2, units.size() * 2);
  return v8::String::NewFromTwoByte(isolate, units.data(), v8::NewStringType::kNormal,
                                    static_cast<int>(units.size()))
      .ToLocalChecked();
}

// Writes the string's code units into the array from `start`; its length, or a trap when the
// string is not one, the array is null or the units do not fit.
Result IntoCharCodeArray(v8::Isolate* isolate, std::span<v8::Local<v8::Value>> js,
                         std::span<const uint32_t> u32, rt::GcObject* array) {
  if (!js[0]->IsString()) return kNotString;
  if (array == nullptr) return Failure::kNullArray;
  std::vector<uint16_t> units = CodeUnits(isolate, js[0].As<v8::String>());
  const uint64_t start = u32[2];
  if (start + units.size() > array->length) return Failure::kIndexOutOfRange;
  std::memcpy(array->payload() + start * 2, units.data(), units.size() * 2);
  return static_cast<int32_t>(units.size());
}

const ValType kRefExtern = ValType::kExternRef.WithNullable(false);

// (ref null $a) for the builtins' (type $a (array (mut i16))), a final type of its own rec
// group: canonical, so a module's own declaration of it is the same type.
ValType I16ArrayRef() {
  static const uint32_t id = [] {
    rt::TypeDef array;
    array.kind = rt::CompositeKind::kArray;
    array.fields = {rt::FieldType{ValType::kI16, /*mutable_=*/true}};
    return rt::InternRecGroup({array});
  }();
  return ValType::Concrete(id, /*nullable=*/true);
}

struct Builtin {
  std::string_view name;
  std::vector<ValType> params;
  ValType result;
  Body body;                   // Null for the array builtins, which have:
  std::string_view type_text;  // For messages.
  ArrayBody array_body = nullptr;
};

const std::vector<Builtin>& Builtins() {
  static const auto* builtins = new std::vector<Builtin>{
      {"test", {ValType::kExternRef}, ValType::kI32, Test, "(func (param externref) (result i32))"},
      {"length",
       {ValType::kExternRef},
       ValType::kI32,
       Length,
       "(func (param externref) (result i32))"},
      {"charCodeAt",
       {ValType::kExternRef, ValType::kI32},
       ValType::kI32,
       CharCodeAt,
       "(func (param externref i32) (result i32))"},
      {"codePointAt",
       {ValType::kExternRef, ValType::kI32},
       ValType::kI32,
       CodePointAt,
       "(func (param externref i32) (result i32))"},
      {"equals",
       {ValType::kExternRef, ValType::kExternRef},
       ValType::kI32,
       Equals,
       "(func (param externref externref) (result i32))"},
      {"compare",
       {ValType::kExternRef, ValType::kExternRef},
       ValType::kI32,
       Compare,
       "(func (param externref externref) (result i32))"},
      {"cast",
       {ValType::kExternRef},
       kRefExtern,
       Cast,
       "(func (param externref) (result (ref extern)))"},
      {"fromCharCodeArray",
       {I16ArrayRef(), ValType::kI32, ValType::kI32},
       kRefExtern,
       nullptr,
       "(func (param (ref null (array (mut i16))) i32 i32) (result (ref extern)))",
       FromCharCodeArray},
      {"intoCharCodeArray",
       {ValType::kExternRef, I16ArrayRef(), ValType::kI32},
       ValType::kI32,
       nullptr,
       "(func (param externref (ref null (array (mut i16))) i32) (result i32))",
       IntoCharCodeArray},
      {"fromCharCode",
       {ValType::kI32},
       kRefExtern,
       FromCharCode,
       "(func (param i32) (result (ref extern)))"},
      {"fromCodePoint",
       {ValType::kI32},
       kRefExtern,
       FromCodePoint,
       "(func (param i32) (result (ref extern)))"},
      {"concat",
       {ValType::kExternRef, ValType::kExternRef},
       kRefExtern,
       Concat,
       "(func (param externref externref) (result (ref extern)))"},
      {"substring",
       {ValType::kExternRef, ValType::kI32, ValType::kI32},
       kRefExtern,
       Substring,
       "(func (param externref i32 i32) (result (ref extern)))"},
  };
  return *builtins;
}

const Builtin* FindBuiltin(const CompileOptions& options, const rt::Import& import) {
  if (!options.js_string_builtins || import.module != kJsStringModule) return nullptr;
  for (const Builtin& builtin : Builtins()) {
    if (builtin.name == import.name) return &builtin;
  }
  return nullptr;  // Not a builtin: an ordinary import.
}

bool IsStringConstant(const CompileOptions& options, const rt::Import& import) {
  return options.imported_string_constants && import.module == *options.imported_string_constants;
}

rt::Function* NewBuiltinFunction(State& state, const Builtin& builtin) {
  rt::FuncType type{builtin.params, {builtin.result}};
  State* state_ptr = &state;
  Body body = builtin.body;
  ArrayBody array_body = builtin.array_body;
  rt::HostCallback callback = [state_ptr, body, array_body, type](std::span<const rt::Value> args,
                                                                  std::span<rt::Value> results) {
    State& state = *state_ptr;
    v8::Isolate* isolate = state.isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    rt::SmallBuffer<v8::Local<v8::Value>> js(args.size());
    rt::SmallBuffer<uint32_t> u32(args.size());
    rt::GcObject* array = nullptr;
    for (size_t i = 0; i < args.size(); ++i) {
      if (type.params[i] == ValType::kI32) {
        u32[i] = static_cast<uint32_t>(args[i].i32());
        js[i] = v8::Undefined(isolate);
      } else if (type.params[i].is_concrete()) {  // The i16 array (checked at compile time).
        array = static_cast<rt::GcObject*>(args[i].ref());
        js[i] = v8::Undefined(isolate);
      } else if (!ToJSValue(context, state, args[i]).ToLocal(&js[i])) {
        return rt::Outcome::Exception();  // Only an exhausted heap.
      }
    }
    Result result = array_body != nullptr ? array_body(isolate, js.span(), u32.span(), array)
                                          : body(isolate, js.span(), u32.span());
    if (const Failure* failure = std::get_if<Failure>(&result)) {
      if (*failure == Failure::kNullArray) {
        return rt::Outcome::FromTrap(
            rt::Trap{rt::TrapKind::kNullArrayReference,
                     std::string(rt::TrapMessage(rt::TrapKind::kNullArrayReference)),
                     {}});
      }
      return rt::Outcome::FromTrap(rt::Trap{
          rt::TrapKind::kHostTrap,
          *failure == kNotString ? "wasm:js-string builtin: not a string"
                                 : "wasm:js-string builtin: index or code point out of range",
          {}});
    }
    if (const int32_t* number = std::get_if<int32_t>(&result)) {
      results[0] = rt::Value::I32(*number);
      return rt::Outcome::Ok();
    }
    // A string as an externref: its handle, made and stored before any JS runs.
    std::optional<rt::Value> string = ToWebAssemblyValue(
        context, state, std::get<v8::Local<v8::String>>(result), ValType::kExternRef, "");
    if (!string) return rt::Outcome::Exception();  // Only an exhausted heap.
    results[0] = *string;
    return rt::Outcome::Ok();
  };
  return state.store().CreateHostFunction(type, std::move(callback));
}

}  // namespace

bool ReadCompileOptions(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                        std::string_view what, CompileOptions* options) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> dictionary;
  if (!ToDictionary(context, value, what, &dictionary)) return false;
  if (dictionary.IsEmpty()) return true;
  // Members in lexicographic order: builtins, importedStringConstants.
  v8::Local<v8::Value> member;
  if (!GetDictionaryMember(context, dictionary, "builtins", &member)) return false;
  if (!member->IsUndefined()) {
    // sequence<USVString>.
    std::vector<v8::Local<v8::Value>> names;
    if (!ToSequence(context, member, std::string(what) + ".builtins", &names)) return false;
    for (v8::Local<v8::Value> name : names) {
      v8::Local<v8::String> text;
      if (!name->ToString(context).ToLocal(&text)) return false;
      // Unknown builtin sets are ignored, as the proposal says.
      if (text->StringEquals(v8::String::NewFromUtf8Literal(isolate, "js-string"))) {
        options->js_string_builtins = true;
      }
    }
  }
  if (!GetDictionaryMember(context, dictionary, "importedStringConstants", &member)) return false;
  if (!member->IsUndefined() && !member->IsNull()) {
    v8::Local<v8::String> text;
    if (!member->ToString(context).ToLocal(&text)) return false;
    v8::String::Utf8Value utf8(isolate, text);
    options->imported_string_constants = std::string(*utf8, static_cast<size_t>(utf8.length()));
  }
  return true;
}

std::string CheckProvidedImports(const rt::Module& module, const CompileOptions& options) {
  for (const rt::Import& import : module.imports) {
    if (IsStringConstant(options, import)) {
      if (import.kind != rt::ExternKind::kGlobal || import.global.mutable_ ||
          (import.global.type != ValType::kExternRef && import.global.type != kRefExtern)) {
        return "imported string constant \"" + import.module + "\" \"" + import.name +
               "\" must be an immutable global of type externref or (ref extern)";
      }
      continue;
    }
    const Builtin* builtin = FindBuiltin(options, import);
    if (builtin == nullptr) continue;
    const std::string label = "imported builtin wasm:js-string \"" + import.name + "\"";
    const rt::FuncType expected{builtin->params, {builtin->result}};
    if (import.kind != rt::ExternKind::kFunction ||
        // The canonical type, not only its signature: a function type in a rec group of its
        // own, final, as the proposal declares them.
        module.canonical_type_ids[import.type_index] != rt::CanonicalTypeId(expected)) {
      return label + " must be a function of type " + std::string(builtin->type_text);
    }
  }
  return "";
}

bool IsProvidedImport(const CompileOptions& options, const rt::Import& import) {
  return IsStringConstant(options, import) || FindBuiltin(options, import) != nullptr;
}

rt::Extern ProvidedImport(v8::Local<v8::Context> context, State& state,
                          const CompileOptions& options, const rt::Import& import) {
  if (IsStringConstant(options, import)) {
    // Converting a string to externref cannot fail.
    std::optional<rt::Value> value = ToWebAssemblyValue(
        context, state, ToV8String(state.isolate(), import.name), ValType::kExternRef, "");
    // Of the import's own type (externref or (ref extern)), so that it matches.
    return rt::Extern::Of(
        std::make_shared<rt::Global>(rt::GlobalType{import.global.type, false}, *value));
  }
  return rt::Extern::Of(NewBuiltinFunction(state, *FindBuiltin(options, import)));
}

}  // namespace linea::bindings
