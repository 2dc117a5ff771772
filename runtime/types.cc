#include "runtime/types.h"

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace linea::rt {

namespace {

struct AbstractHeap {
  ValType::Code code;
  const char* name;      // Heap type name, as in (ref null any).
  const char* ref_name;  // Shorthand of the nullable reference type.
  ValType::Code top;
  ValType::Code bottom;
};
constexpr AbstractHeap kAbstractHeaps[] = {
    {ValType::kExnCode, "exn", "exnref", ValType::kExnCode, ValType::kNoExnCode},
    {ValType::kArrayCode, "array", "arrayref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kStructCode, "struct", "structref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kI31Code, "i31", "i31ref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kEqCode, "eq", "eqref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kAnyCode, "any", "anyref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kExternCode, "extern", "externref", ValType::kExternCode, ValType::kNoExternCode},
    {ValType::kFuncCode, "func", "funcref", ValType::kFuncCode, ValType::kNoFuncCode},
    {ValType::kNoneCode, "none", "nullref", ValType::kAnyCode, ValType::kNoneCode},
    {ValType::kNoExternCode, "noextern", "nullexternref", ValType::kExternCode,
     ValType::kNoExternCode},
    {ValType::kNoFuncCode, "nofunc", "nullfuncref", ValType::kFuncCode, ValType::kNoFuncCode},
    {ValType::kNoExnCode, "noexn", "nullexnref", ValType::kExnCode, ValType::kNoExnCode},
};
const AbstractHeap* FindAbstract(uint8_t code) {
  if (code < ValType::kExnCode || code > ValType::kNoExnCode) return nullptr;
  return &kAbstractHeaps[code - ValType::kExnCode];
}

struct Entry;
std::string ReferenceText(ValType t, const Entry* group, int depth);

}  // namespace

std::string ValTypeName(ValType t) {
  switch (t.code()) {
    case ValType::kI32Code:
      return "i32";
    case ValType::kI64Code:
      return "i64";
    case ValType::kF32Code:
      return "f32";
    case ValType::kF64Code:
      return "f64";
    case ValType::kV128Code:
      return "v128";
    case ValType::kI8Code:
      return "i8";
    case ValType::kI16Code:
      return "i16";
    case ValType::kBotCode:
      return "bot";
    case ValType::kConcreteCode:
    case ValType::kRecCode:
      return ReferenceText(t, nullptr, 0);
    default:
      break;
  }
  const AbstractHeap* heap = FindAbstract(t.code());
  if (heap == nullptr) return "<invalid type>";
  if (t.nullable()) return heap->ref_name;
  return std::string("(ref ") + heap->name + ")";
}

std::optional<ValType> ValTypeFromByte(uint8_t byte) {
  switch (byte) {
    case 0x7f:
    case 0x7e:
    case 0x7d:
    case 0x7c:
    case 0x7b:
      return ValType::FromCode(static_cast<ValType::Code>(byte));
    default:
      break;
  }
  if (FindAbstract(byte) != nullptr) {
    return ValType::Ref(static_cast<ValType::Code>(byte), /*nullable=*/true);
  }
  return std::nullopt;
}

std::optional<std::string> HeapRefType(int64_t heap, bool nullable, const TypeSpace& space,
                                       ValType* out) {
  if (heap < 0) {
    const uint8_t byte = static_cast<uint8_t>(heap & 0x7f);
    if (heap < -0x40 || FindAbstract(byte) == nullptr) return "malformed heap type";
    *out = ValType::Ref(static_cast<ValType::Code>(byte), nullable);
    return std::nullopt;
  }
  const uint64_t index = static_cast<uint64_t>(heap);
  if (index >= space.rec_start && index < space.rec_end) {
    *out =
        ValType::Ref(ValType::kRecCode, nullable, static_cast<uint32_t>(index - space.rec_start));
    return std::nullopt;
  }
  if (space.canonical_ids != nullptr && index < space.canonical_ids->size()) {
    *out = ValType::Concrete((*space.canonical_ids)[index], nullable);
    return std::nullopt;
  }
  return "unknown type " + std::to_string(index);
}

ValType::Code TopHeap(ValType t) {
  if (t.is_concrete()) {
    return CanonicalType(t.index()).is_func() ? ValType::kFuncCode : ValType::kAnyCode;
  }
  const AbstractHeap* heap = FindAbstract(t.code());
  return heap ? heap->top : ValType::kBotCode;
}

ValType::Code BottomHeap(ValType t) {
  if (t.is_concrete()) {
    return CanonicalType(t.index()).is_func() ? ValType::kNoFuncCode : ValType::kNoneCode;
  }
  const AbstractHeap* heap = FindAbstract(t.code());
  return heap ? heap->bottom : ValType::kBotCode;
}

bool IsSubtypeSlow(ValType sub, ValType super) {
  if (sub.nullable() && !super.nullable()) return false;
  const ValType::Code a = sub.code(), b = super.code();
  if (a == b && a != ValType::kConcreteCode) return true;
  if (b == ValType::kConcreteCode) {
    if (a == ValType::kConcreteCode) return IsCanonicalSubtype(sub.index(), super.index());
    return a == BottomHeap(super);
  }
  if (a == ValType::kConcreteCode) {
    const TypeDef& def = CanonicalType(sub.index());
    switch (b) {
      case ValType::kFuncCode:
        return def.is_func();
      case ValType::kStructCode:
        return def.is_struct();
      case ValType::kArrayCode:
        return def.is_array();
      case ValType::kEqCode:
      case ValType::kAnyCode:
        return !def.is_func();
      default:
        return false;
    }
  }
  const AbstractHeap* from = FindAbstract(a);
  const AbstractHeap* to = FindAbstract(b);
  if (from == nullptr || to == nullptr || from->top != to->top) return false;
  if (a == from->bottom) return true;  // The bottom matches its whole hierarchy.
  switch (b) {
    case ValType::kAnyCode:
      return true;
    case ValType::kEqCode:
      return a == ValType::kI31Code || a == ValType::kStructCode || a == ValType::kArrayCode;
    default:
      return false;
  }
}

std::string_view ExternKindName(ExternKind k) {
  switch (k) {
    case ExternKind::kFunction:
      return "function";
    case ExternKind::kTable:
      return "table";
    case ExternKind::kMemory:
      return "memory";
    case ExternKind::kGlobal:
      return "global";
    case ExternKind::kTag:
      return "tag";
  }
  return "<invalid kind>";
}

bool LimitsMatch(const Limits& actual, const Limits& expected) {
  if (actual.min < expected.min) return false;
  if (!expected.max.has_value()) return true;
  return actual.max.has_value() && *actual.max <= *expected.max;
}

namespace {

struct GroupHash {
  size_t operator()(const std::vector<TypeDef>& group) const {
    size_t hash = group.size();
    auto mix = [&](size_t v) { hash = hash * 0x100000001b3u ^ v; };
    for (const TypeDef& type : group) {
      mix(static_cast<size_t>(type.kind) * 2 + type.final);
      mix(type.super ? type.super->raw() : 0xffffffffu);
      mix(type.params.size());
      for (ValType t : type.params) mix(t.raw());
      mix(type.results.size());
      for (ValType t : type.results) mix(t.raw());
      for (const FieldType& f : type.fields) mix(f.type.raw() * 2 + f.mutable_);
    }
    return hash;
  }
};

// A canonical type: its definition with rec-relative references resolved, and its supertype
// display (the ids of its supertype chain from the root, itself last).
struct Entry {
  TypeDef def;
  std::vector<uint32_t> display;
  GcLayout layout;
  uint32_t group_base = 0;  // The canonical id of the first type of its rec group.
  uint32_t group_size = 1;
};

// Fields in declaration order, each aligned to its size (at most 8: v128s are accessed with
// unaligned copies).
GcLayout ComputeLayout(const TypeDef& def) {
  GcLayout layout;
  if (def.is_array()) {
    layout.element_size = StorageSize(def.fields[0].type);
    layout.elements_traced = IsTracedStorage(def.fields[0].type);
    layout.elements_funcs = IsFuncRefType(def.fields[0].type);
    return layout;
  }
  uint32_t offset = GcLayout::kHeaderSize;
  for (const FieldType& field : def.fields) {
    const uint32_t size = StorageSize(field.type);
    const uint32_t align = size > 8 ? 8 : size;
    offset = (offset + align - 1) / align * align;
    layout.offsets.push_back(offset);
    layout.field_sizes.push_back(static_cast<uint8_t>(size));
    if (IsTracedStorage(field.type)) layout.ref_offsets.push_back(offset);
    if (IsFuncRefType(field.type)) layout.func_offsets.push_back(offset);
    offset += size;
  }
  layout.size = (offset + 7) / 8 * 8;
  return layout;
}

// Interned types live in fixed-size chunks that are never moved or freed, so CanonicalType()
// can hand out references that stay valid forever and read them without taking the lock:
// an id only reaches a reader after InternRecGroup() published its chunk.
class TypeRegistry {
 public:
  static TypeRegistry& Get() {
    static TypeRegistry* registry = new TypeRegistry();  // Never destroyed: ids outlive exit.
    return *registry;
  }

  uint32_t Intern(const std::vector<TypeDef>& group) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = ids_.find(group);
    if (it != ids_.end()) return it->second;
    const uint32_t base = count_;
    if (uint64_t{base} + group.size() > ValType::kMaxIndex + 1ull) {
      // Over 8 million distinct types: far past anything the module size limits allow one
      // program to load, so this is memory exhaustion rather than bad input.
      std::fputs("linea: out of memory: too many distinct types\n", stderr);
      std::abort();
    }
    auto resolve = [&](ValType t) {
      return t.code() == ValType::kRecCode ? ValType::Concrete(base + t.index(), t.nullable()) : t;
    };
    for (size_t i = 0; i < group.size(); ++i) {
      const uint32_t id = base + static_cast<uint32_t>(i);
      const uint32_t chunk = id / kChunkSize;
      if (chunks_[chunk].load(std::memory_order_relaxed) == nullptr) {
        chunks_[chunk].store(new Entry[kChunkSize], std::memory_order_release);
      }
      Entry& entry = chunks_[chunk].load(std::memory_order_relaxed)[id % kChunkSize];
      entry.def = group[i];
      for (ValType& t : entry.def.params) t = resolve(t);
      for (ValType& t : entry.def.results) t = resolve(t);
      for (FieldType& f : entry.def.fields) f.type = resolve(f.type);
      entry.display.clear();
      if (entry.def.super) {
        entry.def.super = resolve(*entry.def.super);
        const uint32_t super_id = entry.def.super->index();
        // The decoder requires a supertype to precede its subtype, so its display is done.
        if (super_id < id) entry.display = LookupEntry(super_id).display;
      }
      entry.display.push_back(id);
      entry.group_base = base;
      entry.group_size = static_cast<uint32_t>(group.size());
      ++count_;
    }
    // Layouts look at field types, which may name any type of the group: all are stored now.
    for (size_t i = 0; i < group.size(); ++i) {
      const uint32_t id = base + static_cast<uint32_t>(i);
      Entry& entry = chunks_[id / kChunkSize].load(std::memory_order_relaxed)[id % kChunkSize];
      if (!entry.def.is_func()) entry.layout = ComputeLayout(entry.def);
    }
    ids_.emplace(group, base);
    return base;
  }

  const Entry& LookupEntry(uint32_t id) const {
    return chunks_[id / kChunkSize].load(std::memory_order_acquire)[id % kChunkSize];
  }

 private:
  static constexpr uint32_t kChunkSize = 1024;
  static constexpr uint32_t kMaxChunks = (ValType::kMaxIndex + 1) / kChunkSize;

  std::mutex mutex_;
  uint32_t count_ = 0;
  std::unordered_map<std::vector<TypeDef>, uint32_t, GroupHash> ids_;
  std::array<std::atomic<Entry*>, kMaxChunks> chunks_{};
};

}  // namespace

uint32_t InternRecGroup(const std::vector<TypeDef>& group) {
  return TypeRegistry::Get().Intern(group);
}

uint32_t CanonicalTypeId(const FuncType& type) {
  return TypeRegistry::Get().Intern({TypeDef(type)});
}

const TypeDef& CanonicalType(uint32_t id) { return TypeRegistry::Get().LookupEntry(id).def; }

namespace {

// Type names in messages are structural, as the spec interpreter prints closed types (its
// string_of_deftype): "(ref null (struct (field (mut i32))))", a type of a larger rec group as
// "(ref ((rec (struct) (array i8))).1)", references within the group being printed as "rec.N".
// Canonical ids mean nothing to a reader. Types nested deeper than kMaxDepth print as "...":
// shared subterms would otherwise make the text exponential.
constexpr int kMaxDepth = 3;

std::string DefinedTypeText(uint32_t id, int depth);

std::string StorageText(ValType t, const Entry* group, int depth) {
  return t.is_ref() ? ReferenceText(t, group, depth) : ValTypeName(t);
}

std::string SubtypeText(const Entry& entry, int depth) {
  const TypeDef& def = entry.def;
  std::string comp;
  auto field = [&](const FieldType& f) {
    const std::string text = StorageText(f.type, &entry, depth);
    return f.mutable_ ? "(mut " + text + ")" : text;
  };
  if (def.is_struct()) {
    comp = "struct";
    for (const FieldType& f : def.fields) comp += " (field " + field(f) + ")";
  } else if (def.is_array()) {
    comp = "array " + field(def.fields[0]);
  } else {
    auto list = [&](const std::vector<ValType>& types) {
      std::string text;
      for (ValType t : types) text += (text.empty() ? "" : " ") + StorageText(t, &entry, depth);
      return "[" + text + "]";
    };
    comp = "func " + list(def.params) + " -> " + list(def.results);
  }
  if (def.final && !def.super) return comp;
  std::string text = def.final ? "sub final" : "sub";
  if (def.super) {
    const uint32_t super = def.super->index();
    text += " " + (super >= entry.group_base && super < entry.group_base + entry.group_size
                       ? "rec." + std::to_string(super - entry.group_base)
                       : "(" + DefinedTypeText(super, depth + 1) + ")");
  }
  return text + " (" + comp + ")";
}

std::string DefinedTypeText(uint32_t id, int depth) {
  if (depth > kMaxDepth) return "...";
  const TypeRegistry& registry = TypeRegistry::Get();
  const Entry& entry = registry.LookupEntry(id);
  if (entry.group_size == 1) return SubtypeText(entry, depth);
  std::string text = "(rec";
  for (uint32_t i = 0; i < entry.group_size; ++i) {
    text += " (" + SubtypeText(registry.LookupEntry(entry.group_base + i), depth) + ")";
  }
  return text + ")." + std::to_string(id - entry.group_base);
}

std::string ReferenceText(ValType t, const Entry* group, int depth) {
  if (t.code() != ValType::kConcreteCode && t.code() != ValType::kRecCode) return ValTypeName(t);
  std::string heap;
  const uint32_t index = t.index();
  if (t.code() == ValType::kRecCode) {
    heap = "rec." + std::to_string(index);  // While its group is decoded.
  } else if (group != nullptr && index >= group->group_base &&
             index < group->group_base + group->group_size) {
    heap = "rec." + std::to_string(index - group->group_base);
  } else {
    heap = "(" + DefinedTypeText(index, depth + 1) + ")";
  }
  return std::string(t.nullable() ? "(ref null " : "(ref ") + heap + ")";
}

}  // namespace

const GcLayout& CanonicalLayout(uint32_t id) { return TypeRegistry::Get().LookupEntry(id).layout; }

uint32_t StorageSize(ValType t) {
  switch (t.code()) {
    case ValType::kI8Code:
      return 1;
    case ValType::kI16Code:
      return 2;
    case ValType::kI32Code:
    case ValType::kF32Code:
      return 4;
    case ValType::kV128Code:
      return 16;
    default:
      return 8;
  }
}

bool IsTracedStorage(ValType t) { return IsAnyRefType(t) || IsExternRefType(t); }

uint32_t CanonicalDepth(uint32_t id) {
  return static_cast<uint32_t>(TypeRegistry::Get().LookupEntry(id).display.size() - 1);
}

bool IsCanonicalSubtype(uint32_t sub_id, uint32_t super_id) {
  if (sub_id == super_id) return true;
  const std::vector<uint32_t>& display = TypeRegistry::Get().LookupEntry(sub_id).display;
  const uint32_t depth = CanonicalDepth(super_id);
  return depth < display.size() && display[depth] == super_id;
}

}  // namespace linea::rt
