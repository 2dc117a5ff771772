// Event, CustomEvent, EventTarget, ErrorEvent, PromiseRejectionEvent, AbortController and
// AbortSignal (shell/web/js/events.js); the global object as an EventTarget; reportError; and
// the 'error' and 'unhandledrejection' events the shell fires before its own report.
#ifndef LINEA_SHELL_WEB_EVENTS_H_
#define LINEA_SHELL_WEB_EVENTS_H_

#include <v8.h>

namespace linea::shell {
struct ErrorReport;
}  // namespace linea::shell

namespace linea::shell::web {

void InstallEvents(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

// What events.js returned (Event, ErrorEvent, EventTarget, dispatch, setEventHandler, ...), for
// the other web factories; empty before InstallEvents.
v8::MaybeLocal<v8::Object> EventsExports(v8::Local<v8::Context> context);

// Fires an ErrorEvent for an uncaught exception at the global object; true when a listener
// canceled it (preventDefault), so the shell does not report it.
bool FireErrorEvent(v8::Local<v8::Context> context, v8::Local<v8::Value> exception,
                    v8::Local<v8::Message> message);

// Fires an ErrorEvent for a worker's error (its fields, `error` null) at the global object;
// true when a listener canceled it.
bool FireWorkerErrorEvent(v8::Local<v8::Context> context, const ErrorReport& error);

// Fires a PromiseRejectionEvent 'unhandledrejection'; true when a listener canceled it.
bool FireUnhandledRejection(v8::Local<v8::Context> context, v8::Local<v8::Promise> promise,
                            v8::Local<v8::Value> reason);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_EVENTS_H_
