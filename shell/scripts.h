// Compiling and running classic scripts in the shell's context.
#ifndef LINEA_SHELL_SCRIPTS_H_
#define LINEA_SHELL_SCRIPTS_H_

#include <v8.h>

#include <string>

namespace linea::shell {

// Compiles and runs `source` as a classic script named `name` (shown in stack traces).
// Exceptions are left in the caller's TryCatch; the result is the completion value.
v8::MaybeLocal<v8::Value> RunClassicScript(v8::Local<v8::Context> context,
                                           const std::string& source, const std::string& name);

}  // namespace linea::shell

#endif  // LINEA_SHELL_SCRIPTS_H_
