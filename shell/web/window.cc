#include "shell/web/window.h"

#include <uv.h>

#include <string>

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/fetch.h"
#include "shell/files.h"
#include "shell/html_page.h"
#include "shell/output.h"
#include "shell/v8_util.h"
#include "shell/version.h"
#include "shell/web/install.h"
#include "shell/web/url.h"

namespace linea::shell::web {
namespace {

// The URL `location` has, or "" for none.
std::string LocationUrl(const Environment& env) {
  const Options& options = env.options();
  if (!options.location.empty()) return options.location;
  if (options.mode == Options::Mode::kScript && IsHtmlPagePath(options.script_path)) {
    return PathToFileUrl(ResolvePath(env.base_directory(), options.script_path));
  }
  return "";
}

}  // namespace

void InstallWindow(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  v8::Local<v8::Value> url_ctor;
  if (!global->Get(context, V8String(isolate, "URL")).ToLocal(&url_ctor)) return;
  natives->Set(context, V8String(isolate, "URL"), url_ctor).Check();
  natives
      ->Set(context, V8String(isolate, "userAgent"),
            V8String(isolate, std::string("linea/") + kLineaVersion))
      .Check();
  natives
      ->Set(context, V8String(isolate, "hardwareConcurrency"),
            v8::Integer::NewFromUnsigned(isolate, uv_available_parallelism()))
      .Check();
  std::string location = LocationUrl(*env);
  if (!location.empty() && !ResolveUrl(context, location, std::nullopt)) {
    WriteStderr("linea: --location needs an absolute URL, got '" + location +
                "'\nTry 'linea --help'.\n");
    env->Exit(2);
  }
  if (!location.empty()) {
    natives->Set(context, V8String(isolate, "locationUrl"), V8String(isolate, location)).Check();
  }
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(context, global, js::kWindowSource, "window.js", natives,
                             {"Navigator"})
           .ToLocal(&exports)) {
    return;
  }
  // `[Replaceable] readonly attribute WindowProxy self`, `readonly attribute Navigator
  // navigator`, and `[PutForwards=href, LegacyUnforgeable] readonly attribute Location
  // location` (a getter here: linea does not navigate).
  DefineGlobalAttribute(context, global, "self", global, /*replaceable=*/true);
  // The main thread is a browser's window: `[LegacyUnforgeable] readonly attribute WindowProxy
  // window` (workers have none). Toolchains' glue tells a window from a worker by it, and a
  // window's thread may not block (Atomics.wait and memory.atomic.wait throw there).
  if (!env->is_worker()) {
    DefineGlobalAttribute(context, global, "window", global, /*replaceable=*/false);
  }
  v8::Local<v8::Value> navigator, location_object, location_ctor;
  if (!exports->Get(context, V8String(isolate, "navigator")).ToLocal(&navigator) ||
      !exports->Get(context, V8String(isolate, "location")).ToLocal(&location_object) ||
      !exports->Get(context, V8String(isolate, "Location")).ToLocal(&location_ctor)) {
    return;
  }
  DefineGlobalAttribute(context, global, "navigator", navigator, /*replaceable=*/false);
  if (location_object->IsObject()) {
    SetHidden(context, global, "Location", location_ctor);
    DefineGlobalAttribute(context, global, "location", location_object, /*replaceable=*/false);
  }
}

}  // namespace linea::shell::web
