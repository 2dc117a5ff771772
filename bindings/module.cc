#include "bindings/module.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "bindings/errors.h"
#include "bindings/type_reflection.h"
#include "bindings/webidl.h"
#include "runtime/decode/decoder.h"

namespace linea::bindings {
namespace {

constexpr const char* kName = "WebAssembly.Module";

// A plain object with `entries` as data properties, in order (a WebIDL dictionary converted to
// JS: members in lexicographic order).
v8::MaybeLocal<v8::Object> NewRecord(
    v8::Local<v8::Context> context,
    std::initializer_list<std::pair<const char*, std::string_view>> entries) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> record = v8::Object::New(isolate);
  for (const auto& [key, value] : entries) {
    if (record->CreateDataProperty(context, ToV8String(isolate, key), ToV8String(isolate, value))
            .IsNothing()) {
      return {};
    }
  }
  return record;
}

// The type reflection proposal's `type` member of import and export descriptors, last in the
// dictionaries' lexicographic member order.
bool AddType(v8::Local<v8::Context> context, v8::Local<v8::Object> record,
             v8::Local<v8::Object> type) {
  return record
      ->CreateDataProperty(context, v8::String::NewFromUtf8Literal(context->GetIsolate(), "type"),
                           type)
      .FromMaybe(false);
}

// new Module(bytes, options)
void ConstructModule(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, kName) || !RequireArguments(info, 1, kName)) return;
  std::vector<uint8_t> copy;
  std::optional<std::span<const uint8_t>> bytes =
      BufferSourceBytes(isolate, info[0], info[1], "WebAssembly.Module(): Argument 0", &copy);
  if (!bytes) return;
  CompileOptions options;
  if (!ReadCompileOptions(context, info[1], "WebAssembly.Module(): Argument 1", &options)) return;
  auto module = rt::DecodeModule(*bytes);
  std::string error =
      module.ok() ? CheckProvidedImports(*module.value(), options) : module.error().message;
  if (!error.empty()) {
    ThrowWasmError(context, state, ErrorType::kCompileError, "WebAssembly.Module(): " + error);
    return;
  }
  Wrappable::Attach(isolate, info.This(),
                    std::make_unique<ModuleObject>(std::move(module).value(), std::move(options)));
}

// Module.exports(moduleObject): [{kind, name, type}, ...]
void Exports(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireArguments(info, 1, "WebAssembly.Module.exports")) return;
  ModuleObject* self =
      Unwrap<ModuleObject>(state, info[0], "WebAssembly.Module.exports(): Argument 0");
  if (self == nullptr) return;
  std::vector<v8::Local<v8::Value>> list;
  for (const rt::Export& e : self->module()->exports) {
    v8::Local<v8::Object> record;
    v8::Local<v8::Object> type;
    if (!NewRecord(context, {{"kind", rt::ExternKindName(e.kind)}, {"name", e.name}})
             .ToLocal(&record) ||
        !ExportTypeToJS(context, *self->module(), e).ToLocal(&type) ||
        !AddType(context, record, type)) {
      return;
    }
    list.push_back(record);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, list.data(), list.size()));
}

// Module.imports(moduleObject): [{kind, module, name, type}, ...]
void Imports(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireArguments(info, 1, "WebAssembly.Module.imports")) return;
  ModuleObject* self =
      Unwrap<ModuleObject>(state, info[0], "WebAssembly.Module.imports(): Argument 0");
  if (self == nullptr) return;
  std::vector<v8::Local<v8::Value>> list;
  for (const rt::Import& i : self->module()->imports) {
    // JS string builtins: imports the engine provides are not reflected.
    if (IsProvidedImport(self->options(), i)) continue;
    v8::Local<v8::Object> record;
    v8::Local<v8::Object> type;
    if (!NewRecord(context,
                   {{"kind", rt::ExternKindName(i.kind)}, {"module", i.module}, {"name", i.name}})
             .ToLocal(&record) ||
        !ImportTypeToJS(context, *self->module(), i).ToLocal(&type) ||
        !AddType(context, record, type)) {
      return;
    }
    list.push_back(record);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, list.data(), list.size()));
}

// Module.customSections(moduleObject, sectionName): copies of the matching sections' contents.
void CustomSections(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireArguments(info, 2, "WebAssembly.Module.customSections")) return;
  ModuleObject* self =
      Unwrap<ModuleObject>(state, info[0], "WebAssembly.Module.customSections(): Argument 0");
  if (self == nullptr) return;
  v8::Local<v8::String> section_name;  // DOMString: ToString (TypeError for symbols).
  if (!info[1]->ToString(context).ToLocal(&section_name)) return;
  std::vector<v8::Local<v8::Value>> list;
  for (const rt::CustomSection& section : self->module()->custom_sections) {
    // Compared as JS strings: the section name decoded from UTF-8 against the DOMString.
    if (!ToV8String(isolate, section.name)->StringEquals(section_name)) continue;
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, section.bytes.size());
    if (!section.bytes.empty()) {
      std::memcpy(buffer->Data(), section.bytes.data(), section.bytes.size());
    }
    list.push_back(buffer);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, list.data(), list.size()));
}

constexpr Operation kStaticOperations[] = {
    {"exports", Exports, 1}, {"imports", Imports, 1}, {"customSections", CustomSections, 2}};

}  // namespace

bool InstallModule(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kDefinition = {.interface = Interface::kModule,
                                               .constructor = ConstructModule,
                                               .length = 1,
                                               .static_operations = kStaticOperations};
  return InstallInterface(context, state, namespace_object, kDefinition);
}

v8::MaybeLocal<v8::Object> NewModuleObject(v8::Local<v8::Context> context, State& state,
                                           std::shared_ptr<const rt::Module> module,
                                           CompileOptions options) {
  return Wrappable::Create(context, state, Interface::kModule,
                           std::make_unique<ModuleObject>(std::move(module), std::move(options)));
}

}  // namespace linea::bindings
