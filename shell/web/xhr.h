// XMLHttpRequest, XMLHttpRequestEventTarget, XMLHttpRequestUpload and ProgressEvent (the
// XMLHttpRequest Standard, asynchronous requests over fetch; shell/web/js/xhr.js).
#ifndef LINEA_SHELL_WEB_XHR_H_
#define LINEA_SHELL_WEB_XHR_H_

#include <v8.h>

namespace linea::shell::web {

// Needs the events, Headers, Blob, AbortController, TextDecoder, timers and fetch installed.
void InstallXhr(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_XHR_H_
