#include "bindings/type_reflection.h"

#include <string>
#include <vector>

#include "bindings/address_value.h"
#include "bindings/exported_function.h"
#include "bindings/global.h"
#include "bindings/host_function.h"
#include "bindings/memory.h"
#include "bindings/table.h"
#include "bindings/tag.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "bindings/wrapper.h"

namespace linea::bindings {
namespace {

constexpr const char* kFunctionName = "WebAssembly.Function";

bool Put(v8::Local<v8::Context> context, v8::Local<v8::Object> object, std::string_view key,
         v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  return object->CreateDataProperty(context, ToV8String(isolate, key), value).FromMaybe(false);
}

v8::Local<v8::Array> ValueTypeList(v8::Isolate* isolate, const std::vector<rt::ValType>& types) {
  std::vector<v8::Local<v8::Value>> names;
  for (rt::ValType type : types) names.push_back(ToV8String(isolate, rt::ValTypeName(type)));
  return v8::Array::New(isolate, names.data(), names.size());
}

// The limits members, in the dictionaries' lexicographic order around them.
bool PutLimits(v8::Local<v8::Context> context, v8::Local<v8::Object> object,
               const rt::Limits& limits, bool address64) {
  v8::Isolate* isolate = context->GetIsolate();
  if (limits.max &&
      !Put(context, object, "maximum", FromAddressValue(isolate, *limits.max, address64))) {
    return false;
  }
  return Put(context, object, "minimum", FromAddressValue(isolate, limits.min, address64));
}

// A sequence<ValueType> member of a FunctionType dictionary (any iterable, as WebIDL says).
std::optional<std::vector<rt::ValType>> ReadValueTypes(v8::Local<v8::Context> context,
                                                       v8::Local<v8::Object> dictionary,
                                                       std::string_view member) {
  v8::Isolate* isolate = context->GetIsolate();
  const std::string what = std::string(kFunctionName) + "(): type." + std::string(member);
  v8::Local<v8::Value> value;
  if (!GetDictionaryMember(context, dictionary, member, &value)) return std::nullopt;
  if (value->IsUndefined()) {
    ThrowTypeError(isolate, what + " is required");
    return std::nullopt;
  }
  std::vector<v8::Local<v8::Value>> elements;
  if (!ToSequence(context, value, what, &elements)) return std::nullopt;
  std::vector<rt::ValType> types;
  for (size_t i = 0; i < elements.size(); ++i) {
    std::optional<rt::ValType> type =
        ToValueType(context, elements[i], false, what + "[" + std::to_string(i) + "]");
    if (!type) return std::nullopt;
    types.push_back(*type);
  }
  return types;
}

// new WebAssembly.Function(type, func): an Exported Function of a new host function of `type`
// that calls `func` (as an import would).
void ConstructFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kFunctionName) || !RequireArguments(info, 2, kFunctionName)) {
    return;
  }
  v8::Local<v8::Object> dictionary;
  if (!ToDictionary(context, info[0], std::string(kFunctionName) + "(): type", &dictionary)) {
    return;
  }
  rt::FuncType type;
  std::optional<std::vector<rt::ValType>> params =
      ReadValueTypes(context, dictionary, "parameters");
  if (!params) return;
  std::optional<std::vector<rt::ValType>> results = ReadValueTypes(context, dictionary, "results");
  if (!results) return;
  type.params = std::move(*params);
  type.results = std::move(*results);
  if (!info[1]->IsFunction()) {
    ThrowTypeError(isolate, std::string(kFunctionName) + "(): Argument 1 must be a function");
    return;
  }
  v8::Local<v8::Function> callable = info[1].As<v8::Function>();
  rt::Function* function = CreateHostFunction(state, callable, type, 0);
  v8::Local<v8::Function> object;
  if (!GetExportedFunction(context, state, function).ToLocal(&object)) return;
  // Named after the JS function it wraps, as V8 does (the JS API names host functions by their
  // import index, which such a function does not have).
  object->SetName(callable->GetName().As<v8::String>());
  info.GetReturnValue().Set(object);
}

// WebAssembly.Function.prototype.type()
void FunctionTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  rt::Function* function = ExportedFunctionAddress(context, state, info.This());
  if (function == nullptr) {
    ThrowTypeError(info.GetIsolate(), "Receiver is not a WebAssembly.Function");
    return;
  }
  v8::Local<v8::Object> type;
  if (FunctionTypeToJS(context, function->type()).ToLocal(&type)) info.GetReturnValue().Set(type);
}

constexpr Operation kFunctionOperations[] = {{"type", FunctionTypeOperation, 0}};

template <typename T, typename Convert>
void TypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info, Convert convert) {
  T* self = UnwrapReceiver<T>(info);
  if (self == nullptr) return;
  v8::Local<v8::Object> type;
  if (convert(info.GetIsolate()->GetCurrentContext(), *self).ToLocal(&type)) {
    info.GetReturnValue().Set(type);
  }
}

}  // namespace

v8::MaybeLocal<v8::Object> FunctionTypeToJS(v8::Local<v8::Context> context,
                                            const rt::FuncType& type, bool with_results) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  if (!Put(context, object, "parameters", ValueTypeList(isolate, type.params)) ||
      (with_results && !Put(context, object, "results", ValueTypeList(isolate, type.results)))) {
    return {};
  }
  return object;
}

v8::MaybeLocal<v8::Object> MemoryTypeToJS(v8::Local<v8::Context> context,
                                          const rt::MemoryType& type) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  if (!Put(context, object, "address", ToV8String(isolate, type.address64 ? "i64" : "i32")) ||
      !PutLimits(context, object, type.limits, type.address64) ||
      !Put(context, object, "shared", v8::Boolean::New(isolate, type.shared))) {
    return {};
  }
  return object;
}

v8::MaybeLocal<v8::Object> TableTypeToJS(v8::Local<v8::Context> context,
                                         const rt::TableType& type) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  if (!Put(context, object, "address", ToV8String(isolate, type.address64 ? "i64" : "i32")) ||
      !Put(context, object, "element", ToV8String(isolate, rt::ValTypeName(type.element))) ||
      !PutLimits(context, object, type.limits, type.address64)) {
    return {};
  }
  return object;
}

v8::MaybeLocal<v8::Object> GlobalTypeToJS(v8::Local<v8::Context> context,
                                          const rt::GlobalType& type) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  if (!Put(context, object, "mutable", v8::Boolean::New(isolate, type.mutable_)) ||
      !Put(context, object, "value", ToV8String(isolate, rt::ValTypeName(type.type)))) {
    return {};
  }
  return object;
}

v8::MaybeLocal<v8::Object> ImportTypeToJS(v8::Local<v8::Context> context, const rt::Module& module,
                                          const rt::Import& import) {
  switch (import.kind) {
    case rt::ExternKind::kFunction:
      return FunctionTypeToJS(context, module.types[import.type_index]);
    case rt::ExternKind::kTag:
      return FunctionTypeToJS(context, module.types[import.type_index], false);
    case rt::ExternKind::kTable:
      return TableTypeToJS(context, import.table);
    case rt::ExternKind::kMemory:
      return MemoryTypeToJS(context, import.memory);
    case rt::ExternKind::kGlobal:
      return GlobalTypeToJS(context, import.global);
  }
  return {};
}

v8::MaybeLocal<v8::Object> ExportTypeToJS(v8::Local<v8::Context> context, const rt::Module& module,
                                          const rt::Export& e) {
  switch (e.kind) {
    case rt::ExternKind::kFunction:
      return FunctionTypeToJS(context, module.func_type(e.index));
    case rt::ExternKind::kTag:
      return FunctionTypeToJS(context, module.types[module.tag_type_indices[e.index]], false);
    case rt::ExternKind::kTable:
      return TableTypeToJS(context, module.tables[e.index]);
    case rt::ExternKind::kMemory:
      return MemoryTypeToJS(context, module.memories[e.index]);
    case rt::ExternKind::kGlobal:
      return GlobalTypeToJS(context, module.globals[e.index]);
  }
  return {};
}

bool GetInitialOrMinimum(v8::Local<v8::Context> context, v8::Local<v8::Object> descriptor,
                         std::string_view what, v8::Local<v8::Value>* member) {
  // `minimum` is read only without `initial`, so descriptors of the JS API see no new access.
  if (!GetDictionaryMember(context, descriptor, "initial", member)) return false;
  if (!(*member)->IsUndefined()) return true;
  if (!GetDictionaryMember(context, descriptor, "minimum", member)) return false;
  if (!(*member)->IsUndefined()) return true;
  ThrowTypeError(context->GetIsolate(), std::string(what) + ".initial is required");
  return false;
}

void MemoryTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TypeOperation<MemoryObject>(info, [](v8::Local<v8::Context> context, MemoryObject& self) {
    // Its current size is the minimum (js-types: a memory's type has its current limits).
    return MemoryTypeToJS(context, self.memory()->type());
  });
}

void TableTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TypeOperation<TableObject>(info, [](v8::Local<v8::Context> context, TableObject& self) {
    return TableTypeToJS(context, self.table()->type());  // Its current size is the minimum.
  });
}

void GlobalTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TypeOperation<GlobalObject>(info, [](v8::Local<v8::Context> context, GlobalObject& self) {
    return GlobalTypeToJS(context, self.global()->type());
  });
}

void TagTypeOperation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TypeOperation<TagObject>(info, [](v8::Local<v8::Context> context, TagObject& self) {
    return FunctionTypeToJS(context, self.tag()->type(), false);
  });
}

bool InstallFunctionInterface(v8::Local<v8::Context> context, State& state,
                              v8::Local<v8::Object> namespace_object) {
  v8::Isolate* isolate = state.isolate();
  if (state.function_interface_template().IsEmpty()) {
    v8::Local<v8::FunctionTemplate> tmpl =
        v8::FunctionTemplate::New(isolate, ConstructFunction, state.data(), {}, 2);
    tmpl->SetClassName(v8::String::NewFromUtf8Literal(isolate, "Function"));
    tmpl->ReadOnlyPrototype();
    state.set_function_interface_template(tmpl);
  }
  v8::Local<v8::Function> constructor;
  v8::Local<v8::Function> interface_object;
  v8::Local<v8::Object> prototype;
  v8::Local<v8::Value> js_function;
  v8::Local<v8::Value> js_function_prototype;
  if (!state.function_interface_template()->GetFunction(context).ToLocal(&constructor) ||
      !NewInterfaceObject(context, constructor, "Function", 2).ToLocal(&interface_object) ||
      !PrototypeOf(context, interface_object).ToLocal(&prototype) ||
      !context->Global()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "Function"))
           .ToLocal(&js_function) ||
      !js_function->IsFunction() ||
      !js_function.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "prototype"))
           .ToLocal(&js_function_prototype)) {
    return false;
  }
  // A subclass of Function: the interface object inherits from %Function%, its prototype from
  // %Function.prototype%.
  return interface_object->SetPrototype(context, js_function).FromMaybe(false) &&
         prototype->SetPrototype(context, js_function_prototype).FromMaybe(false) &&
         DefineOperations(context, state, prototype, kFunctionOperations) &&
         DefineNonEnumerable(context, namespace_object, "Function", interface_object);
}

v8::MaybeLocal<v8::Object> FunctionPrototype(v8::Local<v8::Context> context, State& state) {
  if (state.function_interface_template().IsEmpty()) return {};
  v8::Local<v8::Function> constructor;
  if (!state.function_interface_template()->GetFunction(context).ToLocal(&constructor)) return {};
  return PrototypeOf(context, constructor);
}

}  // namespace linea::bindings
