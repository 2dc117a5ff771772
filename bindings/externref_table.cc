#include "bindings/externref_table.h"

#include <bit>

namespace linea::bindings {

void* ExternRefTable::Add(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  values_.emplace_back(isolate, value);
  return reinterpret_cast<void*>(static_cast<uintptr_t>(values_.size()));
}

bool ExternRefTable::ToHandle(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                              void** handle) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsNumber()) {
    uint64_t bits = std::bit_cast<uint64_t>(value.As<v8::Number>()->Value());
    auto it = number_ids_.find(bits);
    if (it != number_ids_.end()) {
      *handle = reinterpret_cast<void*>(static_cast<uintptr_t>(it->second));
      return true;
    }
    *handle = Add(isolate, value);
    number_ids_.emplace(bits, static_cast<uint32_t>(values_.size()));
    return true;
  }
  if (ids_.IsEmpty()) ids_.Reset(isolate, v8::Map::New(isolate));
  v8::Local<v8::Map> ids = ids_.Get(isolate);
  v8::Local<v8::Value> id;
  if (!ids->Get(context, value).ToLocal(&id)) return false;
  if (id->IsUint32()) {
    *handle = reinterpret_cast<void*>(static_cast<uintptr_t>(id.As<v8::Uint32>()->Value()));
    return true;
  }
  *handle = Add(isolate, value);
  v8::Local<v8::Value> index =
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(values_.size()));
  return !ids->Set(context, value, index).IsEmpty();
}

v8::Local<v8::Value> ExternRefTable::FromHandle(v8::Isolate* isolate, void* handle) const {
  size_t index = reinterpret_cast<uintptr_t>(handle) - 1;
  return values_[index].Get(isolate);
}

}  // namespace linea::bindings
