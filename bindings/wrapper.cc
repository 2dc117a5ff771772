#include "bindings/wrapper.h"

#include <utility>

namespace linea::bindings {

void Wrappable::Attach(v8::Isolate* isolate, v8::Local<v8::Object> object,
                       std::unique_ptr<Wrappable> native) {
  Wrappable* raw = native.release();
  object->SetAlignedPointerInInternalField(0, raw);
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
  info.GetParameter()->object_.Reset();
  info.SetSecondPassCallback(
      [](const v8::WeakCallbackInfo<Wrappable>& second) { delete second.GetParameter(); });
}

bool Implements(State& state, Interface interface, v8::Local<v8::Value> value) {
  return value->IsObject() && state.has_interface_template(interface) &&
         state.interface_template(interface)->HasInstance(value);
}

}  // namespace linea::bindings
