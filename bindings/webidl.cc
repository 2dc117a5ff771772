#include "bindings/webidl.h"

#include <cmath>
#include <cstring>

#include "bindings/state.h"

namespace linea::bindings {

void ThrowTypeError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::TypeError(ToV8String(isolate, message)));
}

void ThrowRangeError(v8::Isolate* isolate, std::string_view message) {
  isolate->ThrowException(v8::Exception::RangeError(ToV8String(isolate, message)));
}

v8::Local<v8::String> ToV8String(v8::Isolate* isolate, std::string_view utf8) {
  // Only text beyond V8's string length limit (about 2^29 characters) fails; a module could hold
  // such a name, and an empty string is better than a crash then.
  if (utf8.size() > static_cast<size_t>(v8::String::kMaxLength)) return v8::String::Empty(isolate);
  return v8::String::NewFromUtf8(isolate, utf8.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(utf8.size()))
      .FromMaybe(v8::String::Empty(isolate));
}

std::string DescribeValue(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsUndefined()) return "undefined";
  if (value->IsNull()) return "null";
  if (value->IsSymbol()) return "a symbol";
  if (value->IsBigInt()) return "a BigInt";
  if (value->IsFunction()) return "a function";
  if (value->IsObject()) return "an object";
  // Primitives convert without running user code.
  v8::String::Utf8Value text(isolate, value);
  std::string out = *text ? *text : "";
  if (value->IsString()) out = "\"" + out + "\"";
  return out;
}

// --- Definitions ----------------------------------------------------------------------------

v8::MaybeLocal<v8::Function> NewBuiltinFunction(v8::Local<v8::Context> context, State& state,
                                                std::string_view name,
                                                v8::FunctionCallback callback, int length) {
  v8::Local<v8::Function> function;
  if (!v8::Function::New(context, callback, state.data(), length, v8::ConstructorBehavior::kThrow)
           .ToLocal(&function)) {
    return {};
  }
  function->SetName(ToV8String(state.isolate(), name));
  return function;
}

bool DefineOperations(v8::Local<v8::Context> context, State& state, v8::Local<v8::Object> target,
                      std::span<const Operation> operations) {
  for (const Operation& op : operations) {
    v8::Local<v8::Function> function;
    if (!NewBuiltinFunction(context, state, op.name, op.callback, op.length).ToLocal(&function)) {
      return false;
    }
    if (target->DefineOwnProperty(context, ToV8String(state.isolate(), op.name), function, v8::None)
            .IsNothing()) {
      return false;
    }
  }
  return true;
}

bool DefineAttributes(v8::Local<v8::Context> context, State& state, v8::Local<v8::Object> target,
                      std::span<const Attribute> attributes) {
  for (const Attribute& attribute : attributes) {
    std::string name = attribute.name;
    v8::Local<v8::Function> getter;
    if (!NewBuiltinFunction(context, state, "get " + name, attribute.getter, 0).ToLocal(&getter)) {
      return false;
    }
    v8::Local<v8::Function> setter;
    if (attribute.setter != nullptr &&
        !NewBuiltinFunction(context, state, "set " + name, attribute.setter, 1).ToLocal(&setter)) {
      return false;
    }
    target->SetAccessorProperty(ToV8String(state.isolate(), name), getter, setter, v8::None);
  }
  return true;
}

bool DefineToStringTag(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                       std::string_view tag) {
  v8::Isolate* isolate = context->GetIsolate();
  return !target
              ->DefineOwnProperty(context, v8::Symbol::GetToStringTag(isolate),
                                  ToV8String(isolate, tag),
                                  static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum))
              .IsNothing();
}

bool DefineNonEnumerable(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                         std::string_view name, v8::Local<v8::Value> value) {
  return !target
              ->DefineOwnProperty(context, ToV8String(context->GetIsolate(), name), value,
                                  v8::DontEnum)
              .IsNothing();
}

v8::Local<v8::FunctionTemplate> NewInterfaceTemplate(State& state, std::string_view name,
                                                     v8::FunctionCallback constructor, int length) {
  v8::Isolate* isolate = state.isolate();
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, constructor, state.data(), v8::Local<v8::Signature>(),
                                length, v8::ConstructorBehavior::kAllow);
  tmpl->SetClassName(ToV8String(isolate, name));
  // WebIDL: the interface object's "prototype" is {writable: false, enumerable: false,
  // configurable: false}; the prototype's "constructor" is V8's default {writable, !enumerable,
  // configurable}, as WebIDL wants.
  tmpl->ReadOnlyPrototype();
  // Field 0: the Wrappable; field 1: kWrappableTracingTag (heap_tracer.h); field 2: a JS value
  // the interface keeps (Instance's exports).
  tmpl->InstanceTemplate()->SetInternalFieldCount(3);
  return tmpl;
}

v8::MaybeLocal<v8::Function> NewInterfaceObject(v8::Local<v8::Context> context,
                                                v8::Local<v8::Function> constructor,
                                                std::string_view name, int length) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> prototype;
  v8::Local<v8::Value> bind;
  v8::Local<v8::Value> bound;
  // Function.prototype.bind, read while the realm is fresh (the namespace is installed before
  // any script runs).
  if (!PrototypeOf(context, constructor).ToLocal(&prototype) ||
      !constructor->Get(context, v8::String::NewFromUtf8Literal(isolate, "bind")).ToLocal(&bind) ||
      !bind->IsFunction() ||
      !bind.As<v8::Function>()->Call(context, constructor, 0, nullptr).ToLocal(&bound) ||
      !bound->IsFunction()) {
    return {};
  }
  v8::Local<v8::Function> object = bound.As<v8::Function>();
  const auto kNotWritable = static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum);
  const auto kFixed =
      static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum | v8::DontDelete);
  bool ok = object->SetPrototype(context, constructor->GetPrototype()).FromMaybe(false) &&
            object
                ->DefineOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "name"),
                                    ToV8String(isolate, name), kNotWritable)
                .FromMaybe(false) &&
            object
                ->DefineOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "length"),
                                    v8::Integer::New(isolate, length), kNotWritable)
                .FromMaybe(false) &&
            object
                ->DefineOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "prototype"),
                                    prototype, kFixed)
                .FromMaybe(false) &&
            prototype
                ->DefineOwnProperty(context, v8::String::NewFromUtf8Literal(isolate, "constructor"),
                                    object, v8::DontEnum)
                .FromMaybe(false);
  if (!ok) return {};
  return object;
}

v8::MaybeLocal<v8::Object> PrototypeOf(v8::Local<v8::Context> context,
                                       v8::Local<v8::Function> interface_object) {
  v8::Local<v8::Value> prototype;
  if (!interface_object
           ->Get(context, v8::String::NewFromUtf8Literal(context->GetIsolate(), "prototype"))
           .ToLocal(&prototype) ||
      !prototype->IsObject()) {
    return {};
  }
  return prototype.As<v8::Object>();
}

// --- Arguments ------------------------------------------------------------------------------

bool RequireArguments(const v8::FunctionCallbackInfo<v8::Value>& info, int count,
                      std::string_view where) {
  if (info.Length() >= count) return true;
  std::string message = std::string(where) + ": " + std::to_string(count) + " argument" +
                        (count == 1 ? "" : "s") + " required, but only " +
                        std::to_string(info.Length()) + " present";
  ThrowTypeError(info.GetIsolate(), message);
  return false;
}

bool RequireConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info,
                          std::string_view interface_name) {
  if (info.IsConstructCall()) return true;
  ThrowTypeError(info.GetIsolate(),
                 std::string(interface_name) + " constructor: 'new' is required");
  return false;
}

bool IsMissing(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
  return info.Length() <= index || info[index]->IsUndefined();
}

std::optional<uint32_t> ToEnforcedUnsignedLong(v8::Local<v8::Context> context,
                                               v8::Local<v8::Value> value, std::string_view what) {
  v8::Local<v8::Number> number;
  if (!value->ToNumber(context).ToLocal(&number)) return std::nullopt;
  double x = number->Value();
  if (std::isnan(x) || std::isinf(x)) {
    ThrowTypeError(context->GetIsolate(), std::string(what) + " must be a finite number, got " +
                                              DescribeValue(context->GetIsolate(), number));
    return std::nullopt;
  }
  x = std::trunc(x);
  if (x < 0 || x > 4294967295.0) {
    ThrowTypeError(context->GetIsolate(),
                   std::string(what) +
                       " must be in the range of unsigned long [0, 4294967295], got " +
                       DescribeValue(context->GetIsolate(), number));
    return std::nullopt;
  }
  return static_cast<uint32_t>(x);
}

bool ToDictionary(v8::Local<v8::Context> context, v8::Local<v8::Value> value, std::string_view what,
                  v8::Local<v8::Object>* dictionary) {
  if (value->IsUndefined() || value->IsNull()) return true;
  if (!value->IsObject()) {
    ThrowTypeError(context->GetIsolate(), std::string(what) + " must be an object");
    return false;
  }
  *dictionary = value.As<v8::Object>();
  return true;
}

bool GetDictionaryMember(v8::Local<v8::Context> context, v8::Local<v8::Object> dictionary,
                         std::string_view name, v8::Local<v8::Value>* member) {
  if (dictionary.IsEmpty()) {
    *member = v8::Undefined(context->GetIsolate());
    return true;
  }
  return dictionary->Get(context, ToV8String(context->GetIsolate(), name)).ToLocal(member);
}

std::optional<size_t> ToEnumeration(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                                    std::span<const std::string_view> values,
                                    std::string_view what) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> string;
  if (!value->ToString(context).ToLocal(&string)) return std::nullopt;
  v8::String::Utf8Value utf8(isolate, string);
  std::string_view text(*utf8 ? *utf8 : "", utf8.length());
  // A lone surrogate becomes U+FFFD in UTF-8, which no enumeration value contains, so
  // comparing UTF-8 cannot match a string that differs from every value.
  for (size_t i = 0; i < values.size(); ++i) {
    if (text == values[i]) return i;
  }
  ThrowTypeError(isolate,
                 std::string(what) + ": \"" + std::string(text) + "\" is not a valid value");
  return std::nullopt;
}

bool CheckOptionalObject(v8::Isolate* isolate, v8::Local<v8::Value> value, std::string_view what) {
  if (value->IsUndefined() || value->IsObject()) return true;
  ThrowTypeError(isolate, std::string(what) + " must be an object");
  return false;
}

bool IsBufferSource(v8::Local<v8::Value> value) {
  // [AllowShared]: views on SharedArrayBuffers and SharedArrayBuffers themselves are accepted
  // (JS API: the bytes argument is an AllowSharedBufferSource).
  return value->IsArrayBuffer() || value->IsSharedArrayBuffer() || value->IsArrayBufferView();
}

std::optional<std::vector<uint8_t>> CopyBufferSource(v8::Isolate* isolate,
                                                     v8::Local<v8::Value> value,
                                                     std::string_view what) {
  if (!IsBufferSource(value)) {
    ThrowTypeError(
        isolate,
        std::string(what) + " must be an ArrayBuffer, a SharedArrayBuffer or an ArrayBufferView");
    return std::nullopt;
  }
  std::vector<uint8_t> bytes;
  const void* data = nullptr;
  size_t length = 0;
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    data = buffer->Data();
    length = buffer->ByteLength();  // 0 once detached.
  } else if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer = value.As<v8::SharedArrayBuffer>();
    data = buffer->Data();
    length = buffer->ByteLength();
  } else {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    bytes.resize(view->ByteLength());  // 0 once detached or out of bounds.
    if (!bytes.empty()) view->CopyContents(bytes.data(), bytes.size());
    return bytes;
  }
  bytes.resize(length);
  if (length != 0) std::memcpy(bytes.data(), data, length);
  return bytes;
}

std::optional<std::span<const uint8_t>> ViewUnsharedBufferSource(v8::Local<v8::Value> value) {
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    return std::span(static_cast<const uint8_t*>(buffer->Data()), buffer->ByteLength());
  }
  if (!value->IsArrayBufferView()) return std::nullopt;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  if (!view->HasBuffer() || view->Buffer()->IsSharedArrayBuffer()) return std::nullopt;
  const size_t length = view->ByteLength();  // 0 once detached or out of bounds.
  if (length == 0) return std::span<const uint8_t>();
  const uint8_t* data = static_cast<const uint8_t*>(view->Buffer()->Data());
  return std::span(data + view->ByteOffset(), length);
}

std::optional<std::span<const uint8_t>> BufferSourceBytes(v8::Isolate* isolate,
                                                          v8::Local<v8::Value> value,
                                                          v8::Local<v8::Value> options,
                                                          std::string_view what,
                                                          std::vector<uint8_t>* copy) {
  if (options->IsUndefined()) {
    if (std::optional<std::span<const uint8_t>> view = ViewUnsharedBufferSource(value)) {
      return view;
    }
  }
  std::optional<std::vector<uint8_t>> copied = CopyBufferSource(isolate, value, what);
  if (!copied) return std::nullopt;
  *copy = std::move(*copied);
  return std::span<const uint8_t>(*copy);
}

// IteratorToList(GetIteratorFromMethod(iterable, method)) (ECMA-262 7.4).
bool IterableToList(v8::Local<v8::Context> context, v8::Local<v8::Value> iterable,
                    v8::Local<v8::Function> method, std::vector<v8::Local<v8::Value>>* out) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> iterator;
  if (!method->Call(context, iterable, 0, nullptr).ToLocal(&iterator)) return false;
  if (!iterator->IsObject()) {
    ThrowTypeError(isolate, "Result of the Symbol.iterator method is not an object");
    return false;
  }
  v8::Local<v8::Value> next;
  if (!iterator.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "next"))
           .ToLocal(&next)) {
    return false;
  }
  while (true) {
    if (!next->IsFunction()) {
      ThrowTypeError(isolate, "iterator.next is not a function");
      return false;
    }
    v8::Local<v8::Value> result;
    if (!next.As<v8::Function>()->Call(context, iterator, 0, nullptr).ToLocal(&result)) {
      return false;
    }
    if (!result->IsObject()) {
      ThrowTypeError(isolate, "Iterator result is not an object");
      return false;
    }
    v8::Local<v8::Object> result_object = result.As<v8::Object>();
    v8::Local<v8::Value> done;
    if (!result_object->Get(context, v8::String::NewFromUtf8Literal(isolate, "done"))
             .ToLocal(&done)) {
      return false;
    }
    if (done->BooleanValue(isolate)) return true;
    v8::Local<v8::Value> value;
    if (!result_object->Get(context, v8::String::NewFromUtf8Literal(isolate, "value"))
             .ToLocal(&value)) {
      return false;
    }
    out->push_back(value);
  }
}

bool ToSequence(v8::Local<v8::Context> context, v8::Local<v8::Value> value, std::string_view what,
                std::vector<v8::Local<v8::Value>>* out) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> method;
  if (!value->IsObject() ||
      !value.As<v8::Object>()->Get(context, v8::Symbol::GetIterator(isolate)).ToLocal(&method)) {
    if (!value->IsObject()) ThrowTypeError(isolate, std::string(what) + " is not iterable");
    return false;
  }
  if (!method->IsFunction()) {
    ThrowTypeError(isolate, std::string(what) + " is not iterable");
    return false;
  }
  return IterableToList(context, value, method.As<v8::Function>(), out);
}

}  // namespace linea::bindings
