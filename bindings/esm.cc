// CompileModuleForImport and InstantiateForImport (webassembly.h): the bindings' part of the
// WebAssembly ES module integration; the module graph is the shell's (shell/modules.cc).
#include <algorithm>
#include <string>
#include <vector>

#include "bindings/errors.h"
#include "bindings/imports.h"
#include "bindings/instance.h"
#include "bindings/module.h"
#include "bindings/webassembly.h"
#include "bindings/wrapper.h"
#include "runtime/decode/decoder.h"

namespace linea::bindings {

v8::MaybeLocal<v8::Object> CompileModuleForImport(v8::Local<v8::Context> context,
                                                  std::span<const uint8_t> bytes,
                                                  const std::string& name,
                                                  ModuleInterface* interface) {
  State* state = State::Get(context->GetIsolate());
  if (state == nullptr) return {};
  auto module = rt::DecodeModule(bytes);
  if (!module.ok()) {
    ThrowWasmError(context, *state, ErrorType::kCompileError, name + ": " + module.error().message);
    return {};
  }
  for (const rt::Import& import : module.value()->imports) {
    std::vector<std::string>& names = interface->import_modules;
    if (std::find(names.begin(), names.end(), import.module) == names.end()) {
      names.push_back(import.module);
    }
  }
  for (const rt::Export& e : module.value()->exports) interface->export_names.push_back(e.name);
  return NewModuleObject(context, *state, std::move(module).value());
}

v8::MaybeLocal<v8::Object> InstantiateForImport(v8::Local<v8::Context> context,
                                                v8::Local<v8::Value> module,
                                                v8::Local<v8::Value> import_object) {
  State* state = State::Get(context->GetIsolate());
  if (state == nullptr) return {};
  v8::Local<v8::Function> constructor;
  v8::Local<v8::Value> args[] = {module, import_object};
  v8::Local<v8::Object> instance;
  if (!state->interface_template(Interface::kInstance)
           ->GetFunction(context)
           .ToLocal(&constructor) ||
      !constructor->NewInstance(context, 2, args).ToLocal(&instance)) {
    return {};
  }
  return InstanceExports(instance).As<v8::Object>();
}

}  // namespace linea::bindings
