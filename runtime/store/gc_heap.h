// The heap of WebAssembly GC objects (structs, arrays, and boxes of host values converted to
// anyref) of one store: non-moving mark-sweep with segregated size classes.
//
// Object layout: an 8-byte header (canonical type id, array length), then the fields inline
// (runtime/types.h GcLayout). References to objects are their addresses; an i31 is
// (value << 1) | 1, so it never looks like an (8-aligned) object; an externref that carries a
// GC object (extern.convert_any) is its address | 2.
//
// Small objects live in 256 KiB pages of one size class each, with an allocated and a mark
// bit per cell; allocation pops a per-class free list (the fast path), sweeping refills it.
// Large objects are allocated singly. Roots: the value stack, scanned conservatively (any
// slot whose bits are the address of an allocated object keeps it: the interpreter keeps no
// stack maps), the tables, globals and element segments the store's visitor reports, and the
// objects the host pins (JS wrappers: pinned while the JS object lives; V8's own trace through
// the heap, HostTrace, decides that, see bindings/heap_tracer.h). A collection runs when the bytes
// allocated since the last one exceed the threshold (at least kMinThreshold, and the live bytes
// after the last).
#ifndef LINEA_RUNTIME_STORE_GC_HEAP_H_
#define LINEA_RUNTIME_STORE_GC_HEAP_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::rt {

class Function;

struct GcObject {
  static constexpr uint32_t kBoxType = 0xffffffffu;  // A host value boxed by any.convert_extern.
  uint32_t type_id;
  uint32_t length;  // Arrays: element count.

  uint8_t* payload() { return reinterpret_cast<uint8_t*>(this) + GcLayout::kHeaderSize; }
  bool is_box() const { return type_id == kBoxType; }
  // A box's host pointer.
  void* boxed() { return *reinterpret_cast<void**>(payload()); }
};

// Bits of references in the any and extern hierarchies (see above).
inline bool IsI31(uint64_t bits) { return (bits & 1) != 0; }
inline uint64_t MakeI31(uint32_t value) { return (uint64_t{value & 0x7fffffffu} << 1) | 1; }
inline bool IsExternalizedObject(uint64_t bits) { return (bits & 3) == 2; }

// Whether a reference with `bits` (of target's hierarchy) is a value of type `target`: the
// test of ref.test, ref.cast and br_on_cast.
bool RefMatches(uint64_t bits, ValType target);

struct GcStats {
  uint64_t collections = 0;
  uint64_t allocated_bytes = 0;  // Since the heap was made.
  uint64_t live_bytes = 0;       // After the last collection.
  uint64_t heap_bytes = 0;       // Pages and large objects held now.
  double max_pause_ms = 0;
  double total_pause_ms = 0;
};

class GcHeap {
 public:
  static constexpr size_t kPageSize = 256 * 1024;
  static constexpr size_t kMaxSmall = 2048;
  static constexpr uint64_t kMinThreshold = 8 * 1024 * 1024;

  // Reports the store's roots besides the stack: calls `mark` with every reference bits.
  using RootVisitor = std::function<void(const std::function<void(uint64_t)>& mark)>;

  GcHeap(const Slot* stack_base, RootVisitor roots);
  ~GcHeap();
  GcHeap(const GcHeap&) = delete;
  GcHeap& operator=(const GcHeap&) = delete;

  // A zeroed object of `bytes` (header included) with its header set, or nullptr when the
  // host limit is exceeded. May collect first: the value stack up to `stack_top` is scanned.
  GcObject* Allocate(uint32_t type_id, uint32_t length, size_t bytes, const Slot* stack_top);
  GcObject* NewBox(void* host, const Slot* stack_top);

  // Whether `bits` is the address of an allocated object of this heap.
  bool Contains(uint64_t bits) const;

  // While a host builds values no scan can see (instantiation evaluating constant
  // expressions), allocation does not collect.
  void DisableCollection() { ++no_collect_; }
  void EnableCollection() { --no_collect_; }

  // Host references: while pinned, an object is a root.
  void Pin(GcObject* object) { ++pins_[object]; }
  void Unpin(GcObject* object);

  // Collects now (stack scanned up to `stack_top`; nullptr when no wasm runs).
  void Collect(const Slot* stack_top);
  const GcStats& stats() const { return stats_; }
  // Visits the host pointers (boxed values, externref fields and elements) of the objects
  // reachable from the pins and the store's roots. No wasm may run (the stack is not scanned).
  void VisitReachableHostPointers(const std::function<void(void*)>& visit);

  // Marking for a host whose own collector decides what lives (V8's embedder tracing through
  // Store::Trace): it marks from the roots it names (pins are no roots here: a pinned object
  // lives only if the host's trace reaches its wrapper) and learns the host pointers the
  // marked objects hold. Nothing is swept; the marks go with the HostTrace. No collection
  // may run while one lives.
  class HostTrace {
   public:
    // `function` is called with the function of every funcref field and element of a marked
    // object (the store's collector follows them: a GC object keeps its functions alive).
    HostTrace(GcHeap& heap, std::function<void(void*)> host,
              std::function<void(Function*)> function = nullptr);
    ~HostTrace();
    HostTrace(const HostTrace&) = delete;
    HostTrace& operator=(const HostTrace&) = delete;
    // `bits`: a reference of the any or extern hierarchy (anything else is ignored).
    void Mark(uint64_t bits) { heap_.Mark(bits); }
    void MarkPins();
    // Traces everything marked so far, calling `host` for the host pointers found.
    void Drain();
    // Calls `visit` with each pinned object this trace marked.
    void ForEachMarkedPin(const std::function<void(GcObject*)>& visit) const;

   private:
    friend class GcHeap;
    GcHeap& heap_;
    std::function<void(void*)> host_;
    std::function<void(Function*)> function_;
  };

  // Largest array the host accepts, in bytes (V8's limit is of the same order).
  static constexpr uint64_t kMaxObjectBytes = uint64_t{1} << 30;

 private:
  struct Page;
  static size_t SizeClass(size_t bytes);
  Page* PageOf(uint64_t bits) const;
  void* AllocateSmall(size_t cls);
  void Mark(uint64_t bits);
  bool IsMarked(const GcObject* object) const;
  // Marks what `object` refers to; a host trace also learns the host pointers and functions.
  void Trace(GcObject* object, const HostTrace* host = nullptr);
  void Drain(const HostTrace* host);
  void ClearMarks();
  void Sweep();

  const Slot* stack_base_;
  RootVisitor roots_;
  std::unordered_map<uintptr_t, std::unique_ptr<Page>> pages_;
  std::array<void*, 16> free_lists_{};
  std::unordered_map<GcObject*, size_t> large_;  // Object, bytes.
  std::unordered_set<GcObject*> large_marked_;
  std::unordered_map<GcObject*, uint32_t> pins_;
  std::vector<GcObject*> mark_stack_;
  uint32_t no_collect_ = 0;
  uint64_t since_last_ = 0;
  uint64_t threshold_ = kMinThreshold;
  GcStats stats_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_GC_HEAP_H_
