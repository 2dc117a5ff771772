#include "shell/web/performance.h"

#include <uv.h>

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"
#include "shell/web/structured_clone.h"

namespace linea::shell::web {
namespace {

// The time origin: when the environment's global object was made.
struct TimeOrigin {
  uint64_t hrtime_ns = 0;
  double epoch_ms = 0;
};

// now() -> milliseconds since the time origin, at the clock's full (nanosecond) resolution, as
// node gives it (browsers coarsen it against timing attacks; a shell has no such adversary).
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  const auto* origin = static_cast<TimeOrigin*>(args.Data().As<v8::External>()->Value());
  args.GetReturnValue().Set(static_cast<double>(uv_hrtime() - origin->hrtime_ns) / 1e6);
}

}  // namespace

void InstallPerformance(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  TimeOrigin& origin = Environment::From(isolate)->Service<TimeOrigin>();
  origin.hrtime_ns = uv_hrtime();
  uv_timeval64_t now;
  if (uv_gettimeofday(&now) == 0) {
    origin.epoch_ms = static_cast<double>(now.tv_sec) * 1000 + now.tv_usec / 1000.0;
  }
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetMethod(context, natives, "now", Now, v8::External::New(isolate, &origin));
  SetMethod(context, natives, "structuredClone", StructuredClone);
  natives->Set(context, V8String(isolate, "timeOrigin"), v8::Number::New(isolate, origin.epoch_ms))
      .Check();
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(
           context, global, js::kPerformanceSource, "performance.js", natives,
           {"Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure"})
           .ToLocal(&exports)) {
    return;
  }
  // `[Replaceable] readonly attribute Performance performance` of WindowOrWorkerGlobalScope.
  v8::Local<v8::Value> performance;
  if (!exports->Get(context, V8String(isolate, "performance")).ToLocal(&performance)) return;
  IgnoreResult(global->Delete(context, V8String(isolate, "performance")));
  DefineGlobalAttribute(context, global, "performance", performance, /*replaceable=*/true);
}

}  // namespace linea::shell::web
