// performance, Performance, PerformanceEntry, PerformanceMark and PerformanceMeasure (High
// Resolution Time and User Timing; shell/web/js/performance.js).
#ifndef LINEA_SHELL_WEB_PERFORMANCE_H_
#define LINEA_SHELL_WEB_PERFORMANCE_H_

#include <v8.h>

namespace linea::shell::web {

void InstallPerformance(v8::Local<v8::Context> context, v8::Local<v8::Object> global);

}  // namespace linea::shell::web

#endif  // LINEA_SHELL_WEB_PERFORMANCE_H_
