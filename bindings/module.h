// WebAssembly.Module (JS API spec 4.2): a compiled module, with the static reflection
// operations exports, imports and customSections.
#ifndef LINEA_BINDINGS_MODULE_H_
#define LINEA_BINDINGS_MODULE_H_

#include <v8.h>

#include <memory>

#include "bindings/js_string_builtins.h"
#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/decode/module.h"

namespace linea::bindings {

class ModuleObject : public Wrappable {
 public:
  static constexpr Interface kInterface = Interface::kModule;

  explicit ModuleObject(std::shared_ptr<const rt::Module> module, CompileOptions options = {})
      : module_(std::move(module)), options_(std::move(options)) {}

  const std::shared_ptr<const rt::Module>& module() const { return module_; }
  // The options it was compiled with (JS string builtins): they decide some imports.
  const CompileOptions& options() const { return options_; }

 private:
  std::shared_ptr<const rt::Module> module_;
  CompileOptions options_;
};

// Defines WebAssembly.Module on `namespace_object`.
bool InstallModule(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object);

// "Construct a WebAssembly module object" for a module compiled elsewhere (compile(),
// compileStreaming()).
v8::MaybeLocal<v8::Object> NewModuleObject(v8::Local<v8::Context> context, State& state,
                                           std::shared_ptr<const rt::Module> module,
                                           CompileOptions options = {});

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_MODULE_H_
