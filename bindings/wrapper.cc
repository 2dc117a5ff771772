#include "bindings/wrapper.h"

#include <unordered_set>
#include <utility>

#include "bindings/heap_tracer.h"

namespace linea::bindings {
namespace {

// Natives whose JS object died and that wait for V8's second weak pass, which V8 may defer to a
// task that never runs before the isolate ends: that pass or DeleteAwaitingSecondPass (at
// teardown) frees each, whichever comes first. Per thread: an isolate's callbacks run on it.
thread_local std::unordered_set<Wrappable*> t_awaiting_second_pass;

}  // namespace

void Wrappable::Attach(v8::Isolate* isolate, v8::Local<v8::Object> object,
                       std::unique_ptr<Wrappable> native) {
  Wrappable* raw = native.release();
  raw->state_ = State::Get(isolate);
  if (raw->state_ != nullptr) raw->state_->wrappers().insert(raw);
  object->SetAlignedPointerInInternalField(0, raw);
  object->SetAlignedPointerInInternalField(1, &kWrappableTracingTag);  // Reported to the tracer.
  raw->object_.Reset(isolate, object);
  raw->object_.SetWeak(raw, OnCollected, v8::WeakCallbackType::kParameter);
}

v8::MaybeLocal<v8::Object> Wrappable::Create(v8::Local<v8::Context> context, State& state,
                                             Interface interface,
                                             std::unique_ptr<Wrappable> native) {
  v8::Local<v8::Object> object;
  if (!state.interface_template(interface)->InstanceTemplate()->NewInstance(context).ToLocal(
          &object)) {
    return {};
  }
  Attach(state.isolate(), object, std::move(native));
  return object;
}

void Wrappable::OnCollected(const v8::WeakCallbackInfo<Wrappable>& info) {
  // The first pass may only reset the handle; the native's destructor (which resets its own
  // handles and may unmap a memory) runs in the second pass.
  Wrappable* native = info.GetParameter();
  native->object_.Reset();
  native->OnObjectCollected();
  // From now on the second pass deletes it, or, if V8 never runs that, the State's teardown.
  if (native->state_ != nullptr) native->state_->wrappers().erase(native);
  t_awaiting_second_pass.insert(native);
  info.SetSecondPassCallback([](const v8::WeakCallbackInfo<Wrappable>& second) {
    if (t_awaiting_second_pass.erase(second.GetParameter()) != 0) delete second.GetParameter();
  });
}

void Wrappable::DeleteAwaitingSecondPass() {
  std::unordered_set<Wrappable*> natives;
  natives.swap(t_awaiting_second_pass);
  for (Wrappable* native : natives) delete native;
}

CachedWrappable::CachedWrappable(State& state, const void* runtime_object)
    : state_(state), runtime_object_(runtime_object) {
  state_.object_cache()[runtime_object_] = this;
}

CachedWrappable::~CachedWrappable() {
  auto it = state_.object_cache().find(runtime_object_);
  if (it != state_.object_cache().end() && it->second == this) state_.object_cache().erase(it);
}

bool InstallInterface(v8::Local<v8::Context> context, State& state,
                      v8::Local<v8::Object> namespace_object,
                      const InterfaceDefinition& definition) {
  const Interface interface = definition.interface;
  const std::string_view name = InterfaceName(interface);
  if (!state.has_interface_template(interface)) {
    state.set_interface_template(
        interface, NewInterfaceTemplate(state, name, definition.constructor, definition.length));
  }
  v8::Local<v8::Function> constructor;
  v8::Local<v8::Object> prototype;
  v8::Local<v8::Function> interface_object;
  return state.interface_template(interface)->GetFunction(context).ToLocal(&constructor) &&
         PrototypeOf(context, constructor).ToLocal(&prototype) &&
         DefineOperations(context, state, prototype, definition.operations) &&
         DefineAttributes(context, state, prototype, definition.attributes) &&
         DefineToStringTag(context, prototype, QualifiedInterfaceName(interface)) &&
         NewInterfaceObject(context, constructor, name, definition.length)
             .ToLocal(&interface_object) &&
         DefineOperations(context, state, interface_object, definition.static_operations) &&
         DefineNonEnumerable(context, namespace_object, name, interface_object);
}

bool Implements(State& state, Interface interface, v8::Local<v8::Value> value) {
  return value->IsObject() && state.has_interface_template(interface) &&
         state.interface_template(interface)->HasInstance(value);
}

}  // namespace linea::bindings
