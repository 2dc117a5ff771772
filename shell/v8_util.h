// Small conveniences over the V8 API used throughout the shell.
#ifndef LINEA_SHELL_V8_UTIL_H_
#define LINEA_SHELL_V8_UTIL_H_

#include <v8.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace linea::shell {

// Discards a result V8 marks as must-use, where the outcome is observed otherwise (through a
// TryCatch).
template <typename T>
inline void IgnoreResult(const T&) {}

// A V8 string from UTF-8; empty if it would exceed V8's maximum string length.
v8::MaybeLocal<v8::String> NewV8String(v8::Isolate* isolate, std::string_view utf8);
// The same, with an empty string where V8 refuses it.
v8::Local<v8::String> V8String(v8::Isolate* isolate, std::string_view utf8);

// The UTF-8 form of `value` converted with ToString; `fallback` if that throws.
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value,
                   std::string_view fallback = "");

// Defines `name` on `target` as a function backed by `callback`.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data = {}, int length = 0);

// Copies the members `names` of `from` onto `to` (a factory's natives taking another factory's
// exports); false when a getter or setter threw.
bool CopyMembers(v8::Local<v8::Context> context, v8::Local<v8::Object> from,
                 v8::Local<v8::Object> to, std::initializer_list<const char*> names);

// Defines a data property that is not enumerable (like the built-ins' own methods).
void SetHidden(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::Local<v8::Value> value);

// Throws a TypeError / RangeError / Error with `message` in the current context.
void ThrowTypeError(v8::Isolate* isolate, std::string_view message);
void ThrowRangeError(v8::Isolate* isolate, std::string_view message);
void ThrowError(v8::Isolate* isolate, std::string_view message);

// An uninitialized TypeError value (for rejecting promises).
v8::Local<v8::Value> MakeTypeError(v8::Isolate* isolate, std::string_view message);

}  // namespace linea::shell

#endif  // LINEA_SHELL_V8_UTIL_H_
