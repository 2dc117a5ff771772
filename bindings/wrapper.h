// Platform objects: a JS object made from one of our interface templates, whose internal field
// 0 points to its native part (a Wrappable), freed when the JS object is collected. Unwrap is
// the one brand check every operation, attribute and argument goes through.
#ifndef LINEA_BINDINGS_WRAPPER_H_
#define LINEA_BINDINGS_WRAPPER_H_

#include <v8.h>

#include <memory>
#include <string>
#include <string_view>

#include "bindings/state.h"
#include "bindings/webidl.h"

namespace linea::bindings {

class Wrappable {
 public:
  virtual ~Wrappable() = default;

  // Gives `native` to `object` (an instance of an interface template, see
  // NewInterfaceTemplate); it is deleted once `object` is garbage collected.
  static void Attach(v8::Isolate* isolate, v8::Local<v8::Object> object,
                     std::unique_ptr<Wrappable> native);
  // A new object of `interface` in `context` (with that context's prototype), owning `native`.
  static v8::MaybeLocal<v8::Object> Create(v8::Local<v8::Context> context, State& state,
                                           Interface interface, std::unique_ptr<Wrappable> native);

  // The JS object this native belongs to (it is alive as long as this is).
  v8::Local<v8::Object> object(v8::Isolate* isolate) const { return object_.Get(isolate); }

 private:
  static void OnCollected(const v8::WeakCallbackInfo<Wrappable>& info);
  v8::Global<v8::Object> object_;
};

// Whether `value` is a platform object implementing `interface`.
bool Implements(State& state, Interface interface, v8::Local<v8::Value> value);

// The native of `value` if it implements T::kInterface; otherwise throws a TypeError
// "<what> is not a WebAssembly.Memory" and returns nullptr. `what` is e.g. "Receiver" or
// "WebAssembly.Instance(): Argument 0".
template <typename T>
T* Unwrap(State& state, v8::Local<v8::Value> value, std::string_view what) {
  if (!Implements(state, T::kInterface, value)) {
    ThrowTypeError(state.isolate(), std::string(what) + " is not a " +
                                        std::string(QualifiedInterfaceName(T::kInterface)));
    return nullptr;
  }
  void* native = value.As<v8::Object>()->GetAlignedPointerFromInternalField(0);
  return static_cast<T*>(static_cast<Wrappable*>(native));
}

// Unwraps an operation's or attribute's `this`.
template <typename T>
T* UnwrapReceiver(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return Unwrap<T>(State::From(info), info.This(), "Receiver");
}

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_WRAPPER_H_
