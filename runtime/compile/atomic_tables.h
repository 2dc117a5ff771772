// The validator/compiler's table of atomic instructions, generated from the lists in
// runtime/atomic_code.h: for each 0xFE sub-opcode, its internal op, its shape and its width.
#ifndef LINEA_RUNTIME_COMPILE_ATOMIC_TABLES_H_
#define LINEA_RUNTIME_COMPILE_ATOMIC_TABLES_H_

#include <array>
#include <cstdint>

#include "runtime/code.h"
#include "runtime/types.h"

namespace linea::rt {

struct AtomicOpInfo {
  // Operands and result (t = `type`; every access also pops its address first).
  enum class Kind : uint8_t {
    kNone,     // Not an instruction.
    kLoad,     // -> t
    kStore,    // t ->
    kRmw,      // t -> t
    kCmpxchg,  // t t -> t
    kNotify,   // i32 -> i32
    kWait,     // t i64 -> i32
    kFence,    // reserved zero byte, no operands
  };
  Kind kind = Kind::kNone;
  Op op = Op::kUnreachable;
  ValType type = ValType::kI32;
  uint8_t align = 0;  // Natural alignment, log2: the memarg's must be exactly this.
};

// Sub-opcodes run to 0x4e (the last cmpxchg).
inline constexpr size_t kNumAtomicSubopcodes = 0x4f;

namespace tables_internal {

constexpr uint8_t Log2Size(size_t size) {
  return size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
}

constexpr std::array<AtomicOpInfo, kNumAtomicSubopcodes> BuildAtomicOps() {
  using K = AtomicOpInfo::Kind;
  std::array<AtomicOpInfo, kNumAtomicSubopcodes> t{};
#define LOAD(Name, sub, T, Mem) \
  t[sub] = {K::kLoad, Op::k##Name, ValType::k##T, Log2Size(sizeof(Mem))};
#define STORE(Name, sub, T, Mem) \
  t[sub] = {K::kStore, Op::k##Name, ValType::k##T, Log2Size(sizeof(Mem))};
#define RMW(Name, sub, T, Mem, operation) \
  t[sub] = {K::kRmw, Op::k##Name, ValType::k##T, Log2Size(sizeof(Mem))};
#define CMPXCHG(Name, sub, T, Mem, operation) \
  t[sub] = {K::kCmpxchg, Op::k##Name, ValType::k##T, Log2Size(sizeof(Mem))};
#define WAIT_NOTIFY(Name, sub, T, Mem) \
  t[sub] = {sub == 0 ? K::kNotify : K::kWait, Op::k##Name, ValType::k##T, Log2Size(sizeof(Mem))};
  LINEA_ATOMIC_LOAD_OPS(LOAD)
  LINEA_ATOMIC_STORE_OPS(STORE)
  LINEA_ATOMIC_RMW_OPS(RMW)
  LINEA_ATOMIC_CMPXCHG_OPS(CMPXCHG)
  LINEA_ATOMIC_WAIT_NOTIFY_OPS(WAIT_NOTIFY)
#undef LOAD
#undef STORE
#undef RMW
#undef CMPXCHG
#undef WAIT_NOTIFY
  t[0x03] = {K::kFence, Op::kAtomicFence, ValType::kI32, 0};
  return t;
}

}  // namespace tables_internal

// Indexed by the 0xFE sub-opcode.
inline constexpr std::array<AtomicOpInfo, kNumAtomicSubopcodes> kAtomicOps =
    tables_internal::BuildAtomicOps();

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_ATOMIC_TABLES_H_
