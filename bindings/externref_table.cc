#include "bindings/externref_table.h"

#include <algorithm>
#include <bit>

#include "bindings/heap_tracer.h"
#include "runtime/store/store.h"

namespace linea::bindings {
namespace {

// Handles are ids shifted left by 3: externref bits with any of the low 3 bits set are GC
// values (an i31, an externalized GC object: runtime/store/gc_heap.h), never handles.
uint32_t IdOf(void* handle) {
  return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(handle) >> 3);
}
void* HandleOf(uint32_t id) { return reinterpret_cast<void*>(static_cast<uintptr_t>(id) << 3); }

}  // namespace

v8::Local<v8::Private> ExternRefTable::IdKey(v8::Isolate* isolate) {
  if (id_key_.IsEmpty()) {
    id_key_.Reset(isolate, v8::Private::New(isolate, v8::String::NewFromUtf8Literal(
                                                         isolate, "WebAssembly.externref")));
  }
  return id_key_.Get(isolate);
}

void* ExternRefTable::Add(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  --handles_until_collection_;
  uint32_t index;
  if (!free_.empty()) {
    index = free_.back();
    free_.pop_back();
  } else {
    index = static_cast<uint32_t>(entries_.size());
    entries_.emplace_back();
  }
  Entry& entry = entries_[index];
  if (value->IsObject()) {
    entry.object.emplace(isolate, value.As<v8::Object>());
  } else {
    entry.value.Reset(isolate, value);
  }
  entry.reached = false;
  if (tracing_) made_while_tracing_.push_back(index);
  return HandleOf(index + 1);
}

bool ExternRefTable::ToHandle(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                              void** handle) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsNumber()) {
    uint64_t bits = std::bit_cast<uint64_t>(value.As<v8::Number>()->Value());
    auto it = number_ids_.find(bits);
    if (it != number_ids_.end()) {
      *handle = HandleOf(it->second);
      return true;
    }
    *handle = Add(isolate, value);
    number_ids_.emplace(bits, IdOf(*handle));
    return true;
  }
  v8::Local<v8::Value> id;
  if (value->IsObject()) {
    // A private property: no trap of a Proxy runs, and frozen objects take it too.
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (!object->GetPrivate(context, IdKey(isolate)).ToLocal(&id)) return false;
    if (id->IsUint32()) {
      *handle = HandleOf(id.As<v8::Uint32>()->Value());
      return true;
    }
    *handle = Add(isolate, value);
    return !object
                ->SetPrivate(context, IdKey(isolate),
                             v8::Integer::NewFromUnsigned(isolate, IdOf(*handle)))
                .IsNothing();
  }
  if (ids_.IsEmpty()) ids_.Reset(isolate, v8::Map::New(isolate));
  v8::Local<v8::Map> ids = ids_.Get(isolate);
  if (!ids->Get(context, value).ToLocal(&id)) return false;
  if (id->IsUint32()) {
    *handle = HandleOf(id.As<v8::Uint32>()->Value());
    return true;
  }
  *handle = Add(isolate, value);
  return !ids->Set(context, value, v8::Integer::NewFromUnsigned(isolate, IdOf(*handle))).IsEmpty();
}

v8::Local<v8::Value> ExternRefTable::FromHandle(v8::Isolate* isolate, void* handle) const {
  const Entry& entry = entries_[IdOf(handle) - 1];
  if (entry.object) return entry.object->Get(isolate);
  if (entry.value.IsEmpty()) {
    // A handle V8 reclaimed: the store reaches it only from what tracing found unreachable,
    // which nothing can run any more. Never expected; undefined rather than a crash.
    return v8::Undefined(isolate);
  }
  return entry.value.Get(isolate);
}

void ExternRefTable::CollectIfDue(v8::Local<v8::Context> context, const rt::Store& store) {
  if (holds_ == 0 && collection_may_be_due()) Collect(context, store);
}

void ExternRefTable::Free(uint32_t index) {
  Entry& entry = entries_[index];
  if (entry.object) {
    entry.object->Reset();
    entry.object.reset();
  }
  entry.value.Reset();
  free_.push_back(index);
}

void ExternRefTable::Collect(v8::Local<v8::Context> context, const rt::Store& store) {
  std::vector<bool> reachable;  // Sized at the first visit: nothing to do while wasm runs.
  const bool visited = store.VisitExternRefs([&](void* handle) {
    if (reachable.empty()) reachable.assign(entries_.size(), false);
    // Other stores' externrefs, or other hosts' pointers, are not ours: only a retention.
    const uint32_t id = IdOf(handle);
    if (id >= 1 && id <= reachable.size()) reachable[id - 1] = true;
  });
  if (!visited) return;  // Wasm is running: try again at a later entry.
  reachable.resize(entries_.size(), false);
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Map> ids = ids_.IsEmpty() ? v8::Local<v8::Map>() : ids_.Get(isolate);
  for (uint32_t index = 0; index < entries_.size(); ++index) {
    Entry& entry = entries_[index];
    if (reachable[index] || entry.free()) continue;
    if (entry.object) {
      // Private deletes run no script; they fail only when the heap is exhausted.
      entry.object->Get(isolate)->DeletePrivate(context, IdKey(isolate)).IsNothing();
    } else {
      v8::Local<v8::Value> value = entry.value.Get(isolate);
      if (value->IsNumber()) {
        number_ids_.erase(std::bit_cast<uint64_t>(value.As<v8::Number>()->Value()));
      } else if (!ids.IsEmpty()) {
        // A v8::Map's own delete runs no script; it fails only when the heap is exhausted.
        ids->Delete(context, value).IsNothing();
      }
    }
    Free(index);
  }
  handles_until_collection_ =
      std::max(kMinHandlesBetweenCollections, static_cast<ptrdiff_t>(live_handles()));
}

void ExternRefTable::BeginTrace() {
  for (Entry& entry : entries_) entry.reached = false;
  made_while_tracing_.clear();
  tracing_ = true;
}

void ExternRefTable::Reach(void* handle, StoreTracer& tracer) {
  if ((reinterpret_cast<uintptr_t>(handle) & 7) != 0) return;  // A GC value, not a handle.
  const uint32_t id = IdOf(handle);
  if (id < 1 || id > entries_.size()) return;  // Not ours (see Collect).
  Entry& entry = entries_[id - 1];
  if (entry.reached || !entry.object) return;
  entry.reached = true;
  tracer.RegisterObject(*entry.object);
}

void ExternRefTable::ReachAll(StoreTracer& tracer) {
  for (uint32_t index = 0; index < entries_.size(); ++index) Reach(HandleOf(index + 1), tracer);
}

void ExternRefTable::ReachMadeWhileTracing(StoreTracer& tracer) {
  for (uint32_t index : made_while_tracing_) Reach(HandleOf(index + 1), tracer);
}

void ExternRefTable::EndTrace(bool full) {
  tracing_ = false;
  for (uint32_t index : made_while_tracing_) entries_[index].reached = true;
  made_while_tracing_.clear();
  if (!full) return;
  for (uint32_t index = 0; index < entries_.size(); ++index) {
    Entry& entry = entries_[index];
    if (!entry.object || entry.reached) continue;
    // V8 reclaimed the node without clearing the reference: drop it unread and unreset (a
    // TracedReference's destructor does not reset it). Its private id went with the object.
    entry.object.reset();
    free_.push_back(index);
  }
}

}  // namespace linea::bindings
