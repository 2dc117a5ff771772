#include "bindings/gc_objects.h"

#include <cmath>
#include <string>

#include "bindings/externref_table.h"
#include "bindings/heap_tracer.h"
#include "bindings/webidl.h"
#include "runtime/store/gc_heap.h"

namespace linea::bindings {
namespace {

// One per GC object that has crossed to JS, and the object's identity there: it lives as long
// as the GC object does, as the JS API's cache of exported GC objects has it (V8's wrapper is the
// object itself). The wrapper pins the object in the wasm heap; V8 decides when both go: its
// trace through the store (heap_tracer.h) reaches the object from the wrapper when V8 found the
// wrapper alive, and from the store's roots, and then registers the wrapper's TracedReference.
// After a full GC, a wrapper whose object the trace did not reach was reclaimed (V8 10.2 frees
// an unregistered TracedReference's node without clearing it): it is dropped unread and its pin
// released, and the next wasm collection frees the object. So a cycle through JS (a struct whose
// externref field holds an object that holds the struct) goes like any other garbage.
struct Wrapper {
  rt::GcObject* object;
  v8::TracedReference<v8::Object> handle;
  // Registered in the trace under way (one made while V8 marks is a root of it: NoteNewRoot).
  bool reached = false;
};

Wrapper* WrapperOf(State& state, const void* object) {
  auto it = state.gc_wrappers().find(object);
  return it == state.gc_wrappers().end() ? nullptr : static_cast<Wrapper*>(it->second);
}

}  // namespace

rt::GcObject* GcObjectOf(State& state, v8::Local<v8::Value> value) {
  if (!value->IsProxy()) return nullptr;
  v8::Local<v8::Value> target = value.As<v8::Proxy>()->GetTarget();
  if (!target->IsObject()) return nullptr;
  v8::Local<v8::Object> object = target.As<v8::Object>();
  if (object->InternalFieldCount() != 2) return nullptr;
  Wrapper* wrapper = WrapperOf(state, object->GetAlignedPointerFromInternalField(0));
  if (wrapper == nullptr || wrapper->handle.Get(state.isolate()) != value) return nullptr;
  return wrapper->object;
}

namespace {

void ThrowImmutable(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ThrowTypeError(info.GetIsolate(), "WebAssembly objects are opaque and immutable");
}

// The traps of every GC object's proxy: set, deleteProperty and preventExtensions throw.
v8::MaybeLocal<v8::Object> ProxyHandler(v8::Local<v8::Context> context, State& state) {
  v8::Isolate* isolate = state.isolate();
  if (!state.gc_proxy_handler().IsEmpty()) return state.gc_proxy_handler().Get(isolate);
  v8::Local<v8::Object> handler = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (const char* trap : {"set", "deleteProperty", "preventExtensions", "setPrototypeOf"}) {
    v8::Local<v8::Function> function;
    if (!v8::Function::New(context, ThrowImmutable).ToLocal(&function) ||
        handler->Set(context, v8::String::NewFromUtf8(isolate, trap).ToLocalChecked(), function)
            .IsNothing()) {
      return {};
    }
  }
  state.gc_proxy_handler().Reset(isolate, handler);
  return handler;
}

v8::MaybeLocal<v8::Value> WrapObject(v8::Local<v8::Context> context, State& state,
                                     rt::GcObject* object) {
  v8::Isolate* isolate = state.isolate();
  if (Wrapper* wrapper = WrapperOf(state, object)) return wrapper->handle.Get(isolate);
  if (state.gc_template().IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(2);  // The object, and kGcObjectTracingTag (heap_tracer.h).
    state.gc_template().Reset(isolate, t);
  }
  // The object JS sees is a proxy of a frozen, null-prototype target that holds the pointer:
  // as in V8, writes, deletes and preventExtensions throw even in sloppy mode (a frozen
  // object alone would ignore them), which only a proxy's traps can do.
  v8::Local<v8::Object> handler;
  if (!ProxyHandler(context, state).ToLocal(&handler)) return {};
  v8::Local<v8::Object> target;
  if (!state.gc_template().Get(isolate)->NewInstance(context).ToLocal(&target)) return {};
  target->SetAlignedPointerInInternalField(0, object);
  target->SetAlignedPointerInInternalField(1, &kGcObjectTracingTag);
  if (target->SetPrototype(context, v8::Null(isolate)).IsNothing() ||
      target->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen).IsNothing()) {
    return {};
  }
  v8::Local<v8::Proxy> js;
  if (!v8::Proxy::New(context, target, handler).ToLocal(&js)) return {};
  auto* wrapper = new Wrapper{object, v8::TracedReference<v8::Object>(isolate, js)};
  state.store().gc_heap().Pin(object);
  state.gc_wrappers().emplace(object, wrapper);
  state.tracer().NoteNewRoot(object);  // Made while V8 marks: not reported (heap_tracer.h).
  return js;
}

// The i31 value of an integral Number in [-2^30, 2^30), if it is one.
std::optional<int32_t> AsI31(v8::Local<v8::Value> value) {
  if (!value->IsNumber()) return std::nullopt;
  const double d = value.As<v8::Number>()->Value();
  if (!std::isfinite(d) || std::trunc(d) != d || d < -1073741824.0 || d >= 1073741824.0) {
    return std::nullopt;
  }
  return static_cast<int32_t>(d);
}

}  // namespace

v8::MaybeLocal<v8::Value> GcRefToJS(v8::Local<v8::Context> context, State& state, uint64_t bits) {
  v8::Isolate* isolate = state.isolate();
  if (rt::IsI31(bits)) {
    // Bits 1..31 hold the value; sign-extend from bit 30.
    return v8::Integer::New(isolate, static_cast<int32_t>(static_cast<uint32_t>(bits)) >> 1);
  }
  bits &= ~uint64_t{2};  // An externalized object is the object.
  auto* object = reinterpret_cast<rt::GcObject*>(static_cast<uintptr_t>(bits));
  if (object->is_box()) {
    if (object->boxed() == nullptr) return v8::Null(isolate);
    return state.externrefs().FromHandle(isolate, object->boxed());
  }
  return WrapObject(context, state, object);
}

std::optional<rt::Value> JSToGcRef(v8::Local<v8::Context> context, State& state,
                                   v8::Local<v8::Value> value, rt::ValType type,
                                   std::string_view what) {
  v8::Isolate* isolate = state.isolate();
  uint64_t bits = 0;
  if (rt::GcObject* object = GcObjectOf(state, value)) {
    bits = reinterpret_cast<uintptr_t>(object);
  } else if (std::optional<int32_t> i31 = AsI31(value)) {
    bits = rt::MakeI31(static_cast<uint32_t>(*i31));
  } else if (type.code() == rt::ValType::kAnyCode) {
    // Any other JS value is internalized: an externref boxed as anyref.
    state.externrefs().CollectIfDue(context, state.store());
    void* handle = nullptr;
    if (!state.externrefs().ToHandle(context, value, &handle)) return std::nullopt;
    rt::GcObject* box = state.store().gc_heap().NewBox(handle, nullptr);
    if (box == nullptr) {
      ThrowTypeError(isolate, std::string(what) + ": out of memory");
      return std::nullopt;
    }
    bits = reinterpret_cast<uintptr_t>(box);
  }
  if (bits == 0 || !rt::RefMatches(bits, type)) {
    ThrowTypeError(isolate, std::string(what) + ": " + DescribeValue(isolate, value) +
                                " is not a value of type " + rt::ValTypeName(type));
    return std::nullopt;
  }
  return rt::Value{type, bits};
}

void DisposeGcWrappers(State& state) {
  for (auto& [object, wrapper] : state.gc_wrappers()) {
    auto* w = static_cast<Wrapper*>(wrapper);
    w->handle.Reset();
    delete w;
  }
  state.gc_wrappers().clear();
}

void BeginGcWrapperTrace(State& state) {
  for (auto& [object, wrapper] : state.gc_wrappers())
    static_cast<Wrapper*>(wrapper)->reached = false;
}

void ReachGcWrapper(State& state, rt::GcObject* object, StoreTracer& tracer) {
  Wrapper* wrapper = WrapperOf(state, object);
  if (wrapper == nullptr || wrapper->reached) return;
  wrapper->reached = true;
  tracer.RegisterObject(wrapper->handle);
}

void ReachAllGcWrappers(State& state, StoreTracer& tracer) {
  for (auto& [object, wrapper] : state.gc_wrappers()) {
    ReachGcWrapper(state, static_cast<Wrapper*>(wrapper)->object, tracer);
  }
}

void EndGcWrapperTrace(State& state, bool full) {
  for (auto it = state.gc_wrappers().begin(); it != state.gc_wrappers().end();) {
    auto* wrapper = static_cast<Wrapper*>(it->second);
    if (!full || wrapper->reached) {
      ++it;
      continue;
    }
    // Reclaimed by V8: neither read nor reset (a TracedReference's destructor does not reset).
    state.store().gc_heap().Unpin(wrapper->object);
    delete wrapper;
    it = state.gc_wrappers().erase(it);
  }
}

}  // namespace linea::bindings
