#include "shell/web/data_url.h"

#include <cctype>
#include <string_view>

#include "shell/web/base64.h"
#include "shell/web/url.h"

namespace linea::shell::web {
namespace {

bool IsHttpWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view text, bool (*is_space)(char)) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The URL Standard's "percent-decode" of a serialized (ASCII) URL part.
std::vector<uint8_t> PercentDecode(std::string_view text) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '%' && i + 2 < text.size() && Hex(text[i + 1]) >= 0 && Hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<uint8_t>(Hex(text[i + 1]) * 16 + Hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(static_cast<uint8_t>(text[i]));
    }
  }
  return out;
}

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The MIME Sniffing Standard's "parse a MIME type" and serialization, for the type/subtype
// and its name=value parameters (quoted values kept as written); nothing on failure.
std::optional<std::string> NormalizeMimeType(std::string_view input) {
  input = Trim(input, IsHttpWhitespace);
  size_t slash = input.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  std::string_view type = input.substr(0, slash);
  size_t semicolon = input.find(';', slash);
  std::string_view subtype = Trim(input.substr(slash + 1, semicolon - slash - 1), IsHttpWhitespace);
  if (subtype.empty()) return std::nullopt;
  for (char c : type) {
    if (!IsTokenChar(c)) return std::nullopt;
  }
  for (char c : subtype) {
    if (!IsTokenChar(c)) return std::nullopt;
  }
  std::string result = Lower(type) + "/" + Lower(subtype);
  while (semicolon != std::string_view::npos) {
    size_t next = input.find(';', semicolon + 1);
    std::string_view parameter =
        Trim(input.substr(semicolon + 1, next - semicolon - 1), IsHttpWhitespace);
    semicolon = next;
    size_t equals = parameter.find('=');
    if (equals == std::string_view::npos || equals == 0) continue;
    std::string_view name = parameter.substr(0, equals);
    std::string_view value = parameter.substr(equals + 1);
    bool valid = !value.empty();
    for (char c : name) valid = valid && IsTokenChar(c);
    if (valid) result += ";" + Lower(name) + "=" + std::string(value);
  }
  return result;
}

}  // namespace

std::optional<DataUrl> ProcessDataUrl(v8::Local<v8::Context> context, const std::string& url) {
  std::optional<std::string> serialized = ResolveUrl(context, url, std::nullopt);
  if (!serialized || serialized->rfind("data:", 0) != 0) return std::nullopt;
  std::string_view input(*serialized);
  input = input.substr(0, input.find('#'));  // The serializer with "exclude fragment".
  input.remove_prefix(5);
  size_t comma = input.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string mime_type(Trim(input.substr(0, comma), IsHttpWhitespace));
  DataUrl result;
  result.body = PercentDecode(input.substr(comma + 1));
  // ";base64" at the end (spaces allowed before it), in any case: the body is base64.
  std::string_view mime_view(mime_type);
  size_t end = mime_view.size();
  if (end >= 6 && Lower(mime_view.substr(end - 6)) == "base64") {
    std::string_view before = mime_view.substr(0, end - 6);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.empty() && before.back() == ';') {
      std::u16string text(result.body.begin(), result.body.end());
      std::optional<std::vector<uint8_t>> decoded = ForgivingBase64Decode(text);
      if (!decoded) return std::nullopt;
      result.body = std::move(*decoded);
      before.remove_suffix(1);
      mime_type = std::string(before);
    }
  }
  if (!mime_type.empty() && mime_type[0] == ';') mime_type = "text/plain" + mime_type;
  std::optional<std::string> normalized = NormalizeMimeType(mime_type);
  result.mime_type = normalized ? *normalized : "text/plain;charset=US-ASCII";
  return result;
}

}  // namespace linea::shell::web
