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

std::string_view ValTypeName(ValType t) {
  switch (t) {
    case ValType::kI32:
      return "i32";
    case ValType::kI64:
      return "i64";
    case ValType::kF32:
      return "f32";
    case ValType::kF64:
      return "f64";
    case ValType::kV128:
      return "v128";
    case ValType::kFuncRef:
      return "funcref";
    case ValType::kExternRef:
      return "externref";
    case ValType::kExnRef:
      return "exnref";
  }
  return "<invalid type>";
}

std::optional<ValType> ValTypeFromByte(uint8_t byte) {
  switch (byte) {
    case 0x7f:
    case 0x7e:
    case 0x7d:
    case 0x7c:
    case 0x7b:
    case 0x70:
    case 0x6f:
    case 0x69:
      return static_cast<ValType>(byte);
    default:
      return std::nullopt;
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

struct FuncTypeHash {
  size_t operator()(const FuncType& type) const {
    size_t hash = type.params.size() * 31 + type.results.size();
    for (ValType t : type.params) hash = hash * 131 + static_cast<size_t>(t);
    for (ValType t : type.results) hash = hash * 137 + static_cast<size_t>(t);
    return hash;
  }
};

// Interned types live in fixed-size chunks that are never moved or freed, so CanonicalType()
// can hand out references that stay valid forever and read them without taking the lock:
// an id only reaches a reader after CanonicalTypeId() published its chunk.
class TypeRegistry {
 public:
  static TypeRegistry& Get() {
    static TypeRegistry* registry = new TypeRegistry();  // Never destroyed: ids outlive exit.
    return *registry;
  }

  uint32_t Intern(const FuncType& type) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = ids_.find(type);
    if (it != ids_.end()) return it->second;
    const uint32_t id = count_;
    const uint32_t chunk = id / kChunkSize;
    if (chunk >= kMaxChunks) {
      // Over 67 million distinct signatures: far past anything the module size limits allow
      // one program to load, so this is memory exhaustion rather than bad input.
      std::fputs("linea: out of memory: too many distinct function types\n", stderr);
      std::abort();
    }
    if (chunks_[chunk].load(std::memory_order_relaxed) == nullptr) {
      chunks_[chunk].store(new FuncType[kChunkSize], std::memory_order_release);
    }
    FuncType* slot = &chunks_[chunk].load(std::memory_order_relaxed)[id % kChunkSize];
    *slot = type;
    ids_.emplace(*slot, id);
    ++count_;
    return id;
  }

  const FuncType& Lookup(uint32_t id) const {
    return chunks_[id / kChunkSize].load(std::memory_order_acquire)[id % kChunkSize];
  }

 private:
  static constexpr uint32_t kChunkSize = 1024;
  static constexpr uint32_t kMaxChunks = 65536;

  std::mutex mutex_;
  uint32_t count_ = 0;
  std::unordered_map<FuncType, uint32_t, FuncTypeHash> ids_;
  std::array<std::atomic<FuncType*>, kMaxChunks> chunks_{};
};

}  // namespace

uint32_t CanonicalTypeId(const FuncType& type) { return TypeRegistry::Get().Intern(type); }

const FuncType& CanonicalType(uint32_t id) { return TypeRegistry::Get().Lookup(id); }

}  // namespace linea::rt
