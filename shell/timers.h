// Timers: setTimeout, setInterval, clearTimeout, clearInterval and queueMicrotask (performance
// is in shell/web/performance.h), with the browser's ordering: each timer callback is its own task,
// the microtask queue is drained after it, and timers fire in the order they fall due.
#ifndef LINEA_SHELL_TIMERS_H_
#define LINEA_SHELL_TIMERS_H_

#include <v8.h>

namespace linea::shell {

void InstallTimers(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell

#endif  // LINEA_SHELL_TIMERS_H_
