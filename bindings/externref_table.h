// externref values as the runtime sees them: JS values become opaque non-null handles (an index
// + 1 in this table; JS null is the null reference and never gets a handle). The same JS value
// always gets the same handle while it has one, so identities round-trip and the table does not
// grow when the same value crosses again and again.
//
// Objects are held by TracedReference, seen by V8's tracing through the store (heap_tracer.h):
// an object that only the store holds, through tables, globals, element segments or exceptions
// no live wrapper reaches, is collected with them, cycles back to those wrappers included. An
// object's handle is found again through a private property of the object (a JS Map keyed by
// the object would keep it alive). Other values (strings, symbols, BigInts, numbers, oddballs)
// refer to nothing, so they are held strongly and keyed by value.
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
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

namespace linea::rt {
class Store;
}

namespace linea::bindings {

class StoreTracer;

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
  // CollectIfDue's cheap first test, inline for the boundary's fast path (which then calls
  // CollectIfDue, which also checks that nothing is held): one compare with zero. Collections
  // wait for at least this many new handles (and for as many as were live after the last).
  static constexpr ptrdiff_t kMinHandlesBetweenCollections = 256;
  bool collection_may_be_due() const { return handles_until_collection_ <= 0; }

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

  size_t live_handles() const { return entries_.size() - free_.size(); }

  // V8's tracing (heap_tracer.h), one cycle: Begin in its prologue; then Reach for each handle
  // the store reaches, or ReachAll when the store cannot tell (it is in use, or handles are in
  // flight: held() is true), and ReachMadeWhileTracing (V8 may not mark what it did not see
  // made); End in the epilogue: after a full GC (`full`) the objects not reached are gone.
  void BeginTrace();
  void Reach(void* handle, StoreTracer& tracer);
  void ReachAll(StoreTracer& tracer);
  void ReachMadeWhileTracing(StoreTracer& tracer);
  void EndTrace(bool full);
  bool held() const { return holds_ != 0; }

 private:
  struct Entry {
    v8::Global<v8::Value> value;                            // A value that is not an object.
    std::optional<v8::TracedReference<v8::Object>> object;  // An object.
    bool reached = false;                                   // In the trace under way.
    bool free() const { return value.IsEmpty() && !object; }
  };

  void* Add(v8::Isolate* isolate, v8::Local<v8::Value> value);
  void Collect(v8::Local<v8::Context> context, const rt::Store& store);
  void Free(uint32_t index);  // Of an entry whose object (if any) V8 has not reclaimed.
  v8::Local<v8::Private> IdKey(v8::Isolate* isolate);

  std::deque<Entry> entries_;   // Free where neither value nor object is set; never moved.
  std::vector<uint32_t> free_;  // Indices of freed entries, for reuse.
  // Objects carry their handle's id under this private key.
  v8::Global<v8::Private> id_key_;
  // Other values but Numbers, keyed by a JS Map (identity for symbols, value for strings,
  // BigInts and the oddballs).
  v8::Global<v8::Map> ids_;
  // Numbers, keyed by their bits: a Map would merge -0 with +0.
  std::unordered_map<uint64_t, uint32_t> number_ids_;
  int holds_ = 0;
  // Handles still to be made before the next collection: counts down from
  // max(kMinHandlesBetweenCollections, live handles after the last collection).
  ptrdiff_t handles_until_collection_ = kMinHandlesBetweenCollections;
  bool tracing_ = false;
  std::vector<uint32_t> made_while_tracing_;  // Reached in any case: V8 may not have seen them.
};

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_EXTERNREF_TABLE_H_
