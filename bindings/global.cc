#include "bindings/global.h"

#include <string>
#include <utility>

#include "bindings/type_reflection.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

constexpr const char* kName = "WebAssembly.Global";

// new Global(descriptor, v)
void ConstructGlobal(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kName) || !RequireArguments(info, 1, kName)) return;

  // GlobalDescriptor, members in lexicographic order: mutable, value.
  v8::Local<v8::Object> descriptor;
  if (!ToDictionary(context, info[0], "WebAssembly.Global(): descriptor", &descriptor)) return;
  v8::Local<v8::Value> member;
  if (!GetDictionaryMember(context, descriptor, "mutable", &member)) return;
  bool is_mutable = member->BooleanValue(isolate);
  if (!GetDictionaryMember(context, descriptor, "value", &member)) return;
  if (member->IsUndefined()) {
    ThrowTypeError(isolate, "WebAssembly.Global(): descriptor.value is required");
    return;
  }
  std::optional<rt::ValType> type = ToValueType(context, member, /*references_only=*/false,
                                                "WebAssembly.Global(): descriptor.value");
  if (!type) return;
  if (*type == rt::ValType::kV128) {
    ThrowTypeError(isolate, "WebAssembly.Global(): a v128 global cannot be made from JavaScript");
    return;
  }

  std::optional<rt::Value> value =
      IsMissing(info, 1)
          ? DefaultValue(context, state, *type)
          : ToWebAssemblyValue(context, state, info[1], *type, "WebAssembly.Global(): value");
  if (!value) return;

  auto global = std::make_shared<rt::Global>(rt::GlobalType{*type, is_mutable}, *value);
  Wrappable::Attach(isolate, info.This(), std::make_unique<GlobalObject>(state, std::move(global)));
}

// GetGlobalValue(global)
void GetValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  GlobalObject* self = UnwrapReceiver<GlobalObject>(info);
  if (self == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  rt::Value value = self->global()->value();
  if (value.type == rt::ValType::kV128) {
    ThrowTypeError(isolate, "WebAssembly.Global: the value of a v128 global cannot be read");
    return;
  }
  v8::Local<v8::Value> result;
  if (ToJSValue(isolate->GetCurrentContext(), State::From(info), value).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
}

// set Global.prototype.value. WebIDL's attribute setter takes the given value as undefined when
// called with no arguments (it no longer throws), so there is no argument count check here.
void SetValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  GlobalObject* self = UnwrapReceiver<GlobalObject>(info);
  if (self == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  rt::Global& global = *self->global();
  if (global.type().type == rt::ValType::kV128) {
    ThrowTypeError(isolate, "WebAssembly.Global: the value of a v128 global cannot be set");
    return;
  }
  if (!global.type().mutable_) {
    ThrowTypeError(isolate, "WebAssembly.Global: cannot set the value of an immutable global");
    return;
  }
  std::optional<rt::Value> value =
      ToWebAssemblyValue(isolate->GetCurrentContext(), State::From(info), info[0],
                         global.type().type, "WebAssembly.Global: value");
  if (value) global.set_value(*value);
}

constexpr Operation kOperations[] = {{"valueOf", GetValue, 0}, {"type", GlobalTypeOperation, 0}};
constexpr Attribute kAttributes[] = {{"value", GetValue, SetValue}};

}  // namespace

GlobalObject::GlobalObject(State& state, std::shared_ptr<rt::Global> global)
    : CachedWrappable(state, global.get()), global_(std::move(global)) {
  state.tracer().NoteNewRoot(global_.get());  // Made while V8 marks: not reported (heap_tracer.h).
}

bool InstallGlobal(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {.interface = Interface::kGlobal,
                                               .constructor = ConstructGlobal,
                                               .length = 1,
                                               .operations = kOperations,
                                               .attributes = kAttributes};
  return InstallInterface(context, state, namespace_object, kDefinition);
}

v8::MaybeLocal<v8::Object> GetGlobalObject(v8::Local<v8::Context> context, State& state,
                                           const std::shared_ptr<rt::Global>& global) {
  return GetOrCreateCachedObject<GlobalObject>(context, state, global);
}

}  // namespace linea::bindings
