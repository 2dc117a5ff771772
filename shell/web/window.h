// self, navigator (Navigator) and location (Location) on the global (shell/web/js/window.js).
#ifndef LINEA_SHELL_WEB_WINDOW_H_
#define LINEA_SHELL_WEB_WINDOW_H_

#include <v8.h>

namespace linea::shell::web {

// Needs URL installed. The location is the page's file: URL for `linea page.html`, --location's
// URL when given, and none otherwise (as in Deno); an invalid --location is a TypeError.
void InstallWindow(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_WINDOW_H_
