#include "bindings/imports.h"

#include <algorithm>
#include <memory>
#include <string>

#include "bindings/errors.h"
#include "bindings/exported_function.h"
#include "bindings/global.h"
#include "bindings/host_function.h"
#include "bindings/memory.h"
#include "bindings/suspending.h"
#include "bindings/table.h"
#include "bindings/tag.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"
#include "bindings/wrapper.h"

namespace linea::bindings {
namespace {

std::string ImportLabel(std::string_view where, size_t index, const rt::Import& import) {
  return std::string(where) + ": Import #" + std::to_string(index) + " \"" + import.module +
         "\" \"" + import.name + "\"";
}

// The global an import gets from a plain JS value: a new immutable global holding it.
std::shared_ptr<rt::Global> GlobalFromValue(v8::Local<v8::Context> context, State& state,
                                            v8::Local<v8::Value> value, rt::ValType type,
                                            const std::string& label) {
  bool kind_ok = true;
  const char* expected = "";
  if (type.is_ref()) {
    kind_ok = !rt::IsExnRefType(type);
    expected = "a WebAssembly.Global (exnref values cannot come from JavaScript)";
  }
  switch (type.is_ref() ? rt::ValType::kFuncRef : type) {
    case rt::ValType::kI64:
      kind_ok = value->IsBigInt();
      expected = "a BigInt or a WebAssembly.Global";
      break;
    case rt::ValType::kI32:
    case rt::ValType::kF32:
    case rt::ValType::kF64:
      kind_ok = value->IsNumber();
      expected = "a Number or a WebAssembly.Global";
      break;
    case rt::ValType::kV128:
      kind_ok = false;
      expected = "a WebAssembly.Global (v128 values cannot come from JavaScript)";
      break;
    default:
      break;
  }
  if (!kind_ok) {
    ThrowWasmError(context, state, ErrorType::kLinkError,
                   label + ": global import must be " + expected + ", got " +
                       DescribeValue(state.isolate(), value));
    return nullptr;
  }
  std::optional<rt::Value> converted;
  {
    v8::TryCatch try_catch(state.isolate());
    converted = ToWebAssemblyValue(context, state, value, type, label);
  }
  // Only a funcref can fail here (not null nor an Exported Function): a TypeError the spec
  // turns into a LinkError.
  if (!converted) {
    ThrowWasmError(context, state, ErrorType::kLinkError,
                   label +
                       ": global import of type funcref must be null or an exported "
                       "WebAssembly function");
    return nullptr;
  }
  return std::make_shared<rt::Global>(rt::GlobalType{type, false}, *converted);
}

}  // namespace

std::optional<std::vector<rt::Extern>> ReadImports(v8::Local<v8::Context> context, State& state,
                                                   const rt::Module& module,
                                                   v8::Local<v8::Value> import_object,
                                                   std::string_view where,
                                                   const CompileOptions& options) {
  v8::Isolate* isolate = state.isolate();
  std::vector<rt::Extern> externs;
  // Imports the engine provides (JS string builtins) are not read from the import object.
  if (std::all_of(module.imports.begin(), module.imports.end(),
                  [&](const rt::Import& i) { return IsProvidedImport(options, i); })) {
    for (const rt::Import& import : module.imports) {
      externs.push_back(ProvidedImport(context, state, options, import));
    }
    return externs;
  }
  if (!import_object->IsObject()) {
    ThrowTypeError(isolate,
                   std::string(where) + ": the module has imports, but no import object was given");
    return std::nullopt;
  }
  v8::Local<v8::Object> imports = import_object.As<v8::Object>();
  uint32_t function_count = 0;
  for (size_t i = 0; i < module.imports.size(); ++i) {
    const rt::Import& import = module.imports[i];
    if (IsProvidedImport(options, import)) {
      externs.push_back(ProvidedImport(context, state, options, import));
      continue;
    }
    std::string label = ImportLabel(where, i, import);
    v8::Local<v8::Value> entry;
    if (!imports->Get(context, ToV8String(isolate, import.module)).ToLocal(&entry)) {
      return std::nullopt;
    }
    if (!entry->IsObject()) {
      ThrowTypeError(isolate, std::string(where) + ": Import #" + std::to_string(i) + " \"" +
                                  import.module + "\": module is not an object or function");
      return std::nullopt;
    }
    v8::Local<v8::Value> value;
    if (!entry.As<v8::Object>()->Get(context, ToV8String(isolate, import.name)).ToLocal(&value)) {
      return std::nullopt;
    }

    switch (import.kind) {
      case rt::ExternKind::kFunction: {
        if (Implements(state, Interface::kSuspending, value)) {  // JSPI (suspending.h).
          externs.push_back(rt::Extern::Of(
              CreateSuspendingImport(state, *Unwrap<SuspendingObject>(state, value, label),
                                     module.types[import.type_index], function_count++)));
          break;
        }
        if (!value->IsFunction()) {
          ThrowWasmError(context, state, ErrorType::kLinkError,
                         label + ": function import requires a callable, got " +
                             DescribeValue(isolate, value));
          return std::nullopt;
        }
        // An Exported Function is imported as the function itself: wasm calls it directly.
        rt::Function* function = ExportedFunctionAddress(context, state, value);
        if (function == nullptr) {
          function = CreateHostFunction(state, value.As<v8::Function>(),
                                        module.types[import.type_index], function_count);
        }
        ++function_count;
        externs.push_back(rt::Extern::Of(function));
        break;
      }
      case rt::ExternKind::kGlobal: {
        if (Implements(state, Interface::kGlobal, value)) {
          externs.push_back(rt::Extern::Of(Unwrap<GlobalObject>(state, value, label)->global()));
          break;
        }
        std::shared_ptr<rt::Global> global =
            GlobalFromValue(context, state, value, import.global.type, label);
        if (global == nullptr) return std::nullopt;
        externs.push_back(rt::Extern::Of(std::move(global)));
        break;
      }
      case rt::ExternKind::kMemory: {
        if (!Implements(state, Interface::kMemory, value)) {
          ThrowWasmError(context, state, ErrorType::kLinkError,
                         label + ": memory import must be a WebAssembly.Memory object");
          return std::nullopt;
        }
        externs.push_back(rt::Extern::Of(Unwrap<MemoryObject>(state, value, label)->memory()));
        break;
      }
      case rt::ExternKind::kTable: {
        if (!Implements(state, Interface::kTable, value)) {
          ThrowWasmError(context, state, ErrorType::kLinkError,
                         label + ": table import must be a WebAssembly.Table object");
          return std::nullopt;
        }
        externs.push_back(rt::Extern::Of(Unwrap<TableObject>(state, value, label)->table()));
        break;
      }
      case rt::ExternKind::kTag: {
        if (!Implements(state, Interface::kTag, value)) {
          ThrowWasmError(context, state, ErrorType::kLinkError,
                         label + ": tag import must be a WebAssembly.Tag object");
          return std::nullopt;
        }
        externs.push_back(rt::Extern::Of(Unwrap<TagObject>(state, value, label)->tag()));
        break;
      }
    }
  }
  return externs;
}

}  // namespace linea::bindings
