#include "bindings/tag.h"

#include <string>
#include <utility>
#include <vector>

#include "bindings/type_reflection.h"
#include "bindings/value_conversion.h"
#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

// A WebIDL sequence<any> (3.2.26): the values of `value`'s @@iterator.
bool ToSequence(v8::Local<v8::Context> context, v8::Local<v8::Value> value, std::string_view what,
                std::vector<v8::Local<v8::Value>>* out) {
  v8::Isolate* isolate = context->GetIsolate();
  if (!value->IsObject()) {
    ThrowTypeError(isolate, std::string(what) + " must be an iterable object");
    return false;
  }
  v8::Local<v8::Object> object = value.As<v8::Object>();
  v8::Local<v8::Value> method, iterator, next;
  if (!object->Get(context, v8::Symbol::GetIterator(isolate)).ToLocal(&method)) return false;
  if (!method->IsFunction()) {
    ThrowTypeError(isolate, std::string(what) + " must be an iterable object");
    return false;
  }
  if (!method.As<v8::Function>()->Call(context, object, 0, nullptr).ToLocal(&iterator)) {
    return false;
  }
  if (!iterator->IsObject()) {
    ThrowTypeError(isolate, std::string(what) + ": the iterator is not an object");
    return false;
  }
  if (!iterator.As<v8::Object>()->Get(context, ToV8String(isolate, "next")).ToLocal(&next)) {
    return false;
  }
  if (!next->IsFunction()) {
    ThrowTypeError(isolate, std::string(what) + ": the iterator has no next()");
    return false;
  }
  for (;;) {
    v8::Local<v8::Value> result, done, item;
    if (!next.As<v8::Function>()->Call(context, iterator, 0, nullptr).ToLocal(&result)) {
      return false;
    }
    if (!result->IsObject()) {
      ThrowTypeError(isolate, std::string(what) + ": an iterator result is not an object");
      return false;
    }
    v8::Local<v8::Object> result_object = result.As<v8::Object>();
    if (!result_object->Get(context, ToV8String(isolate, "done")).ToLocal(&done)) return false;
    if (done->BooleanValue(isolate)) return true;
    if (!result_object->Get(context, ToV8String(isolate, "value")).ToLocal(&item)) return false;
    out->push_back(item);
  }
}

// new Tag(type)
void ConstructTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!RequireConstructCall(info, "WebAssembly.Tag") ||
      !RequireArguments(info, 1, "WebAssembly.Tag")) {
    return;
  }
  // TagType { required sequence<ValueType> parameters; }
  v8::Local<v8::Object> descriptor;
  if (!ToDictionary(context, info[0], "WebAssembly.Tag(): type", &descriptor)) return;
  v8::Local<v8::Value> member;
  if (!GetDictionaryMember(context, descriptor, "parameters", &member)) return;
  if (member->IsUndefined()) {
    ThrowTypeError(isolate, "WebAssembly.Tag(): type.parameters is required");
    return;
  }
  std::vector<v8::Local<v8::Value>> names;
  if (!ToSequence(context, member, "WebAssembly.Tag(): type.parameters", &names)) return;
  rt::FuncType type;
  for (v8::Local<v8::Value> name : names) {
    std::optional<rt::ValType> t =
        ToValueType(context, name, /*references_only=*/false, "WebAssembly.Tag(): type.parameters");
    if (!t) return;
    type.params.push_back(*t);
  }
  auto tag = std::make_shared<rt::Tag>(rt::CanonicalTypeId(type));
  Wrappable::Attach(isolate, info.This(), std::make_unique<TagObject>(state, std::move(tag)));
}

// new Exception(exceptionTag, payload, options)
void ConstructException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  constexpr const char* kWhere = "WebAssembly.Exception()";
  if (!RequireConstructCall(info, "WebAssembly.Exception") ||
      !RequireArguments(info, 2, "WebAssembly.Exception")) {
    return;
  }
  TagObject* tag = Unwrap<TagObject>(state, info[0], "WebAssembly.Exception(): Argument 0");
  if (tag == nullptr) return;
  std::vector<v8::Local<v8::Value>> payload;
  if (!ToSequence(context, info[1], "WebAssembly.Exception(): payload", &payload)) return;
  v8::Local<v8::Object> options;
  if (!ToDictionary(context, info[2], "WebAssembly.Exception(): options", &options)) return;
  bool trace_stack = false;
  if (!options.IsEmpty()) {
    v8::Local<v8::Value> member;
    if (!GetDictionaryMember(context, options, "traceStack", &member)) return;
    trace_stack = member->BooleanValue(isolate);
  }
  // JS exceptions get JSTag from the engine only, so that catching it always yields a JS value.
  if (tag->tag() == state.js_tag()) {
    ThrowTypeError(isolate, std::string(kWhere) + ": WebAssembly.JSTag cannot be thrown this way");
    return;
  }
  const rt::FuncType& type = tag->tag()->type();
  if (payload.size() != type.params.size()) {
    ThrowTypeError(isolate, std::string(kWhere) + ": the tag takes " +
                                std::to_string(type.params.size()) + " values, the payload has " +
                                std::to_string(payload.size()));
    return;
  }
  std::vector<rt::Value> values;
  for (size_t i = 0; i < payload.size(); ++i) {
    std::optional<rt::Value> value =
        ToWebAssemblyValue(context, state, payload[i], type.params[i], "WebAssembly.Exception()");
    if (!value) return;
    values.push_back(*value);
  }
  rt::Exception* exception = state.store().NewException(tag->tag(), values);
  Wrappable::Attach(isolate, info.This(), std::make_unique<ExceptionObject>(state, exception));
  if (trace_stack) {
    // The stack of an Error made here, as V8 gives its own exceptions.
    v8::Local<v8::Value> error = v8::Exception::Error(ToV8String(isolate, ""));
    v8::Local<v8::Value> stack;
    if (!error.As<v8::Object>()->Get(context, ToV8String(isolate, "stack")).ToLocal(&stack) ||
        info.This()->CreateDataProperty(context, ToV8String(isolate, "stack"), stack).IsNothing()) {
      return;
    }
  }
}

// Exception.prototype.getArg(exceptionTag, index)
void GetArg(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  ExceptionObject* self = UnwrapReceiver<ExceptionObject>(info);
  if (self == nullptr || !RequireArguments(info, 2, "WebAssembly.Exception.prototype.getArg")) {
    return;
  }
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  TagObject* tag = Unwrap<TagObject>(state, info[0], "getArg(): Argument 0");
  if (tag == nullptr) return;
  std::optional<uint32_t> index = ToEnforcedUnsignedLong(context, info[1], "getArg(): index");
  if (!index) return;
  const rt::Exception& exception = *self->exception();
  if (exception.tag != tag->tag()) {
    ThrowTypeError(isolate, "getArg(): the exception's tag is not the given tag");
    return;
  }
  if (*index >= exception.payload.size()) {
    ThrowRangeError(isolate, "getArg(): index " + std::to_string(*index) + " is out of range");
    return;
  }
  const rt::Value value =
      rt::Value::FromSlot(exception.tag->type().params[*index], exception.payload[*index]);
  v8::Local<v8::Value> result;
  if (ToJSValue(context, state, value).ToLocal(&result)) info.GetReturnValue().Set(result);
}

// Exception.prototype.is(exceptionTag)
void Is(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  ExceptionObject* self = UnwrapReceiver<ExceptionObject>(info);
  if (self == nullptr || !RequireArguments(info, 1, "WebAssembly.Exception.prototype.is")) return;
  TagObject* tag = Unwrap<TagObject>(state, info[0], "is(): Argument 0");
  if (tag == nullptr) return;
  info.GetReturnValue().Set(self->exception()->tag == tag->tag());
}

// get WebAssembly.JSTag
void GetJSTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Local<v8::Object> tag;
  if (GetTagObject(info.GetIsolate()->GetCurrentContext(), state, state.js_tag()).ToLocal(&tag)) {
    info.GetReturnValue().Set(tag);
  }
}

constexpr Operation kTagOperations[] = {{"type", TagTypeOperation, 0}};
constexpr Operation kExceptionOperations[] = {{"getArg", GetArg, 2}, {"is", Is, 1}};
constexpr Attribute kNamespaceAttributes[] = {{"JSTag", GetJSTag, nullptr}};

// The Exception object of `exception`, made on first use.
v8::MaybeLocal<v8::Object> GetExceptionObject(v8::Local<v8::Context> context, State& state,
                                              rt::Exception* exception) {
  auto it = state.object_cache().find(exception);
  if (it != state.object_cache().end() && !it->second->collected()) {
    return it->second->object(state.isolate());
  }
  return Wrappable::Create(context, state, Interface::kException,
                           std::make_unique<ExceptionObject>(state, exception));
}

}  // namespace

TagObject::TagObject(State& state, std::shared_ptr<rt::Tag> tag)
    : CachedWrappable(state, tag.get()), tag_(std::move(tag)) {}

ExceptionObject::ExceptionObject(State& state, rt::Exception* exception)
    : CachedWrappable(state, exception), exception_(exception) {
  ++exception_->host_refs;  // A root of the store's exception collector while this lives.
}

ExceptionObject::~ExceptionObject() { --exception_->host_refs; }

bool InstallTagAndException(v8::Local<v8::Context> context, State& state,
                            v8::Local<v8::Object> namespace_object) {
  constexpr InterfaceDefinition kTag = {.interface = Interface::kTag,
                                        .constructor = ConstructTag,
                                        .length = 1,
                                        .operations = kTagOperations};
  constexpr InterfaceDefinition kException = {.interface = Interface::kException,
                                              .constructor = ConstructException,
                                              .length = 2,
                                              .operations = kExceptionOperations};
  return InstallInterface(context, state, namespace_object, kTag) &&
         InstallInterface(context, state, namespace_object, kException) &&
         DefineAttributes(context, state, namespace_object, kNamespaceAttributes);
}

v8::MaybeLocal<v8::Object> GetTagObject(v8::Local<v8::Context> context, State& state,
                                        const std::shared_ptr<rt::Tag>& tag) {
  return GetOrCreateCachedObject<TagObject>(context, state, tag);
}

void ThrowWasmException(v8::Local<v8::Context> context, State& state, rt::Exception* exception) {
  v8::Isolate* isolate = state.isolate();
  if (exception->tag == state.js_tag()) {
    // The JS value it carries, unchanged (JS API: a JSTag exception is its payload).
    v8::Local<v8::Value> value;
    if (!ToJSValue(context, state, rt::Value::ExternRef(exception->payload[0].ref))
             .ToLocal(&value)) {
      return;
    }
    isolate->ThrowException(value);
    return;
  }
  v8::Local<v8::Object> object;
  if (GetExceptionObject(context, state, exception).ToLocal(&object)) {
    isolate->ThrowException(object);
  }
}

rt::Exception* ToWasmException(v8::Local<v8::Context> context, State& state,
                               v8::Local<v8::Value> value) {
  if (Implements(state, Interface::kException, value)) {
    return Unwrap<ExceptionObject>(state, value, "exception")->exception();
  }
  std::optional<rt::Value> payload =
      ToWebAssemblyValue(context, state, value, rt::ValType::kExternRef, "exception");
  if (!payload) return nullptr;
  const rt::Value values[] = {*payload};
  return state.store().NewException(state.js_tag(), values);
}

}  // namespace linea::bindings
