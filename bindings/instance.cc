#include "bindings/instance.h"

#include <string>
#include <vector>

#include "bindings/error_mapping.h"
#include "bindings/errors.h"
#include "bindings/exported_function.h"
#include "bindings/global.h"
#include "bindings/imports.h"
#include "bindings/memory.h"
#include "bindings/module.h"
#include "bindings/table.h"
#include "bindings/tag.h"
#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

constexpr const char* kName = "WebAssembly.Instance";
constexpr int kExportsField = 2;

// The JS value of one export.
v8::MaybeLocal<v8::Value> ExternToJS(v8::Local<v8::Context> context, State& state,
                                     const rt::Extern& value) {
  switch (value.kind) {
    case rt::ExternKind::kFunction: {
      v8::Local<v8::Function> function;
      if (!GetExportedFunction(context, state, value.function).ToLocal(&function)) return {};
      return function;
    }
    case rt::ExternKind::kTable: {
      v8::Local<v8::Object> table;
      if (!GetTableObject(context, state, value.table).ToLocal(&table)) return {};
      return table;
    }
    case rt::ExternKind::kMemory: {
      v8::Local<v8::Object> memory;
      if (!GetMemoryObject(context, state, value.memory).ToLocal(&memory)) return {};
      return memory;
    }
    case rt::ExternKind::kGlobal: {
      v8::Local<v8::Object> global;
      if (!GetGlobalObject(context, state, value.global).ToLocal(&global)) return {};
      return global;
    }
    case rt::ExternKind::kTag: {
      v8::Local<v8::Object> tag;
      if (!GetTagObject(context, state, value.tag).ToLocal(&tag)) return {};
      return tag;
    }
  }
  return {};
}

// "Create an exports object": null prototype, one data property per export, frozen.
v8::MaybeLocal<v8::Object> NewExportsObject(v8::Local<v8::Context> context, State& state,
                                            rt::Instance* instance) {
  v8::Isolate* isolate = state.isolate();
  v8::Local<v8::Object> exports = v8::Object::New(isolate);
  if (exports->SetPrototype(context, v8::Null(isolate)).IsNothing()) return {};
  for (const auto& [name, value] : instance->exports) {
    v8::Local<v8::Value> js_value;
    if (!ExternToJS(context, state, value).ToLocal(&js_value) ||
        exports->CreateDataProperty(context, ToV8String(isolate, name), js_value).IsNothing()) {
      return {};
    }
  }
  if (exports->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen).IsNothing()) return {};
  return exports;
}

// "Initialize an instance object".
bool InitializeInstanceObject(v8::Local<v8::Context> context, State& state,
                              v8::Local<v8::Object> object, rt::Instance* instance) {
  v8::Local<v8::Object> exports;
  if (!NewExportsObject(context, state, instance).ToLocal(&exports)) return false;
  object->SetInternalField(kExportsField, exports);
  Wrappable::Attach(state.isolate(), object, std::make_unique<InstanceObject>(instance));
  state.tracer().NoteNewRoot(instance);
  return true;
}

// new Instance(module, importObject)
void ConstructInstance(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kName) || !RequireArguments(info, 1, kName)) return;
  ModuleObject* module = Unwrap<ModuleObject>(state, info[0], "WebAssembly.Instance(): Argument 0");
  if (module == nullptr) return;
  v8::Local<v8::Value> import_object = info[1];
  if (!CheckOptionalObject(isolate, import_object, "WebAssembly.Instance(): Argument 1")) return;
  state.CollectStoreIfDue();
  // From reading the imports to wrapping the instance, only C++ holds what it made.
  State::CollectionBlock block(state);
  std::optional<std::vector<rt::Extern>> imports =
      ReadImports(context, state, *module->module(), import_object, "WebAssembly.Instance()",
                  module->options());
  if (!imports) return;
  rt::Instance* instance =
      InstantiateCore(context, state, module->module(), *imports, "WebAssembly.Instance()");
  if (instance == nullptr) return;
  InitializeInstanceObject(context, state, info.This(), instance);
}

// get Instance.prototype.exports
void GetExports(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (UnwrapReceiver<InstanceObject>(info) == nullptr) return;
  info.GetReturnValue().Set(info.This().As<v8::Object>()->GetInternalField(kExportsField));
}

constexpr Attribute kAttributes[] = {{"exports", GetExports, nullptr}};

}  // namespace

bool InstallInstance(v8::Local<v8::Context> context, State& state,
                     v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {.interface = Interface::kInstance,
                                               .constructor = ConstructInstance,
                                               .length = 1,
                                               .attributes = kAttributes};
  return InstallInterface(context, state, namespace_object, kDefinition);
}

rt::Instance* InstantiateCore(v8::Local<v8::Context> context, State& state,
                              std::shared_ptr<const rt::Module> module,
                              std::span<const rt::Extern> imports, std::string_view where) {
  rt::InstantiateResult result = state.store().Instantiate(std::move(module), imports);
  switch (result.kind) {
    case rt::InstantiateResult::Kind::kOk:
      return result.instance;
    case rt::InstantiateResult::Kind::kLinkError:
      ThrowWasmError(context, state, ErrorType::kLinkError,
                     std::string(where) + ": " + result.message);
      return nullptr;
    case rt::InstantiateResult::Kind::kResourceExhausted:
      // A table or memory of the module could not be allocated: as for the constructors.
      ThrowRangeError(state.isolate(), std::string(where) + ": " + result.message);
      return nullptr;
    case rt::InstantiateResult::Kind::kTrap:
      ThrowTrap(context, state, result.trap);
      return nullptr;
    case rt::InstantiateResult::Kind::kException:
      state.RethrowPendingException();
      return nullptr;
    case rt::InstantiateResult::Kind::kThrow:
      ThrowOutcome(context, state, rt::Outcome::Throw(result.exception));
      return nullptr;
  }
  return nullptr;
}

v8::Local<v8::Value> InstanceExports(v8::Local<v8::Object> instance_object) {
  return instance_object->GetInternalField(kExportsField);
}

v8::MaybeLocal<v8::Object> NewInstanceObject(v8::Local<v8::Context> context, State& state,
                                             rt::Instance* instance) {
  v8::Local<v8::Object> object;
  if (!state.interface_template(Interface::kInstance)
           ->InstanceTemplate()
           ->NewInstance(context)
           .ToLocal(&object) ||
      !InitializeInstanceObject(context, state, object, instance)) {
    return {};
  }
  return object;
}

}  // namespace linea::bindings
