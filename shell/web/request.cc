#include "shell/web/request.h"

#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/fetch.h"
#include "shell/js_factory.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

struct RequestApi {
  v8::Global<v8::Function> request_info;
};

// baseUrl() -> what relative request URLs resolve against: the location when there is one
// (a page's, or --location), else the directory of the running script as a file: URL.
void BaseUrl(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Value> location;
  if (context->Global()->Get(context, V8String(isolate, "location")).ToLocal(&location) &&
      location->IsObject()) {
    args.GetReturnValue().Set(V8String(isolate, ToUtf8(isolate, location)));
    return;
  }
  std::string directory = env->base_directory();
  if (directory.empty() || directory.back() != '/') directory += '/';
  args.GetReturnValue().Set(V8String(isolate, PathToFileUrl(directory)));
}

}  // namespace

void InstallRequest(v8::Local<v8::Context> context, v8::Local<v8::Object> global,
                    v8::Local<v8::Object> fetch_exports) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  for (const char* name : {"Headers", "Response"}) {
    v8::Local<v8::Value> value;
    if (!fetch_exports->Get(context, V8String(isolate, name)).ToLocal(&value) ||
        natives->Set(context, V8String(isolate, name), value).IsNothing()) {
      return;
    }
  }
  v8::Local<v8::Value> url;
  if (!global->Get(context, V8String(isolate, "URL")).ToLocal(&url) ||
      natives->Set(context, V8String(isolate, "URL"), url).IsNothing()) {
    return;
  }
  SetMethod(context, natives, "baseUrl", BaseUrl);
  v8::Local<v8::Object> exports;
  v8::Local<v8::Function> request_info;
  if (!InstallFactoryExports(context, global, js::kRequestSource, "request.js", natives,
                             {"Request"})
           .ToLocal(&exports) ||
      !GetFunction(context, exports, "requestInfo").ToLocal(&request_info)) {
    return;
  }
  Environment::From(isolate)->Service<RequestApi>().request_info.Reset(isolate, request_info);
}

std::optional<RequestFacts> DescribeRequest(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  RequestApi& api = Environment::From(isolate)->Service<RequestApi>();
  if (api.request_info.IsEmpty() || !value->IsObject()) return std::nullopt;
  v8::Local<v8::Value> argv[] = {value};
  v8::Local<v8::Value> info;
  if (!api.request_info.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 1, argv)
           .ToLocal(&info) ||
      !info->IsObject()) {
    return std::nullopt;
  }
  v8::Local<v8::Object> object = info.As<v8::Object>();
  v8::Local<v8::Value> url, method, aborted, reason;
  if (!object->Get(context, V8String(isolate, "url")).ToLocal(&url) ||
      !object->Get(context, V8String(isolate, "method")).ToLocal(&method) ||
      !object->Get(context, V8String(isolate, "aborted")).ToLocal(&aborted) ||
      !object->Get(context, V8String(isolate, "reason")).ToLocal(&reason)) {
    return std::nullopt;
  }
  return RequestFacts{ToUtf8(isolate, url), ToUtf8(isolate, method), aborted->IsTrue(), reason};
}

}  // namespace linea::shell::web
