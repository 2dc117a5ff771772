// "Read the imports" (JS API spec 4.1): turns the import object into the external values a
// module's imports are given, checking only that each is the right kind of JS value; type
// matching is the runtime's (at instantiation, as a LinkError).
#ifndef LINEA_BINDINGS_IMPORTS_H_
#define LINEA_BINDINGS_IMPORTS_H_

#include <v8.h>

#include <optional>
#include <string_view>
#include <vector>

#include "bindings/js_string_builtins.h"
#include "bindings/state.h"
#include "runtime/decode/module.h"
#include "runtime/store/instance.h"

namespace linea::bindings {

// Throws a TypeError when `import_object` is undefined but needed or a module entry is not an
// object, a LinkError (naming the import) for a value of the wrong kind. `where` prefixes the
// messages, e.g. "WebAssembly.Instance()".
std::optional<std::vector<rt::Extern>> ReadImports(v8::Local<v8::Context> context, State& state,
                                                   const rt::Module& module,
                                                   v8::Local<v8::Value> import_object,
                                                   std::string_view where,
                                                   const CompileOptions& options = {});

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_IMPORTS_H_
