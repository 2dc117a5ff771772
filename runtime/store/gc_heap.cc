#include "runtime/store/gc_heap.h"

#include <chrono>
#include <cstdlib>
#include <cstring>

#include "runtime/store/function.h"

namespace linea::rt {

namespace {

constexpr uint32_t kClassSizes[] = {16,  32,  48,  64,  96,   128,  192,
                                    256, 384, 512, 768, 1024, 1536, 2048};
constexpr size_t kNumClasses = std::size(kClassSizes);

}  // namespace

// A page of cells of one size; its bitmaps say which cells hold objects and which are marked.
struct GcHeap::Page {
  uint8_t* base = nullptr;
  uint32_t cell_size = 0;
  uint32_t cells = 0;
  std::vector<uint64_t> allocated, marked;

  bool Test(const std::vector<uint64_t>& bits, uint32_t i) const {
    return (bits[i / 64] >> (i % 64)) & 1;
  }
  static void Set(std::vector<uint64_t>& bits, uint32_t i) {
    bits[i / 64] |= uint64_t{1} << (i % 64);
  }
  static void Clear(std::vector<uint64_t>& bits, uint32_t i) {
    bits[i / 64] &= ~(uint64_t{1} << (i % 64));
  }
  // The cell `bits` is the start of, or -1.
  int64_t CellOf(uint64_t bits) const {
    const uint64_t offset = bits - reinterpret_cast<uintptr_t>(base);
    if (offset % cell_size != 0 || offset / cell_size >= cells) return -1;
    return static_cast<int64_t>(offset / cell_size);
  }
};

bool RefMatches(uint64_t bits, ValType target) {
  if (bits == 0) return target.nullable();
  const ValType::Code code = target.code();
  switch (TopHeap(target)) {
    case ValType::kFuncCode:
      if (code == ValType::kFuncCode) return true;
      if (code == ValType::kNoFuncCode) return false;
      return IsCanonicalSubtype(
          reinterpret_cast<Function*>(static_cast<uintptr_t>(bits))->canonical_type_id(),
          target.index());
    case ValType::kExternCode:
      return code == ValType::kExternCode;
    case ValType::kExnCode:
      return code == ValType::kExnCode;
    default:
      break;
  }
  if (IsI31(bits)) {
    return code == ValType::kI31Code || code == ValType::kEqCode || code == ValType::kAnyCode;
  }
  auto* object = reinterpret_cast<GcObject*>(static_cast<uintptr_t>(bits));
  if (object->is_box()) return code == ValType::kAnyCode;
  switch (code) {
    case ValType::kAnyCode:
    case ValType::kEqCode:
      return true;
    case ValType::kStructCode:
      return CanonicalType(object->type_id).is_struct();
    case ValType::kArrayCode:
      return CanonicalType(object->type_id).is_array();
    case ValType::kConcreteCode:
      return IsCanonicalSubtype(object->type_id, target.index());
    default:
      return false;
  }
}

GcHeap::GcHeap(const Slot* stack_base, RootVisitor roots)
    : stack_base_(stack_base), roots_(std::move(roots)) {}

GcHeap::~GcHeap() {
  for (auto& [address, page] : pages_) std::free(page->base);
  for (auto& [object, bytes] : large_) std::free(object);
}

size_t GcHeap::SizeClass(size_t bytes) {
  size_t cls = 0;
  while (kClassSizes[cls] < bytes) ++cls;
  return cls;
}

GcHeap::Page* GcHeap::PageOf(uint64_t bits) const {
  auto it = pages_.find(static_cast<uintptr_t>(bits & ~uint64_t{kPageSize - 1}));
  return it == pages_.end() ? nullptr : it->second.get();
}

bool GcHeap::Contains(uint64_t bits) const {
  if (bits == 0 || (bits & 7) != 0) return false;
  if (const Page* page = PageOf(bits)) {
    const int64_t cell = page->CellOf(bits);
    return cell >= 0 && page->Test(page->allocated, static_cast<uint32_t>(cell));
  }
  return large_.contains(reinterpret_cast<GcObject*>(static_cast<uintptr_t>(bits)));
}

void* GcHeap::AllocateSmall(size_t cls) {
  void* cell = free_lists_[cls];
  if (cell == nullptr) {
    // A new page, all of it on the free list (last cell first, so allocation runs upwards).
    auto page = std::make_unique<Page>();
    page->base = static_cast<uint8_t*>(std::aligned_alloc(kPageSize, kPageSize));
    if (page->base == nullptr) return nullptr;
    page->cell_size = kClassSizes[cls];
    page->cells = static_cast<uint32_t>(kPageSize / page->cell_size);
    page->allocated.assign((page->cells + 63) / 64, 0);
    page->marked.assign(page->allocated.size(), 0);
    for (uint32_t i = page->cells; i-- > 0;) {
      void* c = page->base + size_t{i} * page->cell_size;
      *static_cast<void**>(c) = free_lists_[cls];
      free_lists_[cls] = c;
    }
    stats_.heap_bytes += kPageSize;
    pages_.emplace(reinterpret_cast<uintptr_t>(page->base), std::move(page));
    cell = free_lists_[cls];
  }
  free_lists_[cls] = *static_cast<void**>(cell);
  Page* page = PageOf(reinterpret_cast<uintptr_t>(cell));
  Page::Set(page->allocated,
            static_cast<uint32_t>(page->CellOf(reinterpret_cast<uintptr_t>(cell))));
  return cell;
}

GcObject* GcHeap::Allocate(uint32_t type_id, uint32_t length, size_t bytes, const Slot* stack_top) {
  if (bytes > kMaxObjectBytes) return nullptr;
  if (since_last_ >= threshold_ && no_collect_ == 0) Collect(stack_top);
  void* memory;
  if (bytes <= kMaxSmall) {
    const size_t cls = SizeClass(bytes);
    memory = AllocateSmall(cls);
    if (memory == nullptr) return nullptr;
    bytes = kClassSizes[cls];
  } else {
    memory = std::aligned_alloc(8, (bytes + 7) / 8 * 8);
    if (memory == nullptr) return nullptr;
    large_.emplace(static_cast<GcObject*>(memory), bytes);
    stats_.heap_bytes += bytes;
  }
  std::memset(memory, 0, bytes);
  since_last_ += bytes;
  stats_.allocated_bytes += bytes;
  GcObject* object = static_cast<GcObject*>(memory);
  object->type_id = type_id;
  object->length = length;
  return object;
}

GcObject* GcHeap::NewBox(void* host, const Slot* stack_top) {
  GcObject* box = Allocate(GcObject::kBoxType, 0, GcLayout::kHeaderSize + sizeof(void*), stack_top);
  if (box != nullptr) std::memcpy(box->payload(), &host, sizeof host);
  return box;
}

void GcHeap::Unpin(GcObject* object) {
  auto it = pins_.find(object);
  if (it != pins_.end() && --it->second == 0) pins_.erase(it);
}

void GcHeap::Mark(uint64_t bits) {
  if (IsExternalizedObject(bits)) bits &= ~uint64_t{2};
  if (bits == 0 || (bits & 7) != 0) return;
  GcObject* object = reinterpret_cast<GcObject*>(static_cast<uintptr_t>(bits));
  if (Page* page = PageOf(bits)) {
    const int64_t cell = page->CellOf(bits);
    if (cell < 0 || !page->Test(page->allocated, static_cast<uint32_t>(cell)) ||
        page->Test(page->marked, static_cast<uint32_t>(cell))) {
      return;
    }
    Page::Set(page->marked, static_cast<uint32_t>(cell));
  } else {
    if (!large_.contains(object) || !large_marked_.insert(object).second) return;
  }
  mark_stack_.push_back(object);
}

bool GcHeap::IsMarked(const GcObject* object) const {
  const uint64_t bits = reinterpret_cast<uintptr_t>(object);
  if (const Page* page = PageOf(bits)) {
    const int64_t cell = page->CellOf(bits);
    return cell >= 0 && page->Test(page->marked, static_cast<uint32_t>(cell));
  }
  return large_marked_.contains(const_cast<GcObject*>(object));
}

void GcHeap::Trace(GcObject* object, const HostTrace* host) {
  // A traced field holds a GC value or, if it is an externref, a host pointer: aligned and
  // not an object of this heap. Only a host's trace wants the latter, and the funcrefs.
  const std::function<void(void*)>* host_pointer =
      host != nullptr && host->host_ ? &host->host_ : nullptr;
  auto field = [&](const uint8_t* address) {
    uint64_t bits;
    std::memcpy(&bits, address, 8);
    if (host_pointer != nullptr && bits != 0 && (bits & 3) == 0 && !Contains(bits)) {
      (*host_pointer)(reinterpret_cast<void*>(static_cast<uintptr_t>(bits)));
      return;
    }
    Mark(bits);
  };
  auto function = [&](const uint8_t* address) {
    Function* f;
    std::memcpy(&f, address, sizeof f);
    if (f != nullptr) host->function_(f);
  };
  if (object->is_box()) {
    if (host_pointer != nullptr && object->boxed() != nullptr) (*host_pointer)(object->boxed());
    return;
  }
  const GcLayout& layout = CanonicalLayout(object->type_id);
  const bool functions = host != nullptr && host->function_;
  if (layout.element_size == 0) {
    for (uint32_t offset : layout.ref_offsets) field(reinterpret_cast<uint8_t*>(object) + offset);
    if (functions) {
      for (uint32_t offset : layout.func_offsets) {
        function(reinterpret_cast<uint8_t*>(object) + offset);
      }
    }
  } else if (layout.elements_traced) {
    for (uint32_t i = 0; i < object->length; ++i) field(object->payload() + size_t{i} * 8);
  } else if (functions && layout.elements_funcs) {
    for (uint32_t i = 0; i < object->length; ++i) function(object->payload() + size_t{i} * 8);
  }
}

void GcHeap::Drain(const HostTrace* host) {
  while (!mark_stack_.empty()) {
    GcObject* object = mark_stack_.back();
    mark_stack_.pop_back();
    Trace(object, host);
  }
}

void GcHeap::ClearMarks() {
  mark_stack_.clear();
  for (auto& [address, page] : pages_) std::fill(page->marked.begin(), page->marked.end(), 0);
  large_marked_.clear();
}

void GcHeap::Collect(const Slot* stack_top) {
  const auto start = std::chrono::steady_clock::now();
  // Roots. The stack conservatively: the low 8 bytes of every slot (a reference's place).
  if (stack_top != nullptr) {
    for (const Slot* slot = stack_base_; slot < stack_top; ++slot) Mark(slot->bits);
  }
  for (const auto& [object, count] : pins_) Mark(reinterpret_cast<uintptr_t>(object));
  if (roots_) roots_([this](uint64_t bits) { Mark(bits); });
  Drain(nullptr);
  Sweep();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ++stats_.collections;
  stats_.total_pause_ms += ms;
  if (ms > stats_.max_pause_ms) stats_.max_pause_ms = ms;
  since_last_ = 0;
  threshold_ = stats_.live_bytes > kMinThreshold ? stats_.live_bytes : kMinThreshold;
}

void GcHeap::Sweep() {
  uint64_t live = 0;
  free_lists_.fill(nullptr);
  std::vector<uintptr_t> empty_pages;
  for (auto& [address, page] : pages_) {
    const size_t cls = SizeClass(page->cell_size);
    uint32_t used = 0;
    for (uint32_t i = page->cells; i-- > 0;) {
      if (page->Test(page->marked, i)) {
        ++used;
        continue;
      }
      Page::Clear(page->allocated, i);
    }
    if (used == 0) {
      empty_pages.push_back(address);
      continue;
    }
    live += uint64_t{used} * page->cell_size;
    for (uint32_t i = page->cells; i-- > 0;) {
      if (page->Test(page->allocated, i)) continue;
      void* c = page->base + size_t{i} * page->cell_size;
      *static_cast<void**>(c) = free_lists_[cls];
      free_lists_[cls] = c;
    }
    std::fill(page->marked.begin(), page->marked.end(), 0);
  }
  // Empty pages go back to the system (the stress test's steady state needs no growth).
  for (uintptr_t address : empty_pages) {
    std::free(pages_[address]->base);
    pages_.erase(address);
    stats_.heap_bytes -= kPageSize;
  }
  for (auto it = large_.begin(); it != large_.end();) {
    if (large_marked_.contains(it->first)) {
      live += it->second;
      ++it;
    } else {
      stats_.heap_bytes -= it->second;
      std::free(it->first);
      it = large_.erase(it);
    }
  }
  large_marked_.clear();
  stats_.live_bytes = live;
}

void GcHeap::VisitReachableHostPointers(const std::function<void(void*)>& visit) {
  HostTrace trace(*this, visit);
  trace.MarkPins();
  if (roots_) roots_([&](uint64_t bits) { trace.Mark(bits); });
  trace.Drain();
}

GcHeap::HostTrace::HostTrace(GcHeap& heap, std::function<void(void*)> host,
                             std::function<void(Function*)> function)
    : heap_(heap), host_(std::move(host)), function_(std::move(function)) {
  ++heap_.no_collect_;
}

GcHeap::HostTrace::~HostTrace() {
  heap_.ClearMarks();
  --heap_.no_collect_;
}

void GcHeap::HostTrace::Drain() { heap_.Drain(this); }

void GcHeap::HostTrace::MarkPins() {
  for (const auto& [object, count] : heap_.pins_) Mark(reinterpret_cast<uintptr_t>(object));
}

void GcHeap::HostTrace::ForEachMarkedPin(const std::function<void(GcObject*)>& visit) const {
  for (const auto& [object, count] : heap_.pins_) {
    if (heap_.IsMarked(object)) visit(object);
  }
}

}  // namespace linea::rt
