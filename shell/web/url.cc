#include "shell/web/url.h"

#include <unicode/uidna.h>

#include <string>

#include "shell/bytes.h"
#include "shell/embedded_js.h"
#include "shell/environment.h"
#include "shell/js_factory.h"
#include "shell/text_codec.h"
#include "shell/utf8.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

// url.js's resolve(input, base), kept for the shell's own use.
struct UrlApi {
  v8::Global<v8::Function> resolve;
};

// The UTS #46 errors the URL Standard's "domain to ASCII" ignores: it runs ToASCII with
// CheckHyphens and VerifyDnsLength false, and ICU checks those always.
constexpr uint32_t kIgnoredIdnaErrors =
    UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
    UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

const UIDNA* Uts46() {
  // CheckBidi, CheckJoiners and nontransitional processing, without the STD3 rules (beStrict
  // false). Made once; ICU's IDNA object is immutable and thread-safe.
  static const UIDNA* idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* made =
        uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                            UIDNA_NONTRANSITIONAL_TO_UNICODE,
                        &status);
    return U_SUCCESS(status) ? made : nullptr;
  }();
  return idna;
}

// domainToAscii(domain) -> the ASCII domain, or null when UTS #46 ToASCII fails.
void DomainToAscii(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  args.GetReturnValue().SetNull();
  if (!args[0]->IsString() || Uts46() == nullptr) return;
  v8::Local<v8::String> domain = args[0].As<v8::String>();
  std::u16string input = ToUtf16(isolate, domain);
  std::u16string output(input.size() * 4 + 64, u'\0');
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = uidna_nameToASCII(
      Uts46(), reinterpret_cast<const UChar*>(input.data()), static_cast<int32_t>(input.size()),
      reinterpret_cast<UChar*>(output.data()), static_cast<int32_t>(output.size()), &info, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    output.resize(static_cast<size_t>(length));
    status = U_ZERO_ERROR;
    info = UIDNA_INFO_INITIALIZER;
    length = uidna_nameToASCII(Uts46(), reinterpret_cast<const UChar*>(input.data()),
                               static_cast<int32_t>(input.size()),
                               reinterpret_cast<UChar*>(output.data()),
                               static_cast<int32_t>(output.size()), &info, &status);
  }
  if (U_FAILURE(status) || (info.errors & ~kIgnoredIdnaErrors) != 0) return;
  v8::Local<v8::String> result;
  output.resize(static_cast<size_t>(length));
  if (FromUtf16(isolate, output).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// decodeUtf8NoBom(Uint8Array) -> string: "UTF-8 decode without BOM" (errors replaced).
void DecodeUtf8NoBom(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::span<uint8_t> bytes;
  if (!GetBufferSourceBytes(args[0], &bytes)) return;
  std::u16string text;
  DecodeUtf8(bytes, false, true, text);
  v8::Local<v8::String> result;
  if (FromUtf16(args.GetIsolate(), text).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

}  // namespace

void InstallUrl(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  AddCodecNatives(context, natives);  // The parser runs before InstallFactoryExports adds them.
  SetMethod(context, natives, "domainToAscii", DomainToAscii);
  SetMethod(context, natives, "decodeUtf8NoBom", DecodeUtf8NoBom);
  // The parser's parts, each given the exports of those before it (as natives.<exports_as>).
  const FactoryPart parts[] = {
      {js::kUrlPercentEncodingSource, "url_percent_encoding.js", "percentEncoding"},
      {js::kUrlHostSource, "url_host.js", "host"},
      {js::kUrlParserSource, "url_parser.js", "parser"},
  };
  if (!RunFactoryParts(context, parts, natives)) return;
  v8::Local<v8::Object> exports;
  if (!InstallFactoryExports(context, global, js::kUrlSource, "url.js", natives,
                             {"URL", "URLSearchParams"})
           .ToLocal(&exports)) {
    return;
  }
  v8::Local<v8::Function> resolve;
  if (GetFunction(context, exports, "resolve").ToLocal(&resolve)) {
    Environment::From(isolate)->Service<UrlApi>().resolve.Reset(isolate, resolve);
  }
}

std::optional<std::string> ResolveUrl(v8::Local<v8::Context> context, const std::string& input,
                                      const std::optional<std::string>& base) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  UrlApi& api = Environment::From(isolate)->Service<UrlApi>();
  if (api.resolve.IsEmpty()) return std::nullopt;
  v8::Local<v8::Value> argv[] = {V8String(isolate, input),
                                 base ? v8::Local<v8::Value>(V8String(isolate, *base))
                                      : v8::Local<v8::Value>(v8::Undefined(isolate))};
  v8::Local<v8::Value> result;
  if (!api.resolve.Get(isolate)->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&result) ||
      !result->IsString()) {
    return std::nullopt;
  }
  return ToUtf8(isolate, result);
}

}  // namespace linea::shell::web
