// externref values as the runtime sees them: JS values become opaque non-null handles (an index
// + 1 in this table; JS null is the null reference and never gets a handle). The same JS value
// always gets the same handle while it has one, so identities round-trip and the table does not
// grow when the same value crosses again and again.
//
// Handles are collected: Collect asks the store which handles its wasm can still reach
// (rt::Store::VisitExternRefs) and frees the others, letting V8 collect their values. That is
// sound only where no handle is held by C++ alone, in flight between its conversion and its
// store into a table, global or call: the bindings collect only at the entry of the operations
// that make handles (calling an Exported Function, Table and Global operations), when no wasm
// runs and no Exported Function call is converting its arguments (ExternRefHold). Every other
// conversion stores its handle before any JS can run.
#ifndef LINEA_BINDINGS_EXTERNREF_TABLE_H_
#define LINEA_BINDINGS_EXTERNREF_TABLE_H_

#include <v8.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace linea::rt {
class Store;
}

namespace linea::bindings {

class ExternRefTable {
 public:
  // `value` must not be null. Fails (empty) only if a JS Map operation throws (out of memory).
  bool ToHandle(v8::Local<v8::Context> context, v8::Local<v8::Value> value, void** handle);
  // The JS value of a live handle made by ToHandle.
  v8::Local<v8::Value> FromHandle(v8::Isolate* isolate, void* handle) const;

  // Frees the handles `store` cannot reach if enough were made since the last collection (at
  // least as many as were live after it, so the work stays linear in the handles made), no wasm
  // runs and nothing is held (see above).
  void CollectIfDue(v8::Local<v8::Context> context, const rt::Store& store);
  // CollectIfDue's test, inline for the boundary's fast path (which then calls CollectIfDue).
  // Collections wait for at least this many new handles (and for as many as were live).
  static constexpr size_t kMinHandlesBetweenCollections = 256;
  bool collection_due() const {
    return holds_ == 0 && made_since_collection_ >=
                              std::max(kMinHandlesBetweenCollections, live_after_collection_);
  }

  // While one lives, handles may be held by C++ alone: no collection.
  class Hold {
   public:
    explicit Hold(ExternRefTable& table) : table_(table) { ++table_.holds_; }
    ~Hold() { --table_.holds_; }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    ExternRefTable& table_;
  };

  size_t live_handles() const { return values_.size() - free_.size(); }

 private:
  void* Add(v8::Isolate* isolate, v8::Local<v8::Value> value);
  void Collect(v8::Local<v8::Context> context, const rt::Store& store);

  std::vector<v8::Global<v8::Value>> values_;  // Empty where freed.
  std::vector<uint32_t> free_;                 // Indices of freed entries, for reuse.
  // Everything but Numbers, keyed by a JS Map (identity for objects and symbols, value for
  // strings, BigInts and the oddballs).
  v8::Global<v8::Map> ids_;
  // Numbers, keyed by their bits: a Map would merge -0 with +0.
  std::unordered_map<uint64_t, uint32_t> number_ids_;
  int holds_ = 0;
  size_t made_since_collection_ = 0;
  size_t live_after_collection_ = 0;
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_EXTERNREF_TABLE_H_
