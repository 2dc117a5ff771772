#include "bindings/errors.h"

#include <string>

#include "bindings/webidl.h"

namespace linea::bindings {
namespace {

v8::Local<v8::String> Key(v8::Isolate* isolate, const char* name) {
  return v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized).ToLocalChecked();
}

// The realm's %WebAssembly.<type>.prototype%. Never fails: "prototype" of a constructor made
// from a template is a non-writable, non-configurable data property.
v8::Local<v8::Object> IntrinsicPrototype(v8::Local<v8::Context> context, State& state,
                                         ErrorType type) {
  v8::Local<v8::Function> constructor =
      state.error_template(type)->GetFunction(context).ToLocalChecked();
  return PrototypeOf(context, constructor).ToLocalChecked();
}

// NativeError(message, options) (ECMA-262 20.5.6.1), for any of the three types.
template <ErrorType kType>
void ConstructError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  State& state = State::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();

  // OrdinaryCreateFromConstructor(newTarget, "%NativeError.prototype%"); called as a function,
  // newTarget is the active function, whose prototype is the intrinsic one.
  v8::Local<v8::Object> prototype = IntrinsicPrototype(context, state, kType);
  if (info.NewTarget()->IsObject()) {
    v8::Local<v8::Value> candidate;
    if (!info.NewTarget()
             .As<v8::Object>()
             ->Get(context, Key(isolate, "prototype"))
             .ToLocal(&candidate)) {
      return;
    }
    if (candidate->IsObject()) prototype = candidate.As<v8::Object>();
  }

  v8::Local<v8::Value> message = info[0];
  v8::Local<v8::String> message_string = v8::String::Empty(isolate);
  if (!message->IsUndefined() && !message->ToString(context).ToLocal(&message_string)) return;

  // V8 gives the object [[ErrorData]] and captures the stack; the stack text is formatted
  // lazily, so it picks up the name from the prototype set below.
  v8::Local<v8::Object> error = v8::Exception::Error(message_string).As<v8::Object>();
  if (message->IsUndefined() && error->Delete(context, Key(isolate, "message")).IsNothing()) {
    return;
  }

  // InstallErrorCause(O, options).
  v8::Local<v8::Value> options = info[1];
  if (options->IsObject()) {
    v8::Local<v8::Object> options_object = options.As<v8::Object>();
    v8::Local<v8::String> cause_key = Key(isolate, "cause");
    bool has_cause = false;
    if (!options_object->Has(context, cause_key).To(&has_cause)) return;
    if (has_cause) {
      v8::Local<v8::Value> cause;
      if (!options_object->Get(context, cause_key).ToLocal(&cause) ||
          error->DefineOwnProperty(context, cause_key, cause, v8::DontEnum).IsNothing()) {
        return;
      }
    }
  }

  if (error->SetPrototype(context, prototype).IsNothing()) return;
  info.GetReturnValue().Set(error);
}

constexpr v8::FunctionCallback kConstructors[kErrorTypeCount] = {
    ConstructError<ErrorType::kCompileError>, ConstructError<ErrorType::kLinkError>,
    ConstructError<ErrorType::kRuntimeError>,
    ConstructError<ErrorType::kSuspendError>,  // JSPI (bindings/suspending.h).
};

}  // namespace

bool InstallErrors(v8::Local<v8::Context> context, State& state,
                   v8::Local<v8::Object> namespace_object) {
  v8::Isolate* isolate = state.isolate();
  // %Error% and %Error.prototype% of this realm, reached from a fresh error object so that a
  // script cannot have substituted them.
  v8::Local<v8::Object> error_prototype = v8::Exception::Error(v8::String::Empty(isolate))
                                              .As<v8::Object>()
                                              ->GetPrototype()
                                              .As<v8::Object>();
  v8::Local<v8::Value> error_constructor;
  if (!error_prototype->Get(context, Key(isolate, "constructor")).ToLocal(&error_constructor)) {
    return false;
  }

  for (size_t i = 0; i < kErrorTypeCount; ++i) {
    ErrorType type = static_cast<ErrorType>(i);
    std::string_view name = ErrorTypeName(type);
    if (!state.has_error_template(type)) {
      v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
          isolate, kConstructors[i], state.data(), v8::Local<v8::Signature>(), 1);
      tmpl->SetClassName(ToV8String(isolate, name));
      tmpl->ReadOnlyPrototype();
      // NativeError.prototype.name / .message: {writable, !enumerable, configurable}.
      tmpl->PrototypeTemplate()->Set(Key(isolate, "name"), ToV8String(isolate, name), v8::DontEnum);
      tmpl->PrototypeTemplate()->Set(Key(isolate, "message"), v8::String::Empty(isolate),
                                     v8::DontEnum);
      state.set_error_template(type, tmpl);
    }
    v8::Local<v8::Function> constructor;
    if (!state.error_template(type)->GetFunction(context).ToLocal(&constructor)) return false;
    v8::Local<v8::Object> prototype;
    if (!PrototypeOf(context, constructor).ToLocal(&prototype)) return false;
    // The NativeError structure: [[Prototype]] of the constructor is %Error%, of the prototype
    // %Error.prototype%.
    v8::Local<v8::Function> interface_object;
    if (constructor->SetPrototype(context, error_constructor).IsNothing() ||
        prototype->SetPrototype(context, error_prototype).IsNothing() ||
        !NewInterfaceObject(context, constructor, name, 1).ToLocal(&interface_object) ||
        !DefineNonEnumerable(context, namespace_object, name, interface_object)) {
      return false;
    }
  }
  return true;
}

v8::Local<v8::Object> NewWasmError(v8::Local<v8::Context> context, State& state, ErrorType type,
                                   std::string_view message) {
  v8::Local<v8::Object> error =
      v8::Exception::Error(ToV8String(state.isolate(), message)).As<v8::Object>();
  // Cannot fail: an ordinary extensible object gets a new prototype.
  error->SetPrototype(context, IntrinsicPrototype(context, state, type)).Check();
  return error;
}

void ThrowWasmError(v8::Local<v8::Context> context, State& state, ErrorType type,
                    std::string_view message) {
  state.isolate()->ThrowException(NewWasmError(context, state, type, message));
}

}  // namespace linea::bindings
