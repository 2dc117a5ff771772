// The `console` object: log/info/debug to stdout, warn/error/trace to stderr, with node's
// formatting; also assert, dir, count, time, group.
#ifndef LINEA_SHELL_CONSOLE_H_
#define LINEA_SHELL_CONSOLE_H_

#include <v8.h>

namespace linea::shell {

void InstallConsole(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell

#endif  // LINEA_SHELL_CONSOLE_H_
