// The static types of WebAssembly 3.0 (core spec section 2.3), shared by decoder, validator,
// interpreter and host.
#ifndef LINEA_RUNTIME_TYPES_H_
#define LINEA_RUNTIME_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace linea::rt {

// A value type of WebAssembly 3.0 (core spec 2.3.3): a number, a vector, or a reference type
// (ref null? heaptype), in 32 bits, so that it is copied and compared like the one-byte enum it
// replaced. Layout: bits 0..7 are a code (numeric, vector and packed types and the abstract heap
// types are their binary encodings); bit 8 is "nullable" (references only); bits 9..31 are a
// defined type's index. A defined (concrete) heap type is named by its process-wide canonical
// type id (see CanonicalTypeDef below), so equal types from different modules are equal
// ValTypes and cross-module checks compare integers. Inside a rec group being decoded, a
// reference to a type of the same group is "rec-relative" (kRecCode, the index in the group)
// until the group is interned.
class ValType {
 public:
  enum Code : uint8_t {
    kBotCode = 0,       // The bottom type of unreachable code (validation only).
    kConcreteCode = 1,  // A defined type: index() is its canonical type id.
    kRecCode = 2,       // Decoding only: index() is a position in the current rec group.
    kExnCode = 0x69,
    kArrayCode = 0x6a,
    kStructCode = 0x6b,
    kI31Code = 0x6c,
    kEqCode = 0x6d,
    kAnyCode = 0x6e,
    kExternCode = 0x6f,
    kFuncCode = 0x70,
    kNoneCode = 0x71,
    kNoExternCode = 0x72,
    kNoFuncCode = 0x73,
    kNoExnCode = 0x74,
    kI16Code = 0x77,  // Packed storage types (struct and array fields only).
    kI8Code = 0x78,
    kV128Code = 0x7b,
    kF64Code = 0x7c,
    kF32Code = 0x7d,
    kI64Code = 0x7e,
    kI32Code = 0x7f,
  };
  static constexpr uint32_t kMaxIndex = (1u << 23) - 1;

  constexpr ValType() : bits_(kI32Code) {}
  static constexpr ValType FromCode(Code code) { return ValType(code); }
  static constexpr ValType Ref(Code heap, bool nullable, uint32_t index = 0) {
    return ValType(heap | (nullable ? kNullableBit : 0u) | (index << kIndexShift));
  }
  static constexpr ValType Concrete(uint32_t canonical_id, bool nullable) {
    return Ref(kConcreteCode, nullable, canonical_id);
  }
  static constexpr ValType Bot() { return ValType(kBotCode); }
  static constexpr ValType FromRaw(uint32_t bits) { return ValType(bits); }

  constexpr Code code() const { return static_cast<Code>(bits_ & 0xff); }
  constexpr bool nullable() const { return (bits_ & kNullableBit) != 0; }
  constexpr uint32_t index() const { return bits_ >> kIndexShift; }
  constexpr bool is_bot() const { return bits_ == kBotCode; }
  constexpr bool is_ref() const {
    const uint8_t c = code();
    return c == kConcreteCode || c == kRecCode || (c >= kExnCode && c <= kNoExnCode);
  }
  constexpr bool is_concrete() const { return code() == kConcreteCode; }
  constexpr bool is_packed() const { return code() == kI8Code || code() == kI16Code; }
  // The same reference type with nullability `nullable`.
  constexpr ValType WithNullable(bool nullable) const {
    return ValType((bits_ & ~kNullableBit) | (nullable ? kNullableBit : 0u));
  }
  constexpr uint32_t raw() const { return bits_; }
  // For `switch` over the common types (a case label names a whole ValType).
  constexpr operator uint32_t() const { return bits_; }
  constexpr bool operator==(const ValType&) const = default;

  static const ValType kI32, kI64, kF32, kF64, kV128, kI8, kI16;
  // The nullable abstract reference types (their binary shorthands).
  static const ValType kFuncRef, kExternRef, kExnRef, kAnyRef, kEqRef, kI31Ref, kStructRef,
      kArrayRef, kNullRef, kNullFuncRef, kNullExternRef, kNullExnRef;

 private:
  static constexpr uint32_t kNullableBit = 0x100;
  static constexpr uint32_t kIndexShift = 9;
  explicit constexpr ValType(uint32_t bits) : bits_(bits) {}
  uint32_t bits_;
};
static_assert(sizeof(ValType) == 4);

inline constexpr ValType ValType::kI32 = FromCode(kI32Code);
inline constexpr ValType ValType::kI64 = FromCode(kI64Code);
inline constexpr ValType ValType::kF32 = FromCode(kF32Code);
inline constexpr ValType ValType::kF64 = FromCode(kF64Code);
inline constexpr ValType ValType::kV128 = FromCode(kV128Code);
inline constexpr ValType ValType::kI8 = FromCode(kI8Code);
inline constexpr ValType ValType::kI16 = FromCode(kI16Code);
inline constexpr ValType ValType::kFuncRef = Ref(kFuncCode, true);
inline constexpr ValType ValType::kExternRef = Ref(kExternCode, true);
inline constexpr ValType ValType::kExnRef = Ref(kExnCode, true);
inline constexpr ValType ValType::kAnyRef = Ref(kAnyCode, true);
inline constexpr ValType ValType::kEqRef = Ref(kEqCode, true);
inline constexpr ValType ValType::kI31Ref = Ref(kI31Code, true);
inline constexpr ValType ValType::kStructRef = Ref(kStructCode, true);
inline constexpr ValType ValType::kArrayRef = Ref(kArrayCode, true);
inline constexpr ValType ValType::kNullRef = Ref(kNoneCode, true);
inline constexpr ValType ValType::kNullFuncRef = Ref(kNoFuncCode, true);
inline constexpr ValType ValType::kNullExternRef = Ref(kNoExternCode, true);
inline constexpr ValType ValType::kNullExnRef = Ref(kNoExnCode, true);

constexpr bool IsRefType(ValType t) { return t.is_ref(); }
constexpr bool IsNumType(ValType t) {
  return t == ValType::kI32 || t == ValType::kI64 || t == ValType::kF32 || t == ValType::kF64;
}
// Text-format name: "i32", "funcref", "(ref null (struct (field i32)))" (defined types
// structurally, as the spec interpreter prints them; never by canonical id), ...
std::string ValTypeName(ValType t);
// The ValType of a one-byte encoding (numbers, v128, the abstract reference shorthands), or
// nullopt if the byte is none (0x63/0x64, which need a heap type, are not one-byte types).
std::optional<ValType> ValTypeFromByte(uint8_t byte);

// The type indices a module's types may refer to while it is decoded: types before the
// current rec group by canonical id, types of the group rec-relative.
struct TypeSpace {
  const std::vector<uint32_t>* canonical_ids = nullptr;  // Types of earlier groups.
  uint32_t rec_start = 0;  // Indices [rec_start, rec_end) are the group being decoded.
  uint32_t rec_end = 0;
};
// The reference type `(ref null? ht)` for the heap type read as s33 `heap` (negative: an
// abstract heap type's byte; else a type index of `space`). On error returns a message.
std::optional<std::string> HeapRefType(int64_t heap, bool nullable, const TypeSpace& space,
                                       ValType* out);

// The abstract hierarchy a reference type belongs to (core spec 3.1.3): its top heap type
// (any, func, extern or exn) and its bottom (none, nofunc, noextern, noexn).
ValType::Code TopHeap(ValType t);
ValType::Code BottomHeap(ValType t);
inline bool IsFuncRefType(ValType t) { return t.is_ref() && TopHeap(t) == ValType::kFuncCode; }
inline bool IsExternRefType(ValType t) { return t.is_ref() && TopHeap(t) == ValType::kExternCode; }
inline bool IsExnRefType(ValType t) { return t.is_ref() && TopHeap(t) == ValType::kExnCode; }
inline bool IsAnyRefType(ValType t) { return t.is_ref() && TopHeap(t) == ValType::kAnyCode; }

// Subtyping (core spec 3.3.x "Matching"): `sub` matches `super`. Bot matches everything.
bool IsSubtypeSlow(ValType sub, ValType super);
inline bool IsSubtype(ValType sub, ValType super) {
  return sub == super || (sub.is_ref() && super.is_ref() && IsSubtypeSlow(sub, super)) ||
         sub.is_bot();
}
// Heap type matching for canonical type ids: O(1) by the supertype displays.
bool IsCanonicalSubtype(uint32_t sub_id, uint32_t super_id);

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;
  bool operator==(const FuncType&) const = default;
};

// A struct field or array element (core spec 2.3.5): a value or packed type, and mutability.
struct FieldType {
  ValType type;
  bool mutable_ = false;
  bool operator==(const FieldType&) const = default;
};

enum class CompositeKind : uint8_t { kFunc, kStruct, kArray };

// A defined type (core spec 2.3.7 "sub final? supertype? comptype"). A FuncType itself for
// the many users of function types; struct and array types have `fields` (an array one).
struct TypeDef : FuncType {
  CompositeKind kind = CompositeKind::kFunc;
  std::vector<FieldType> fields;
  bool final = true;
  // The declared supertype: a concrete (or, while decoding, rec-relative) reference's heap
  // part; nullopt if none.
  std::optional<ValType> super;
  TypeDef() = default;
  TypeDef(FuncType f) : FuncType(std::move(f)) {}  // NOLINT: a final function type.
  bool is_func() const { return kind == CompositeKind::kFunc; }
  bool is_struct() const { return kind == CompositeKind::kStruct; }
  bool is_array() const { return kind == CompositeKind::kArray; }
  bool operator==(const TypeDef&) const = default;
};

// 64-bit since memory64 and table64; a 32-bit memory's or table's fit in 32 bits.
struct Limits {
  uint64_t min = 0;
  std::optional<uint64_t> max;
  bool operator==(const Limits&) const = default;
};

struct MemoryType {
  Limits limits;  // In 64 KiB pages.
  bool shared = false;
  bool address64 = false;  // memory64: i64 addresses (limits flags bit 2).
  bool operator==(const MemoryType&) const = default;
};

struct TableType {
  ValType element = ValType::kFuncRef;
  Limits limits;
  bool address64 = false;  // table64: i64 indices (limits flags bit 2).
  bool operator==(const TableType&) const = default;
};

struct GlobalType {
  ValType type = ValType::kI32;
  bool mutable_ = false;
  bool operator==(const GlobalType&) const = default;
};

// The type of addresses into a memory or indices into a table (i64 for memory64/table64).
inline ValType AddressType(const MemoryType& t) {
  return t.address64 ? ValType::kI64 : ValType::kI32;
}
inline ValType AddressType(const TableType& t) {
  return t.address64 ? ValType::kI64 : ValType::kI32;
}

enum class ExternKind : uint8_t { kFunction = 0, kTable = 1, kMemory = 2, kGlobal = 3, kTag = 4 };
std::string_view ExternKindName(ExternKind k);  // "function", "table", "memory", "global", "tag"

inline constexpr uint32_t kPageSize = 65536;
inline constexpr uint32_t kMaxPages = 65536;  // 4 GiB: the spec's limit for a 32-bit memory.
// memory64: the spec's limit on a 64-bit memory's pages (256 TiB). The host never commits
// more than its own limit (StoreLimits::max_memory_pages, at most kMaxPages): a larger
// maximum only bounds growth.
inline constexpr uint64_t kMaxPages64 = uint64_t{1} << 48;
inline constexpr uint32_t kMaxTableSize = 10000000;  // Host limit, as in V8.
// Host limit on the elements of all live tables together (1 GiB of references): a module may
// define thousands of tables, so without it a 192-byte module could ask for 80 GB.
inline constexpr uint64_t kMaxTotalTableElements = uint64_t{1} << 27;

// Spec subtyping of limits for imports (core spec 4.5.2 "Limits"): `actual` matches `expected`.
bool LimitsMatch(const Limits& actual, const Limits& expected);

// Process-wide iso-recursive canonicalization (core spec 3.1.x "Rolling and unrolling"):
// equal rec groups, with references outside the group by canonical id and inside it
// rec-relative, get the same canonical ids (one per type, consecutive). So call_indirect,
// imports and casts compare one integer, and subtyping is a display lookup. Thread-safe
// (modules may be compiled off-thread); ids and the TypeDefs they name live forever.
// Returns the canonical id of the group's first type.
uint32_t InternRecGroup(const std::vector<TypeDef>& group);
// A final function type without supertype as a rec group of its own.
uint32_t CanonicalTypeId(const FuncType& type);
// The canonical TypeDef: references to the group's own types are resolved to canonical ids.
const TypeDef& CanonicalType(uint32_t id);
// Depth of `id` in its supertype chain (0: no supertype).
uint32_t CanonicalDepth(uint32_t id);

// Bytes a field of storage type `t` takes in a GC object (i8 1, i16 2, i32/f32 4, i64/f64 and
// references 8, v128 16).
uint32_t StorageSize(ValType t);
// Whether the collector traces a field of type `t`: references of the any hierarchy (GC
// objects, i31s) and of the extern hierarchy (which may hold an externalized GC object).
bool IsTracedStorage(ValType t);
// The object layout of a struct or array type (runtime/store/gc_heap.h), computed when its
// group is interned. Objects start with an 8-byte header (type id, array length).
struct GcLayout {
  static constexpr uint32_t kHeaderSize = 8;
  uint32_t size = kHeaderSize;         // Struct: header and fields; array: the header.
  std::vector<uint32_t> offsets;       // Struct: each field's offset from the object's start.
  std::vector<uint32_t> ref_offsets;   // Struct: offsets of the traced fields.
  std::vector<uint32_t> func_offsets;  // Struct: offsets of the funcref fields (store edges).
  std::vector<uint8_t> field_sizes;    // Struct: each field's StorageSize.
  uint32_t element_size = 0;           // Array: bytes per element.
  bool elements_traced = false;        // Array: elements are traced.
  bool elements_funcs = false;         // Array: elements are funcrefs (store edges).
};
const GcLayout& CanonicalLayout(uint32_t id);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_TYPES_H_
