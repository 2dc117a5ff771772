#include "shell/v8_util.h"

#include <limits>

namespace linea::shell {

v8::MaybeLocal<v8::String> NewV8String(v8::Isolate* isolate, std::string_view utf8) {
  // V8 takes an int length (a negative one meaning "NUL-terminated"), so a larger size must not
  // reach it. Such a text is too long anyway: every UTF-16 unit comes from at most 3 UTF-8
  // bytes, and V8's strings stop at about 2^29 units (String::kMaxLength).
  if (utf8.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return {};
  return v8::String::NewFromUtf8(isolate, utf8.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(utf8.size()));
}

v8::Local<v8::String> V8String(v8::Isolate* isolate, std::string_view utf8) {
  return NewV8String(isolate, utf8).FromMaybe(v8::String::Empty(isolate));
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value, std::string_view fallback) {
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> string;
  if (value.IsEmpty() || !value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) {
    return std::string(fallback);
  }
  std::string result(string->Utf8Length(isolate), '\0');
  string->WriteUtf8(isolate, result.data(), static_cast<int>(result.size()), nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return result;
}

bool CopyMembers(v8::Local<v8::Context> context, v8::Local<v8::Object> from,
                 v8::Local<v8::Object> to, std::initializer_list<const char*> names) {
  v8::Isolate* isolate = context->GetIsolate();
  for (const char* name : names) {
    v8::Local<v8::String> key = V8String(isolate, name);
    v8::Local<v8::Value> value;
    if (!from->Get(context, key).ToLocal(&value) || to->Set(context, key, value).IsNothing()) {
      return false;
    }
  }
  return true;
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::FunctionCallback callback, v8::Local<v8::Value> data, int length) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = V8String(isolate, name);
  v8::Local<v8::Function> function;
  if (!v8::Function::New(context, callback, data, length, v8::ConstructorBehavior::kThrow)
           .ToLocal(&function)) {
    return;
  }
  function->SetName(key);
  target->Set(context, key, function).Check();
}

void SetHidden(v8::Local<v8::Context> context, v8::Local<v8::Object> target, std::string_view name,
               v8::Local<v8::Value> value) {
  target->DefineOwnProperty(context, V8String(context->GetIsolate(), name), value, v8::DontEnum)
      .Check();
}

void ThrowTypeError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::TypeError(V8String(isolate, message)));
}

void ThrowRangeError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::RangeError(V8String(isolate, message)));
}

void ThrowError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::Error(V8String(isolate, message)));
}

v8::Local<v8::Value> MakeTypeError(v8::Isolate* isolate, std::string_view message) {
  return v8::Exception::TypeError(V8String(isolate, message));
}

}  // namespace linea::shell
