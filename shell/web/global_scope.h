// The global object as a browser window's: `self` (HTML, WindowOrWorkerGlobalScope).
#ifndef LINEA_SHELL_WEB_GLOBAL_SCOPE_H_
#define LINEA_SHELL_WEB_GLOBAL_SCOPE_H_

#include <v8.h>

namespace linea::shell {

void InstallGlobalScope(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell

#endif  // LINEA_SHELL_WEB_GLOBAL_SCOPE_H_
