// WebAssembly.Instance (JS API spec 4.3) and the steps shared with the namespace's
// instantiate(): "instantiate the core of a WebAssembly module" and "initialize an instance
// object".
#ifndef LINEA_BINDINGS_INSTANCE_H_
#define LINEA_BINDINGS_INSTANCE_H_

#include <v8.h>

#include <memory>
#include <span>
#include <string_view>

#include "bindings/state.h"
#include "bindings/wrapper.h"
#include "runtime/store/instance.h"

namespace linea::bindings {

class InstanceObject : public Wrappable {
 public:
  static constexpr Interface kInterface = Interface::kInstance;

  // A root of the store's collector while the JS object lives.
  explicit InstanceObject(rt::Instance* instance) : instance_(instance) { ++instance->host_refs; }

  // Owned by the store; alive while the JS object is.
  rt::Instance* instance() const { return instance_; }
  TracedObject traced_object() const override { return {.instance = instance_}; }

 private:
  void OnObjectCollected() override { --instance_->host_refs; }

  rt::Instance* instance_;
};

// Defines WebAssembly.Instance on `namespace_object`.
bool InstallInstance(v8::Local<v8::Context> context, State& state,
                     v8::Local<v8::Object> namespace_object);

// Runs the runtime's instantiation; on failure throws a LinkError, a RuntimeError (a trap in a
// segment or the start function), or the start function's JS exception, and returns nullptr.
rt::Instance* InstantiateCore(v8::Local<v8::Context> context, State& state,
                              std::shared_ptr<const rt::Module> module,
                              std::span<const rt::Extern> imports, std::string_view where);

// The exports object of an Instance object (its [[Exports]]), whatever scripts did to the
// prototype's getter.
v8::Local<v8::Value> InstanceExports(v8::Local<v8::Object> instance_object);

// A new Instance object of `context`'s realm for `instance`, with its exports object.
v8::MaybeLocal<v8::Object> NewInstanceObject(v8::Local<v8::Context> context, State& state,
                                             rt::Instance* instance);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_INSTANCE_H_
