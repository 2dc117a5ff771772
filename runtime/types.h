// The static types of WebAssembly 2.0 (core spec section 2.3), shared by decoder, validator,
// interpreter and host.
#ifndef LINEA_RUNTIME_TYPES_H_
#define LINEA_RUNTIME_TYPES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace linea::rt {

// Values are the binary encodings, so a decoded byte converts directly.
enum class ValType : uint8_t {
  kI32 = 0x7f,
  kI64 = 0x7e,
  kF32 = 0x7d,
  kF64 = 0x7c,
  kV128 = 0x7b,
  kFuncRef = 0x70,
  kExternRef = 0x6f,
  kExnRef = 0x69,  // Exception handling (3.0): a caught exception, for throw_ref.
};

constexpr bool IsRefType(ValType t) {
  return t == ValType::kFuncRef || t == ValType::kExternRef || t == ValType::kExnRef;
}
constexpr bool IsNumType(ValType t) {
  return t == ValType::kI32 || t == ValType::kI64 || t == ValType::kF32 || t == ValType::kF64;
}
// Text-format name: "i32", "funcref", ...
std::string_view ValTypeName(ValType t);
// Returns the ValType for a binary encoding byte, or nullopt if the byte is not a value type.
std::optional<ValType> ValTypeFromByte(uint8_t byte);

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;
  bool operator==(const FuncType&) const = default;
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

// Process-wide interned function types: equal FuncTypes get equal ids, so call_indirect and
// import matching compare one integer. Thread-safe (modules may be compiled off-thread).
uint32_t CanonicalTypeId(const FuncType& type);
const FuncType& CanonicalType(uint32_t id);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_TYPES_H_
