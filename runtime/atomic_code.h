// The threads proposal's atomic instructions (the 0xFE prefix), as lists in the style of
// runtime/code.h: each list drives both the validator's table (runtime/compile/atomic_tables.h)
// and the interpreter's handlers (runtime/interpreter/interpreter_atomics.inc). Type tokens are
// those of code.h (I32/I64: the value's type and slot storage type); `Mem` is the type in
// memory, whose size is the access's width and natural alignment: every atomic access traps
// with "unaligned atomic" unless its effective address is a multiple of it, and its memarg's
// alignment must be exactly natural. Narrow accesses zero-extend (the `_u` forms).
//
// All of them name their memory and take a 64-bit offset, like the *At ops of code.h (atomics
// are rare next to plain accesses, so one form serves every memory). Operand words:
//   loads    D A lo hi mem            stores   A B lo hi mem
//   rmw      D A B lo hi mem          cmpxchg  D A B(expected) C(replacement) lo hi mem
//   notify   D A B(count) lo hi mem   wait     D A B(expected) C(timeout) lo hi mem
//   fence    (none)
#ifndef LINEA_RUNTIME_ATOMIC_CODE_H_
#define LINEA_RUNTIME_ATOMIC_CODE_H_

// V(Name, subopcode, Type, Mem)
#define LINEA_ATOMIC_LOAD_OPS(V)           \
  V(I32AtomicLoad, 0x10, I32, uint32_t)    \
  V(I64AtomicLoad, 0x11, I64, uint64_t)    \
  V(I32AtomicLoad8U, 0x12, I32, uint8_t)   \
  V(I32AtomicLoad16U, 0x13, I32, uint16_t) \
  V(I64AtomicLoad8U, 0x14, I64, uint8_t)   \
  V(I64AtomicLoad16U, 0x15, I64, uint16_t) \
  V(I64AtomicLoad32U, 0x16, I64, uint32_t)

#define LINEA_ATOMIC_STORE_OPS(V)          \
  V(I32AtomicStore, 0x17, I32, uint32_t)   \
  V(I64AtomicStore, 0x18, I64, uint64_t)   \
  V(I32AtomicStore8, 0x19, I32, uint8_t)   \
  V(I32AtomicStore16, 0x1a, I32, uint16_t) \
  V(I64AtomicStore8, 0x1b, I64, uint8_t)   \
  V(I64AtomicStore16, 0x1c, I64, uint16_t) \
  V(I64AtomicStore32, 0x1d, I64, uint32_t)

// Each read-modify-write operation comes in the seven widths of the loads, at consecutive
// sub-opcodes from `base`. V(Name, subopcode, Type, Mem, Operation) where Operation is the
// std::atomic_ref member that does it (returning the old value).
#define LINEA_ATOMIC_WIDTHS(V, Op, base, Operation)              \
  V(I32AtomicRmw##Op, (base) + 0, I32, uint32_t, Operation)      \
  V(I64AtomicRmw##Op, (base) + 1, I64, uint64_t, Operation)      \
  V(I32AtomicRmw8##Op##U, (base) + 2, I32, uint8_t, Operation)   \
  V(I32AtomicRmw16##Op##U, (base) + 3, I32, uint16_t, Operation) \
  V(I64AtomicRmw8##Op##U, (base) + 4, I64, uint8_t, Operation)   \
  V(I64AtomicRmw16##Op##U, (base) + 5, I64, uint16_t, Operation) \
  V(I64AtomicRmw32##Op##U, (base) + 6, I64, uint32_t, Operation)

#define LINEA_ATOMIC_RMW_OPS(V)                \
  LINEA_ATOMIC_WIDTHS(V, Add, 0x1e, fetch_add) \
  LINEA_ATOMIC_WIDTHS(V, Sub, 0x25, fetch_sub) \
  LINEA_ATOMIC_WIDTHS(V, And, 0x2c, fetch_and) \
  LINEA_ATOMIC_WIDTHS(V, Or, 0x33, fetch_or)   \
  LINEA_ATOMIC_WIDTHS(V, Xor, 0x3a, fetch_xor) \
  LINEA_ATOMIC_WIDTHS(V, Xchg, 0x41, exchange)

// Compare-exchange in the same seven widths: the operands are the expected and the replacement
// value (the expected one wrapped to the width first), the result the old value.
#define LINEA_ATOMIC_CMPXCHG_OPS(V) LINEA_ATOMIC_WIDTHS(V, Cmpxchg, 0x48, compare_exchange_strong)

// memory.atomic.notify (0x00, i32 count -> woken), memory.atomic.wait32 (0x01) and wait64
// (0x02; expected, i64 timeout in ns -> 0 ok, 1 not-equal, 2 timed-out). V(Name, subopcode,
// Type of the expected value or count, Mem)
#define LINEA_ATOMIC_WAIT_NOTIFY_OPS(V)      \
  V(MemoryAtomicNotify, 0x00, I32, uint32_t) \
  V(MemoryAtomicWait32, 0x01, I32, uint32_t) \
  V(MemoryAtomicWait64, 0x02, I64, uint64_t)

// atomic.fence is sub-opcode 0x03 with a reserved zero byte.
#define LINEA_ATOMIC_NAME(Name, ...) V(Name)
#define LINEA_ATOMIC_ALL_OPS(V)                   \
  V(AtomicFence)                                  \
  LINEA_ATOMIC_WAIT_NOTIFY_OPS(LINEA_ATOMIC_NAME) \
  LINEA_ATOMIC_LOAD_OPS(LINEA_ATOMIC_NAME)        \
  LINEA_ATOMIC_STORE_OPS(LINEA_ATOMIC_NAME)       \
  LINEA_ATOMIC_RMW_OPS(LINEA_ATOMIC_NAME)         \
  LINEA_ATOMIC_CMPXCHG_OPS(LINEA_ATOMIC_NAME)

#endif  // LINEA_RUNTIME_ATOMIC_CODE_H_
