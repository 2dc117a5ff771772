#include "shell/fetch.h"

#include <fcntl.h>
#include <uv.h>

#include <cctype>
#include <utility>

#include "shell/body.h"
#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/files.h"
#include "shell/js_factory.h"
#include "shell/text_codec.h"
#include "shell/v8_util.h"
#include "shell/web/blob.h"
#include "shell/web/data_url.h"
#include "shell/web/request.h"
#include "shell/web/streams.h"

namespace linea::shell {
namespace {

// The internal hooks of response.js.
struct ResponseApi {
  v8::Global<v8::Function> from_file;
  v8::Global<v8::Function> describe;
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view text) {
  std::string result;
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
        HexValue(text[i + 2]) >= 0) {
      result += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      result += text[i];
    }
  }
  return result;
}

// The URL's path without its query and fragment.
std::string_view StripQueryAndFragment(std::string_view url) {
  size_t end = url.find_first_of("?#");
  return end == std::string_view::npos ? url : url.substr(0, end);
}

// The scheme of an absolute URL ("file", "http", ...), or "" for a relative reference.
std::string SchemeOf(std::string_view url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (size_t i = 1; i < url.size(); i++) {
    char c = url[i];
    if (c == ':') {
      std::string scheme(url.substr(0, i));
      for (char& s : scheme) s = static_cast<char>(std::tolower(static_cast<unsigned char>(s)));
      return scheme;
    }
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') break;
  }
  return "";
}

struct FetchRequest {
  Environment* env;
  v8::Global<v8::Promise::Resolver> resolver;
  std::string path;
  uv_file fd = -1;
  uv_fs_t request = {};
};

void Reject(FetchRequest* fetch, std::string message) {
  fetch->env->RunTask([fetch, &message](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    IgnoreResult(fetch->resolver.Get(isolate)->Reject(
        context, MakeTypeError(isolate, "fetch failed: " + message)));
  });
}

void OnStat(uv_fs_t* request) {
  std::unique_ptr<FetchRequest> fetch(static_cast<FetchRequest*>(request->data));
  int result = static_cast<int>(request->result);
  bool is_directory = result == 0 && S_ISDIR(request->statbuf.st_mode);
  uv_fs_req_cleanup(request);
  if (result < 0 || is_directory) {
    uv_fs_t close_request;
    uv_fs_close(nullptr, &close_request, fetch->fd, nullptr);
    uv_fs_req_cleanup(&close_request);
    Reject(fetch.get(), "cannot read '" + fetch->path +
                            "': " + (is_directory ? "it is a directory" : uv_strerror(result)));
    return;
  }
  std::shared_ptr<Body> body = Body::FromFile(fetch->fd, fetch->path);
  FetchRequest* raw = fetch.get();
  raw->env->RunTask([raw, body](v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    Environment* env = Environment::From(isolate);
    ResponseApi& api = env->Service<ResponseApi>();
    v8::Local<v8::Object> handle;
    if (!Body::Wrap(env, body).ToLocal(&handle)) return;
    v8::Local<v8::Value> argv[] = {handle, V8String(isolate, PathToFileUrl(raw->path)),
                                   V8String(isolate, ContentTypeForPath(raw->path))};
    v8::Local<v8::Value> response;
    v8::Local<v8::Promise::Resolver> resolver = raw->resolver.Get(isolate);
    v8::TryCatch try_catch(isolate);
    if (!api.from_file.Get(isolate)
             ->Call(context, v8::Undefined(isolate), 3, argv)
             .ToLocal(&response)) {
      IgnoreResult(resolver->Reject(context, try_catch.Exception()));
      return;
    }
    IgnoreResult(resolver->Resolve(context, response));
  });
}

void OnOpen(uv_fs_t* request) {
  auto* fetch = static_cast<FetchRequest*>(request->data);
  int result = static_cast<int>(request->result);
  uv_fs_req_cleanup(request);
  if (result < 0) {
    std::unique_ptr<FetchRequest> owned(fetch);
    Reject(fetch, "cannot read '" + fetch->path + "': " + uv_strerror(result));
    return;
  }
  fetch->fd = result;
  fetch->request.data = fetch;
  int status = uv_fs_fstat(fetch->env->loop(), &fetch->request, fetch->fd, OnStat);
  if (status < 0) {
    fetch->request.result = status;
    OnStat(&fetch->request);
  }
}

// fetch() of a data: URL: a Response with its body and MIME type, or a TypeError.
void FetchDataUrl(v8::Local<v8::Context> context, v8::Local<v8::Promise::Resolver> resolver,
                  const std::string& url) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::TryCatch try_catch(isolate);
  std::optional<web::DataUrl> data = web::ProcessDataUrl(context, url);
  if (!data) {
    IgnoreResult(
        resolver->Reject(context, MakeTypeError(isolate, "fetch failed: invalid data: URL")));
    return;
  }
  v8::Local<v8::Object> handle;
  if (!Body::Wrap(env, Body::FromBytes(std::move(data->body))).ToLocal(&handle)) return;
  v8::Local<v8::Value> argv[] = {handle, V8String(isolate, url.substr(0, url.find('#'))),
                                 V8String(isolate, data->mime_type)};
  v8::Local<v8::Value> response;
  if (!env->Service<ResponseApi>()
           .from_file.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 3, argv)
           .ToLocal(&response)) {
    IgnoreResult(resolver->Reject(context, try_catch.Exception()));
    return;
  }
  IgnoreResult(resolver->Resolve(context, response));
}

// fetch(input, init): Promise<Response>.
void Fetch(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return;
  args.GetReturnValue().Set(resolver->GetPromise());
  // Argument conversion errors reject the promise rather than throw, as fetch's do.
  auto reject = [&](v8::Local<v8::Value> error) { IgnoreResult(resolver->Reject(context, error)); };
  v8::TryCatch try_catch(isolate);
  if (args.Length() < 1) {
    reject(MakeTypeError(isolate,
                         "Failed to execute 'fetch': 1 argument required, but only 0 present."));
    return;
  }
  // A Request gives its URL and method (and, once aborted, its signal's reason).
  std::optional<web::RequestFacts> request = web::DescribeRequest(context, args[0]);
  if (request && request->aborted) {
    reject(request->reason);
    return;
  }
  if (request && request->method != "GET") {
    reject(MakeTypeError(isolate, "fetch: the " + request->method +
                                      " method is not supported for file: URLs (only GET)"));
    return;
  }
  v8::Local<v8::String> input;
  if (request) {
    input = V8String(isolate, request->url);
  } else if (args[0]->IsSymbol() || !args[0]->ToString(context).ToLocal(&input)) {
    reject(try_catch.HasCaught()
               ? try_catch.Exception()
               : MakeTypeError(isolate, "Cannot convert a Symbol value to a string"));
    return;
  }
  if (args.Length() > 1 && args[1]->IsObject()) {
    v8::Local<v8::Value> method;
    if (!args[1].As<v8::Object>()->Get(context, V8String(isolate, "method")).ToLocal(&method)) {
      reject(try_catch.Exception());
      return;
    }
    if (!method->IsUndefined()) {
      std::string name = ToUtf8(isolate, method);
      for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (name != "GET") {
        reject(MakeTypeError(
            isolate, "fetch: the " + name + " method is not supported for file: URLs (only GET)"));
        return;
      }
    }
  }
  std::string url = ToUtf8(isolate, input);
  if (SchemeOf(url) == "data") {
    FetchDataUrl(context, resolver, url);
    return;
  }
  std::string error;
  std::optional<std::string> path = FileUrlToPath(url, env->base_directory(), &error);
  if (!path) {
    reject(MakeTypeError(isolate, "fetch failed: " + error));
    return;
  }
  auto* fetch = new FetchRequest{env, v8::Global<v8::Promise::Resolver>(isolate, resolver), *path};
  fetch->request.data = fetch;
  int status = uv_fs_open(env->loop(), &fetch->request, fetch->path.c_str(), O_RDONLY | O_CLOEXEC,
                          0, OnOpen);
  if (status < 0) {
    delete fetch;
    reject(MakeTypeError(isolate,
                         "fetch failed: cannot read '" + *path + "': " + uv_strerror(status)));
  }
}

}  // namespace

std::optional<std::string> FileUrlToPath(const std::string& url, const std::string& base_directory,
                                         std::string* error) {
  std::string scheme = SchemeOf(url);
  std::string_view rest = StripQueryAndFragment(url);
  if (scheme.empty()) {
    if (rest.substr(0, 2) == "//") {
      *error = "'" + url + "' names a host; linea fetches local files only";
      return std::nullopt;
    }
    return ResolvePath(base_directory, PercentDecode(rest));
  }
  if (scheme != "file") {
    *error = "unsupported URL scheme '" + scheme + ":' in '" + url +
             "'; linea fetches local files only (file: URLs and paths)";
    return std::nullopt;
  }
  rest = rest.substr(scheme.size() + 1);
  if (rest.substr(0, 2) == "//") {
    rest = rest.substr(2);
    size_t slash = rest.find('/');
    std::string_view host = rest.substr(0, slash);
    if (!host.empty() && host != "localhost") {
      *error = "'" + url + "' names the host '" + std::string(host) +
               "'; linea fetches local files only";
      return std::nullopt;
    }
    rest = slash == std::string_view::npos ? std::string_view("/") : rest.substr(slash);
  }
  return ResolvePath(base_directory, PercentDecode(rest));
}

std::string PathToFileUrl(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path) {
    bool keep = c > 0x20 && c < 0x7F && c != '"' && c != '#' && c != '%' && c != '<' && c != '>' &&
                c != '?' && c != '`' && c != '{' && c != '}';
    if (keep) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

std::string ContentTypeForPath(const std::string& path) {
  static constexpr std::pair<const char*, const char*> kTypes[] = {
      {".wasm", "application/wasm"}, {".js", "text/javascript"}, {".mjs", "text/javascript"},
      {".json", "application/json"}, {".html", "text/html"},     {".htm", "text/html"},
      {".txt", "text/plain"},        {".css", "text/css"},       {".wat", "text/plain"},
  };
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
    std::string extension = path.substr(dot);
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [suffix, type] : kTypes) {
      if (extension == suffix) return type;
    }
  }
  return "application/octet-stream";
}

bool DescribeResponse(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      ResponseInfo* info) {
  v8::Isolate* isolate = context->GetIsolate();
  ResponseApi& api = Environment::From(isolate)->Service<ResponseApi>();
  if (api.describe.IsEmpty()) return false;
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> argv[] = {value};
  v8::Local<v8::Value> result;
  if (!api.describe.Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&result) ||
      !result->IsObject()) {
    return false;
  }
  v8::Local<v8::Object> object = result.As<v8::Object>();
  v8::Local<v8::Value> ok, status, content_type, body;
  if (!object->Get(context, V8String(isolate, "ok")).ToLocal(&ok) ||
      !object->Get(context, V8String(isolate, "status")).ToLocal(&status) ||
      !object->Get(context, V8String(isolate, "contentType")).ToLocal(&content_type) ||
      !object->Get(context, V8String(isolate, "body")).ToLocal(&body)) {
    return false;
  }
  info->ok = ok->IsTrue();
  info->status = status->Int32Value(context).FromMaybe(0);
  if (content_type->IsString()) info->content_type = ToUtf8(isolate, content_type);
  info->body = Body::Unwrap(body);
  return true;
}

void InstallFetch(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  AddCodecNatives(context, natives);
  AddBodyNatives(context, natives);
  web::AddBlobNatives(context, natives);
  web::AddStreamNatives(context, natives);
  v8::Local<v8::Object> exports;
  if (!RunFactory(context, js::kResponseSource, "response.js", natives).ToLocal(&exports)) return;
  for (const char* name : {"Headers", "Response"}) {
    v8::Local<v8::Function> ctor;
    if (GetFunction(context, exports, name).ToLocal(&ctor)) SetHidden(context, global, name, ctor);
  }
  web::InstallRequest(context, global, exports);
  ResponseApi& api = Environment::From(isolate)->Service<ResponseApi>();
  v8::Local<v8::Function> from_file, describe;
  if (GetFunction(context, exports, "responseFromFile").ToLocal(&from_file)) {
    api.from_file.Reset(isolate, from_file);
  }
  if (GetFunction(context, exports, "describeResponse").ToLocal(&describe)) {
    api.describe.Reset(isolate, describe);
  }
  SetMethod(context, global, "fetch", Fetch, {}, 1);
}

}  // namespace linea::shell
