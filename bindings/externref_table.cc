#include "bindings/externref_table.h"

#include <algorithm>
#include <bit>

#include "runtime/store/store.h"

namespace linea::bindings {
namespace {

uint32_t IdOf(void* handle) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(handle)); }
void* HandleOf(uint32_t id) { return reinterpret_cast<void*>(static_cast<uintptr_t>(id)); }

}  // namespace

void* ExternRefTable::Add(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  ++made_since_collection_;
  if (!free_.empty()) {
    const uint32_t index = free_.back();
    free_.pop_back();
    values_[index].Reset(isolate, value);
    return HandleOf(index + 1);
  }
  values_.emplace_back(isolate, value);
  return HandleOf(static_cast<uint32_t>(values_.size()));
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
  if (ids_.IsEmpty()) ids_.Reset(isolate, v8::Map::New(isolate));
  v8::Local<v8::Map> ids = ids_.Get(isolate);
  v8::Local<v8::Value> id;
  if (!ids->Get(context, value).ToLocal(&id)) return false;
  if (id->IsUint32()) {
    *handle = HandleOf(id.As<v8::Uint32>()->Value());
    return true;
  }
  *handle = Add(isolate, value);
  return !ids->Set(context, value, v8::Integer::NewFromUnsigned(isolate, IdOf(*handle))).IsEmpty();
}

v8::Local<v8::Value> ExternRefTable::FromHandle(v8::Isolate* isolate, void* handle) const {
  return values_[IdOf(handle) - 1].Get(isolate);
}

void ExternRefTable::CollectIfDue(v8::Local<v8::Context> context, const rt::Store& store) {
  if (collection_due()) Collect(context, store);
}

void ExternRefTable::Collect(v8::Local<v8::Context> context, const rt::Store& store) {
  std::vector<bool> reachable;  // Sized at the first visit: nothing to do while wasm runs.
  const bool visited = store.VisitExternRefs([&](void* handle) {
    if (reachable.empty()) reachable.assign(values_.size(), false);
    // Other stores' externrefs, or other hosts' pointers, are not ours: only a retention.
    const uint32_t id = IdOf(handle);
    if (id >= 1 && id <= reachable.size()) reachable[id - 1] = true;
  });
  if (!visited) return;  // Wasm is running: try again at a later entry.
  reachable.resize(values_.size(), false);
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Map> ids = ids_.IsEmpty() ? v8::Local<v8::Map>() : ids_.Get(isolate);
  for (uint32_t index = 0; index < values_.size(); ++index) {
    if (reachable[index] || values_[index].IsEmpty()) continue;
    v8::Local<v8::Value> value = values_[index].Get(isolate);
    if (value->IsNumber()) {
      number_ids_.erase(std::bit_cast<uint64_t>(value.As<v8::Number>()->Value()));
    } else if (!ids.IsEmpty()) {
      // A v8::Map's own delete runs no script; it fails only when the heap is exhausted.
      ids->Delete(context, value).IsNothing();
    }
    values_[index].Reset();
    free_.push_back(index);
  }
  made_since_collection_ = 0;
  live_after_collection_ = live_handles();
}

}  // namespace linea::bindings
