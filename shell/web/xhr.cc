#include "shell/web/xhr.h"

#include "shell/embedded_js.h"
#include "shell/v8_util.h"
#include "shell/web/events.h"
#include "shell/web/install.h"

namespace linea::shell::web {

void InstallXhr(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  v8::Local<v8::Object> events;
  if (!EventsExports(context).ToLocal(&events)) return;
  if (!CopyMembers(context, events, natives,
                   {"Event", "EventTarget", "dispatch", "setEventHandler"})) {
    return;
  }
  IgnoreResult(InstallFactoryExports(
      context, global, js::kXhrSource, "xhr.js", natives,
      {"XMLHttpRequest", "XMLHttpRequestEventTarget", "XMLHttpRequestUpload", "ProgressEvent"}));
}

}  // namespace linea::shell::web
