#include "shell/web/crypto.h"

#include <openssl/evp.h>
#include <uv.h>

#include <span>
#include <string>
#include <vector>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

// randomFill(typedArray): fills it from the operating system's CSPRNG.
void RandomFill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::span<uint8_t> bytes;
  if (!GetBufferSourceBytes(args[0], &bytes) || bytes.empty()) return;
  // Without a loop and callback uv_random runs synchronously.
  int status = uv_random(nullptr, nullptr, bytes.data(), bytes.size(), 0, nullptr);
  if (status != 0) {
    ThrowError(args.GetIsolate(),
               std::string("crypto: no randomness available: ") + uv_strerror(status));
  }
}

// isIntegerTypedArray(value): what getRandomValues accepts.
void IsIntegerTypedArray(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> value = args[0];
  args.GetReturnValue().Set(
      value->IsInt8Array() || value->IsUint8Array() || value->IsUint8ClampedArray() ||
      value->IsInt16Array() || value->IsUint16Array() || value->IsInt32Array() ||
      value->IsUint32Array() || value->IsBigInt64Array() || value->IsBigUint64Array());
}

// typeName(value): the class of a view, or the type of a value, for messages.
void TypeName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (args[0]->IsObject()) {
    args.GetReturnValue().Set(args[0].As<v8::Object>()->GetConstructorName());
  } else {
    args.GetReturnValue().Set(args[0]->TypeOf(isolate));
  }
}

// digest(name, Uint8Array) -> ArrayBuffer: the digest by OpenSSL's algorithm `name`.
void Digest(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string name = ToUtf8(isolate, args[0]);
  std::span<uint8_t> data;
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  if (md == nullptr || !GetBufferSourceBytes(args[1], &data)) {
    ThrowError(isolate, "crypto: OpenSSL has no digest '" + name + "'");
    return;
  }
  std::vector<uint8_t> out(EVP_MAX_MD_SIZE);
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), out.data(), &length, md, nullptr) != 1) {
    ThrowError(isolate, "crypto: the " + name + " digest failed");
    return;
  }
  out.resize(length);
  args.GetReturnValue().Set(NewArrayBuffer(isolate, std::move(out)));
}

}  // namespace

void InstallCrypto(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetMethod(context, natives, "randomFill", RandomFill);
  SetMethod(context, natives, "isIntegerTypedArray", IsIntegerTypedArray);
  SetMethod(context, natives, "typeName", TypeName);
  SetMethod(context, natives, "digest", Digest);
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(context, global, js::kCryptoSource, "crypto.js", natives,
                             {"Crypto", "SubtleCrypto"})
           .ToLocal(&exports)) {
    return;
  }
  // `[SameObject] readonly attribute Crypto crypto` of WindowOrWorkerGlobalScope.
  v8::Local<v8::Value> crypto;
  if (!exports->Get(context, V8String(isolate, "crypto")).ToLocal(&crypto)) return;
  DefineGlobalAttribute(context, global, "crypto", crypto, /*replaceable=*/false);
}

}  // namespace linea::shell::web
