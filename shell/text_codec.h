// The UTF-8 codec of utf8.h as native helpers for the shell's JavaScript parts (TextEncoder in
// shell/web/js/encoding.js, Response in shell/js/response.js).
#ifndef LINEA_SHELL_TEXT_CODEC_H_
#define LINEA_SHELL_TEXT_CODEC_H_

#include <v8.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace linea::shell {

// Adds to `natives`: encodeUtf8(string) -> Uint8Array, decodeUtf8(buffer) -> string (BOM
// dropped, invalid bytes replaced), toBytes(value) -> Uint8Array view of a BufferSource or
// undefined, copyBytes(Uint8Array) -> a copy, toWellFormed(string) -> lone surrogates replaced,
// encodeInto(string, Uint8Array) -> [read, written], isUint8Array(value).
void AddCodecNatives(v8::Local<v8::Context> context, v8::Local<v8::Object> natives);

// The UTF-16 code units of a string, and a string of UTF-16 code units (empty if too long).
std::u16string ToUtf16(v8::Isolate* isolate, v8::Local<v8::String> string);
v8::MaybeLocal<v8::String> FromUtf16(v8::Isolate* isolate, std::u16string_view text);

// Decodes UTF-8 bytes as the Encoding Standard's "UTF-8 decode" (BOM dropped, errors replaced).
v8::MaybeLocal<v8::String> DecodeUtf8ToString(v8::Isolate* isolate, std::span<const uint8_t> bytes);

}  // namespace linea::shell

#endif  // LINEA_SHELL_TEXT_CODEC_H_
