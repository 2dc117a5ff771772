#include "bindings/gc_objects.h"

#include <cmath>
#include <string>

#include "bindings/externref_table.h"
#include "bindings/webidl.h"
#include "runtime/store/gc_heap.h"

namespace linea::bindings {
namespace {

// One per GC object that has crossed to JS: its wrapper (weak) pins the object in the heap.
struct Wrapper {
  State* state;
  rt::GcObject* object;
  v8::Global<v8::Object> handle;
};

void OnWrapperCollected(const v8::WeakCallbackInfo<Wrapper>& info) {
  Wrapper* wrapper = info.GetParameter();
  wrapper->state->store().gc_heap().Unpin(wrapper->object);
  wrapper->state->gc_wrappers().erase(wrapper->object);
  wrapper->handle.Reset();
  delete wrapper;
}

// The GC object a JS value wraps, or nullptr.
rt::GcObject* Unwrap(State& state, v8::Local<v8::Value> value) {
  if (!value->IsProxy()) return nullptr;
  v8::Local<v8::Value> target = value.As<v8::Proxy>()->GetTarget();
  if (!target->IsObject()) return nullptr;
  v8::Local<v8::Object> object = target.As<v8::Object>();
  if (object->InternalFieldCount() != 1) return nullptr;
  void* pointer = object->GetAlignedPointerFromInternalField(0);
  auto it = state.gc_wrappers().find(pointer);
  if (it == state.gc_wrappers().end()) return nullptr;
  Wrapper* wrapper = static_cast<Wrapper*>(it->second);
  if (wrapper->handle.Get(state.isolate()) != value) return nullptr;
  return wrapper->object;
}

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
  auto it = state.gc_wrappers().find(object);
  if (it != state.gc_wrappers().end()) {
    return static_cast<Wrapper*>(it->second)->handle.Get(isolate);
  }
  if (state.gc_template().IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(1);
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
  if (target->SetPrototype(context, v8::Null(isolate)).IsNothing() ||
      target->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen).IsNothing()) {
    return {};
  }
  v8::Local<v8::Proxy> js;
  if (!v8::Proxy::New(context, target, handler).ToLocal(&js)) return {};
  auto* wrapper = new Wrapper{&state, object, v8::Global<v8::Object>(isolate, js.As<v8::Object>())};
  wrapper->handle.SetWeak(wrapper, OnWrapperCollected, v8::WeakCallbackType::kParameter);
  state.store().gc_heap().Pin(object);
  state.gc_wrappers().emplace(object, wrapper);
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
  if (rt::GcObject* object = Unwrap(state, value)) {
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

}  // namespace linea::bindings
