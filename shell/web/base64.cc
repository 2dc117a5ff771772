#include "shell/web/base64.h"

#include "shell/text_codec.h"
#include "shell/v8_util.h"
#include "shell/web/install.h"

namespace linea::shell::web {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int SextetOf(char16_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool IsAsciiWhitespace(char16_t c) {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

// The DOMString argument of atob/btoa as UTF-16; nothing (with a TypeError thrown) if it is
// missing or a Symbol, or if its conversion threw.
std::optional<std::u16string> DataArgument(const v8::FunctionCallbackInfo<v8::Value>& args,
                                           const char* function) {
  v8::Isolate* isolate = args.GetIsolate();
  if (args.Length() < 1) {
    ThrowTypeError(isolate, std::string("Failed to execute '") + function +
                                "': 1 argument required, but only 0 present.");
    return std::nullopt;
  }
  if (args[0]->IsSymbol()) {
    ThrowTypeError(isolate, "Cannot convert a Symbol value to a string");
    return std::nullopt;
  }
  v8::Local<v8::String> data;
  if (!args[0]->ToString(isolate->GetCurrentContext()).ToLocal(&data)) return std::nullopt;
  return ToUtf16(isolate, data);
}

// btoa(data): the base64 of a string whose code units are all bytes.
void Btoa(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::optional<std::u16string> data = DataArgument(args, "btoa");
  if (!data) return;
  const std::u16string& text = *data;
  std::vector<uint8_t> bytes;
  bytes.reserve(text.size());
  for (char16_t c : text) {
    if (c > 0xFF) {
      ThrowDomException(context,
                        "Failed to execute 'btoa': The string to be encoded contains characters "
                        "outside of the Latin1 range.",
                        "InvalidCharacterError");
      return;
    }
    bytes.push_back(static_cast<uint8_t>(c));
  }
  args.GetReturnValue().Set(V8String(isolate, Base64Encode(bytes)));
}

// atob(data): the bytes of base64 text, as a string of code units 0-255.
void Atob(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::optional<std::u16string> data = DataArgument(args, "atob");
  if (!data) return;
  std::optional<std::vector<uint8_t>> bytes = ForgivingBase64Decode(*data);
  if (!bytes) {
    ThrowDomException(context,
                      "Failed to execute 'atob': The string to be decoded is not correctly "
                      "encoded.",
                      "InvalidCharacterError");
    return;
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromOneByte(isolate, bytes->data(), v8::NewStringType::kNormal,
                                 static_cast<int>(bytes->size()))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

}  // namespace

std::optional<std::vector<uint8_t>> ForgivingBase64Decode(std::u16string_view input) {
  std::u16string data;
  for (char16_t c : input) {
    if (!IsAsciiWhitespace(c)) data += c;
  }
  if (data.size() % 4 == 0 && !data.empty()) {
    if (data.back() == '=') data.pop_back();
    if (data.back() == '=') data.pop_back();
  }
  if (data.size() % 4 == 1) return std::nullopt;
  std::vector<uint8_t> output;
  uint32_t buffer = 0;
  int bits = 0;
  for (char16_t c : data) {
    int sextet = SextetOf(c);
    if (sextet < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(sextet);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output.push_back(static_cast<uint8_t>(buffer >> bits));
      buffer &= (1u << bits) - 1;
    }
  }
  return output;
}

std::string Base64Encode(std::span<const uint8_t> bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t chunk = static_cast<uint32_t>(bytes[i]) << 16;
    size_t n = std::min<size_t>(3, bytes.size() - i);
    if (n > 1) chunk |= static_cast<uint32_t>(bytes[i + 1]) << 8;
    if (n > 2) chunk |= bytes[i + 2];
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += n > 1 ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += n > 2 ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

void InstallBase64(v8::Local<v8::Context> context, v8::Local<v8::Object> global) {
  SetMethod(context, global, "atob", Atob, {}, 1);
  SetMethod(context, global, "btoa", Btoa, {}, 1);
}

}  // namespace linea::shell::web
