// externref values as the runtime sees them: JS values become opaque non-null handles (an index
// + 1 in this table; JS null is the null reference and never gets a handle). The same JS value
// always gets the same handle, so wasm's ref.eq-free world still round-trips identities and the
// table does not grow when the same value crosses again and again.
//
// Handles are never freed: the runtime's tables, globals and stacks hold them without telling
// the host when they die, so every value that crossed into wasm stays alive for the isolate's
// lifetime.
#ifndef LINEA_BINDINGS_EXTERNREF_TABLE_H_
#define LINEA_BINDINGS_EXTERNREF_TABLE_H_

#include <v8.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace linea::bindings {

class ExternRefTable {
 public:
  // `value` must not be null. Fails (empty) only if a JS Map operation throws (out of memory).
  bool ToHandle(v8::Local<v8::Context> context, v8::Local<v8::Value> value, void** handle);
  // The JS value of a non-null handle made by ToHandle.
  v8::Local<v8::Value> FromHandle(v8::Isolate* isolate, void* handle) const;

 private:
  void* Add(v8::Isolate* isolate, v8::Local<v8::Value> value);

  std::vector<v8::Global<v8::Value>> values_;
  // Everything but Numbers, keyed by a JS Map (identity for objects and symbols, value for
  // strings, BigInts and the oddballs).
  v8::Global<v8::Map> ids_;
  // Numbers, keyed by their bits: a Map would merge -0 with +0.
  std::unordered_map<uint64_t, uint32_t> number_ids_;
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_EXTERNREF_TABLE_H_
