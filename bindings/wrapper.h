// Platform objects: a JS object made from one of our interface templates, whose internal field
// 0 points to its native part (a Wrappable), freed when the JS object is collected. Unwrap is
// the one brand check every operation, attribute and argument goes through. InstallInterface
// defines the interfaces whose objects these are.
#ifndef LINEA_BINDINGS_WRAPPER_H_
#define LINEA_BINDINGS_WRAPPER_H_

#include <v8.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "bindings/heap_tracer.h"
#include "bindings/state.h"
#include "bindings/webidl.h"
#include "runtime/store/instance.h"

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

  // The runtime object this native makes a root of V8's tracing through the store.
  virtual TracedObject traced_object() const { return {}; }

  // The JS object this native belongs to (it is alive as long as this is).
  v8::Local<v8::Object> object(v8::Isolate* isolate) const { return object_.Get(isolate); }
  // Whether the JS object has been collected while this native waits for V8's second weak
  // pass (which may be deferred to a task) to delete it: its object() is then empty.
  bool collected() const { return object_.IsEmpty(); }

  // Deletes the natives whose JS objects were collected but whose second weak pass has not run
  // (the State's teardown, before the State goes).
  static void DeleteAwaitingSecondPass();

 protected:
  // Called in V8's first weak-callback pass, when the JS object has been collected: no V8 API
  // may be used, but runtime roots can be dropped at once (the native itself is deleted in a
  // second pass that V8 may defer to a task).
  virtual void OnObjectCollected() {}

 private:
  static void OnCollected(const v8::WeakCallbackInfo<Wrappable>& info);
  v8::Global<v8::Object> object_;
  State* state_ = nullptr;  // Lists this among its live wrappers until the JS object dies.
};

// The native of a Memory, Table or Global object. The JS API keeps one JS object per runtime
// object (its object caches): while it lives, this is State::object_cache()'s entry for the
// runtime object it was made for.
class CachedWrappable : public Wrappable {
 protected:
  CachedWrappable(State& state, const void* runtime_object);
  ~CachedWrappable() override;

  State& state() const { return state_; }

 private:
  State& state_;
  const void* runtime_object_;
};

// The one object of `runtime_object`: the cached one, or else a new T made for it.
template <typename T, typename Runtime>
v8::MaybeLocal<v8::Object> GetOrCreateCachedObject(v8::Local<v8::Context> context, State& state,
                                                   const std::shared_ptr<Runtime>& runtime_object) {
  // A collected entry's object is gone for good: nothing can observe a new one being made (its
  // native's destructor leaves the new entry alone).
  auto it = state.object_cache().find(runtime_object.get());
  if (it != state.object_cache().end() && !it->second->collected()) {
    return it->second->object(state.isolate());
  }
  return Wrappable::Create(context, state, T::kInterface,
                           std::make_unique<T>(state, runtime_object));
}

// What the JS API defines for one interface of the namespace: its constructor, the members of
// its interface prototype object and the static operations of its interface object.
struct InterfaceDefinition {
  Interface interface;
  v8::FunctionCallback constructor;
  int length;  // The constructor's required arguments.
  std::span<const Operation> operations = {};
  std::span<const Attribute> attributes = {};
  std::span<const Operation> static_operations = {};
};

// Defines the interface object of `definition` on `namespace_object`, making the interface
// template the first time in this isolate. Properties are made in this order: the prototype's
// operations, attributes and @@toStringTag, then the interface object's static operations.
bool InstallInterface(v8::Local<v8::Context> context, State& state,
                      v8::Local<v8::Object> namespace_object,
                      const InterfaceDefinition& definition);

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
