#include "shell/web/decoders.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

#include <vector>

#include "shell/utf8.h"

namespace linea::shell::web {
namespace {

class Utf8Decoder : public Decoder {
 public:
  bool Decode(std::span<const uint8_t> bytes, bool fatal, bool flush,
              std::u16string& out) override {
    pending_.insert(pending_.end(), bytes.begin(), bytes.end());
    Utf8DecodeResult result = DecodeUtf8(pending_, fatal, flush, out);
    if (result.error || flush) {
      pending_.clear();
      return !result.error;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<ptrdiff_t>(result.consumed));
    return true;
  }

 private:
  std::vector<uint8_t> pending_;  // An incomplete sequence from the previous call.
};

// x-user-defined: ASCII as is, every other byte to U+F780 + (byte - 0x80). It has no errors.
class UserDefinedDecoder : public Decoder {
 public:
  bool Decode(std::span<const uint8_t> bytes, bool, bool, std::u16string& out) override {
    for (uint8_t byte : bytes) {
      out +=
          byte < 0x80 ? static_cast<char16_t>(byte) : static_cast<char16_t>(0xF780 + byte - 0x80);
    }
    return true;
  }
};

// ISO-8859-16, which Debian's ICU data lacks: its bytes 0xA0-0xFF (0x80-0x9F are the C1
// controls), from the Encoding Standard's index-iso-8859-16.
constexpr char16_t kIso8859_16High[96] = {
    0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x0218, 0x00AB,
    0x0179, 0x00AD, 0x017A, 0x017B, 0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D, 0x00B6, 0x00B7,
    0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C, 0x00C0, 0x00C1, 0x00C2, 0x0102,
    0x00C4, 0x0106, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x015A, 0x0170, 0x00D9, 0x00DA, 0x00DB,
    0x00DC, 0x0118, 0x021A, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x0144, 0x00F2, 0x00F3,
    0x00F4, 0x0151, 0x00F6, 0x015B, 0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF,
};

class Iso8859_16Decoder : public Decoder {
 public:
  bool Decode(std::span<const uint8_t> bytes, bool, bool, std::u16string& out) override {
    for (uint8_t byte : bytes) out += byte < 0xA0 ? char16_t{byte} : kIso8859_16High[byte - 0xA0];
    return true;
  }
};

// What an ICU converter needs to decode as the Encoding Standard's decoder does.
struct IcuQuirks {
  bool restores_ascii = false;  // A multi-byte decoder that decodes a bad pair's ASCII trail.
  bool euro_at_0x80 = false;    // gb18030 (and so gbk) decodes a lone 0x80 as U+20AC.
};

struct CallbackContext {
  IcuQuirks quirks;
  bool fatal = false;
};

// ICU's to-Unicode error callback, made to do what the Encoding Standard's decoders do: in
// replacement mode U+FFFD for every error (ICU's own callback substitutes U+001A after a single
// byte of some legacy encodings), then the ASCII trail of a bad pair decoded again as itself
// (ICU drops it with the lead byte); in fatal mode, stop.
void OnIcuError(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // Reset, close and clone need nothing.
  const auto* callback = static_cast<const CallbackContext*>(context);
  if (callback->quirks.euro_at_0x80 && length == 1 &&
      static_cast<unsigned char>(code_units[0]) == 0x80) {
    static const UChar kEuro = 0x20AC;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &kEuro, 1, 0, status);
    return;
  }
  if (callback->fatal) return;  // The error stays in `status`: decoding stops.
  static const UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;  // The writers do nothing while it holds the error.
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
  if (callback->quirks.restores_ascii && length == 2 &&
      static_cast<unsigned char>(code_units[1]) < 0x80) {
    UChar ascii = static_cast<unsigned char>(code_units[1]);
    ucnv_cbToUWriteUChars(args, &ascii, 1, 1, status);
  }
}

class IcuDecoder : public Decoder {
 public:
  IcuDecoder(UConverter* converter, IcuQuirks quirks) : converter_(converter) {
    context_.quirks = quirks;
  }
  ~IcuDecoder() override { ucnv_close(converter_); }
  IcuDecoder(const IcuDecoder&) = delete;
  IcuDecoder& operator=(const IcuDecoder&) = delete;

  bool Decode(std::span<const uint8_t> bytes, bool fatal, bool flush,
              std::u16string& out) override {
    UErrorCode status = U_ZERO_ERROR;
    context_.fatal = fatal;
    ucnv_setToUCallBack(converter_, OnIcuError, &context_, nullptr, nullptr, &status);
    const char* source = reinterpret_cast<const char*>(bytes.data());
    const char* source_end = source + bytes.size();
    UChar buffer[1024];
    do {
      status = U_ZERO_ERROR;
      UChar* target = buffer;
      ucnv_toUnicode(converter_, &target, buffer + 1024, &source, source_end, nullptr, flush,
                     &status);
      out.append(reinterpret_cast<const char16_t*>(buffer), static_cast<size_t>(target - buffer));
    } while (status == U_BUFFER_OVERFLOW_ERROR);
    if (U_FAILURE(status) || flush) ucnv_resetToUnicode(converter_);
    return U_SUCCESS(status);
  }

 private:
  UConverter* converter_;
  CallbackContext context_;
};

// The ICU converter for each encoding whose Encoding Standard name ICU does not know as such,
// or knows as a different table. gbk decodes as gb18030, as the standard says.
struct IcuName {
  std::string_view encoding;
  const char* converter;
  IcuQuirks quirks;
};
constexpr IcuQuirks kMultiByte{.restores_ascii = true};
constexpr IcuQuirks kGb18030{.restores_ascii = true, .euro_at_0x80 = true};
constexpr IcuName kIcuNames[] = {
    {"iso-8859-8-i", "iso-8859-8", {}},    {"utf-16le", "UTF-16LE", {}},
    {"utf-16be", "UTF-16BE", {}},          {"gbk", "gb18030", kGb18030},
    {"gb18030", "gb18030", kGb18030},      {"big5", "big5", kMultiByte},
    {"euc-jp", "euc-jp", kMultiByte},      {"shift_jis", "windows-31j", kMultiByte},
    {"euc-kr", "windows-949", kMultiByte},
};

}  // namespace

std::unique_ptr<Decoder> MakeDecoder(std::string_view name, std::string* error) {
  if (name == "utf-8") return std::make_unique<Utf8Decoder>();
  if (name == "x-user-defined") return std::make_unique<UserDefinedDecoder>();
  if (name == "iso-8859-16") return std::make_unique<Iso8859_16Decoder>();
  std::string converter_name(name);
  IcuQuirks quirks;
  for (const IcuName& entry : kIcuNames) {
    if (entry.encoding != name) continue;
    converter_name = entry.converter;
    quirks = entry.quirks;
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(converter_name.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) {
    *error = "ICU has no converter for '" + std::string(name) + "' (" + u_errorName(status) + ")";
    return nullptr;
  }
  return std::make_unique<IcuDecoder>(converter, quirks);
}

}  // namespace linea::shell::web
