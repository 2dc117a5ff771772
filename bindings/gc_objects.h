// WebAssembly GC values in JS (JS API 3.0): structs and arrays cross as opaque objects
// (null prototype, frozen, no own properties), one per object for as long as the object lives,
// which keep it alive (pinned in the store's GC heap) while V8 finds them alive; i31s as
// Numbers; other JS values reach anyref as boxed externrefs (any.convert_extern), and come back
// as themselves. V8's trace through the store sees the wrappers (heap_tracer.h).
#ifndef LINEA_BINDINGS_GC_OBJECTS_H_
#define LINEA_BINDINGS_GC_OBJECTS_H_

#include <v8.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "bindings/state.h"
#include "runtime/value.h"

namespace linea::rt {
struct GcObject;
}

namespace linea::bindings {

class StoreTracer;

// ToJSValue of a non-null reference of the any hierarchy, or an extern one that carries a GC
// value (an i31 or an externalized object).
v8::MaybeLocal<v8::Value> GcRefToJS(v8::Local<v8::Context> context, State& state, uint64_t bits);

// The GC object whose JS wrapper `value` is, or nullptr.
rt::GcObject* GcObjectOf(State& state, v8::Local<v8::Value> value);

// ToWebAssemblyValue for a reference type of the any hierarchy (`type`), `value` not null.
// Throws a TypeError and returns nullopt if the value is not of the type.
std::optional<rt::Value> JSToGcRef(v8::Local<v8::Context> context, State& state,
                                   v8::Local<v8::Value> value, rt::ValType type,
                                   std::string_view what);

// Frees what the wrappers still alive hold (at State's destruction, when no weak callback
// will run any more).
void DisposeGcWrappers(State& state);

// V8's trace (heap_tracer.h), one cycle: Begin in its prologue; Reach for each GC object
// the trace reached that has a wrapper, or ReachAll when the store cannot tell; End in the
// epilogue: after a full GC (`full`) the wrappers not reached were reclaimed, and go.
void BeginGcWrapperTrace(State& state);
void ReachGcWrapper(State& state, rt::GcObject* object, StoreTracer& tracer);
void ReachAllGcWrappers(State& state, StoreTracer& tracer);
void EndGcWrapperTrace(State& state, bool full);

// Whether an externref's bits are a GC value (not a host handle).
inline bool IsGcExtern(uint64_t bits) { return (bits & 3) != 0; }

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_GC_OBJECTS_H_
