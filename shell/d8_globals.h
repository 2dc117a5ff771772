// The globals of V8's d8 shell that JS-shell harnesses and Emscripten's -sENVIRONMENT=shell
// output rely on: print, printErr, read, readbuffer, load, quit, scriptArgs, arguments.
#ifndef LINEA_SHELL_D8_GLOBALS_H_
#define LINEA_SHELL_D8_GLOBALS_H_

#include <v8.h>

namespace linea::shell {

void InstallD8Globals(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell

#endif  // LINEA_SHELL_D8_GLOBALS_H_
