// The interpreter's internal code: what runtime/compile/compiler.cc makes of a function body and
// runtime/interpreter/interpreter.cc runs.
//
// Design (in the spirit of wasm3 and WAMR's "fast interpreter"):
//
// * Register machine over frame slots. Every value lives in a 16-byte slot of the function's
//   frame, and each instruction names its operands and its result by slot index, so
//   `local.get 0; local.get 1; i32.add; local.set 2` becomes the single instruction
//   `I32Add [2] <- [0], [1]`. A frame is laid out as
//
//       [ params | declared locals | constants | operand stack (max_stack) ]
//       ^ fp
//
//   A call's arguments are the caller's topmost stack slots, and they become the callee's
//   first slots: the callee's frame starts inside the caller's and overlaps only the
//   caller's stack slots above the arguments, which hold nothing live during the call.
//
//   The wasm operand stack's height is static at every instruction, so the compiler gives
//   stack position p the fixed slot num_locals + p. local.get and constants do not move data
//   at all: the compiler pushes a reference to the local's slot or to a constant slot (filled
//   from `constants` when the frame is entered), and copies only where a value must be at its
//   stack position: before a call (arguments must be contiguous), where control flow merges,
//   and before the local it refers to is overwritten.
//
// * Direct threading. The code is a sequence of 32-bit words. An instruction's first word is
//   its handler's address as an offset from the interpreter's dispatch base (GCC
//   labels-as-values), followed by its operands: slots as byte offsets from the frame pointer
//   (x86 addressing scales an index by at most 8), immediates, and branch targets
//   as signed word offsets relative to the target word itself. Dispatch is one load, one add
//   and one indirect jump; no opcode decoding, no LEB128 and no block scanning at run time.
//
// * Values in slots: i32 and f32 are stored zero-extended in the low 32 bits (every producer
//   writes the low 64 bits, so later 64-bit moves never stall on store forwarding), i64/f64
//   as the low 64 bits, references as the pointer (null is 0), v128 in all 16 bytes. Moves copy
//   all 16 bytes (one SSE move). Slots are 16 bytes rather than a v128 taking two 8-byte slots
//   so that one value is one slot everywhere (frame layout, calls, branches, host calls).
//   Measured against the 8-byte slots that scalar code had before (callgrind, instructions of
//   tools/bench less startup): loop, matmul and sieve unchanged, fib +2.7% (each call copies its
//   constants into 16-byte slots). Two things keep it so: slot words are byte offsets (an index
//   scaled by 16 cost fib +14%), and scalar moves copy 8 bytes (a 16-byte load of a slot whose
//   scalar was stored with 8 bytes defeats store forwarding: fib +17% time).
#ifndef LINEA_RUNTIME_CODE_H_
#define LINEA_RUNTIME_CODE_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "runtime/atomic_code.h"
#include "runtime/simd_code.h"
#include "runtime/types.h"
#include "runtime/value.h"

namespace linea::rt {

// ---------------------------------------------------------------------------------------------
// Instruction lists. Each list drives both the validator (operand/result types, opcode) and the
// interpreter (the handler's body). Type tokens I32/I64/F32/F64 name both a ValType (kI32...)
// and, inside the interpreter, the storage type (uint32_t, uint64_t, float, double). In the
// expressions `a` and `b` are the operands in their storage types; S32/S64 make them signed.

// V(Name, opcode, Result, Operand, expression)
#define LINEA_UNARY_OPS(V)                                               \
  V(I32Eqz, 0x45, I32, I32, a == 0)                                      \
  V(I64Eqz, 0x50, I32, I64, a == 0)                                      \
  V(I32Clz, 0x67, I32, I32, std::countl_zero(a))                         \
  V(I32Ctz, 0x68, I32, I32, std::countr_zero(a))                         \
  V(I32Popcnt, 0x69, I32, I32, std::popcount(a))                         \
  V(I64Clz, 0x79, I64, I64, std::countl_zero(a))                         \
  V(I64Ctz, 0x7a, I64, I64, std::countr_zero(a))                         \
  V(I64Popcnt, 0x7b, I64, I64, std::popcount(a))                         \
  V(F32Abs, 0x8b, F32, F32, num::Abs(a))                                 \
  V(F32Neg, 0x8c, F32, F32, num::Neg(a))                                 \
  V(F32Ceil, 0x8d, F32, F32, num::Ceil(a))                               \
  V(F32Floor, 0x8e, F32, F32, num::Floor(a))                             \
  V(F32Trunc, 0x8f, F32, F32, num::Trunc(a))                             \
  V(F32Nearest, 0x90, F32, F32, num::Nearest(a))                         \
  V(F32Sqrt, 0x91, F32, F32, num::Sqrt(a))                               \
  V(F64Abs, 0x99, F64, F64, num::Abs(a))                                 \
  V(F64Neg, 0x9a, F64, F64, num::Neg(a))                                 \
  V(F64Ceil, 0x9b, F64, F64, num::Ceil(a))                               \
  V(F64Floor, 0x9c, F64, F64, num::Floor(a))                             \
  V(F64Trunc, 0x9d, F64, F64, num::Trunc(a))                             \
  V(F64Nearest, 0x9e, F64, F64, num::Nearest(a))                         \
  V(F64Sqrt, 0x9f, F64, F64, num::Sqrt(a))                               \
  V(I32WrapI64, 0xa7, I32, I64, static_cast<uint32_t>(a))                \
  V(I64ExtendI32S, 0xac, I64, I32, static_cast<uint64_t>(S64(S32(a))))   \
  V(I64ExtendI32U, 0xad, I64, I32, static_cast<uint64_t>(a))             \
  V(F32ConvertI32S, 0xb2, F32, I32, (num::Convert<float, int32_t>(a)))   \
  V(F32ConvertI32U, 0xb3, F32, I32, (num::Convert<float, uint32_t>(a)))  \
  V(F32ConvertI64S, 0xb4, F32, I64, (num::Convert<float, int64_t>(a)))   \
  V(F32ConvertI64U, 0xb5, F32, I64, (num::Convert<float, uint64_t>(a)))  \
  V(F32DemoteF64, 0xb6, F32, F64, static_cast<float>(a))                 \
  V(F64ConvertI32S, 0xb7, F64, I32, (num::Convert<double, int32_t>(a)))  \
  V(F64ConvertI32U, 0xb8, F64, I32, (num::Convert<double, uint32_t>(a))) \
  V(F64ConvertI64S, 0xb9, F64, I64, (num::Convert<double, int64_t>(a)))  \
  V(F64ConvertI64U, 0xba, F64, I64, (num::Convert<double, uint64_t>(a))) \
  V(F64PromoteF32, 0xbb, F64, F32, static_cast<double>(a))               \
  V(I32Extend8S, 0xc0, I32, I32, (num::ExtendS<uint32_t, int8_t>(a)))    \
  V(I32Extend16S, 0xc1, I32, I32, (num::ExtendS<uint32_t, int16_t>(a)))  \
  V(I64Extend8S, 0xc2, I64, I64, (num::ExtendS<uint64_t, int8_t>(a)))    \
  V(I64Extend16S, 0xc3, I64, I64, (num::ExtendS<uint64_t, int16_t>(a)))  \
  V(I64Extend32S, 0xc4, I64, I64, (num::ExtendS<uint64_t, int32_t>(a)))

// The reinterpretations change only the static type: a slot's bits are the same.
// V(opcode, Result, Operand)
#define LINEA_REINTERPRET_OPS(V) \
  V(0xbc, I32, F32)              \
  V(0xbd, I64, F64)              \
  V(0xbe, F32, I32)              \
  V(0xbf, F64, I64)

// V(Name, opcode, Result, Operand, expression)
#define LINEA_BINARY_OPS(V)                           \
  V(I32Eq, 0x46, I32, I32, a == b)                    \
  V(I32Ne, 0x47, I32, I32, a != b)                    \
  V(I32LtS, 0x48, I32, I32, S32(a) < S32(b))          \
  V(I32LtU, 0x49, I32, I32, a < b)                    \
  V(I32GtS, 0x4a, I32, I32, S32(a) > S32(b))          \
  V(I32GtU, 0x4b, I32, I32, a > b)                    \
  V(I32LeS, 0x4c, I32, I32, S32(a) <= S32(b))         \
  V(I32LeU, 0x4d, I32, I32, a <= b)                   \
  V(I32GeS, 0x4e, I32, I32, S32(a) >= S32(b))         \
  V(I32GeU, 0x4f, I32, I32, a >= b)                   \
  V(I64Eq, 0x51, I32, I64, a == b)                    \
  V(I64Ne, 0x52, I32, I64, a != b)                    \
  V(I64LtS, 0x53, I32, I64, S64(a) < S64(b))          \
  V(I64LtU, 0x54, I32, I64, a < b)                    \
  V(I64GtS, 0x55, I32, I64, S64(a) > S64(b))          \
  V(I64GtU, 0x56, I32, I64, a > b)                    \
  V(I64LeS, 0x57, I32, I64, S64(a) <= S64(b))         \
  V(I64LeU, 0x58, I32, I64, a <= b)                   \
  V(I64GeS, 0x59, I32, I64, S64(a) >= S64(b))         \
  V(I64GeU, 0x5a, I32, I64, a >= b)                   \
  V(F32Eq, 0x5b, I32, F32, a == b)                    \
  V(F32Ne, 0x5c, I32, F32, a != b)                    \
  V(F32Lt, 0x5d, I32, F32, a < b)                     \
  V(F32Gt, 0x5e, I32, F32, a > b)                     \
  V(F32Le, 0x5f, I32, F32, a <= b)                    \
  V(F32Ge, 0x60, I32, F32, a >= b)                    \
  V(F64Eq, 0x61, I32, F64, a == b)                    \
  V(F64Ne, 0x62, I32, F64, a != b)                    \
  V(F64Lt, 0x63, I32, F64, a < b)                     \
  V(F64Gt, 0x64, I32, F64, a > b)                     \
  V(F64Le, 0x65, I32, F64, a <= b)                    \
  V(F64Ge, 0x66, I32, F64, a >= b)                    \
  V(I32Add, 0x6a, I32, I32, a + b)                    \
  V(I32Sub, 0x6b, I32, I32, a - b)                    \
  V(I32Mul, 0x6c, I32, I32, a* b)                     \
  V(I32And, 0x71, I32, I32, a& b)                     \
  V(I32Or, 0x72, I32, I32, a | b)                     \
  V(I32Xor, 0x73, I32, I32, a ^ b)                    \
  V(I32Shl, 0x74, I32, I32, num::Shl(a, b))           \
  V(I32ShrS, 0x75, I32, I32, num::ShrS(a, b))         \
  V(I32ShrU, 0x76, I32, I32, num::ShrU(a, b))         \
  V(I32Rotl, 0x77, I32, I32, num::Rotl(a, b))         \
  V(I32Rotr, 0x78, I32, I32, num::Rotr(a, b))         \
  V(I64Add, 0x7c, I64, I64, a + b)                    \
  V(I64Sub, 0x7d, I64, I64, a - b)                    \
  V(I64Mul, 0x7e, I64, I64, a* b)                     \
  V(I64And, 0x83, I64, I64, a& b)                     \
  V(I64Or, 0x84, I64, I64, a | b)                     \
  V(I64Xor, 0x85, I64, I64, a ^ b)                    \
  V(I64Shl, 0x86, I64, I64, num::Shl(a, b))           \
  V(I64ShrS, 0x87, I64, I64, num::ShrS(a, b))         \
  V(I64ShrU, 0x88, I64, I64, num::ShrU(a, b))         \
  V(I64Rotl, 0x89, I64, I64, num::Rotl(a, b))         \
  V(I64Rotr, 0x8a, I64, I64, num::Rotr(a, b))         \
  V(F32Add, 0x92, F32, F32, a + b)                    \
  V(F32Sub, 0x93, F32, F32, a - b)                    \
  V(F32Mul, 0x94, F32, F32, a* b)                     \
  V(F32Div, 0x95, F32, F32, a / b)                    \
  V(F32Min, 0x96, F32, F32, num::Min(a, b))           \
  V(F32Max, 0x97, F32, F32, num::Max(a, b))           \
  V(F32Copysign, 0x98, F32, F32, num::Copysign(a, b)) \
  V(F64Add, 0xa0, F64, F64, a + b)                    \
  V(F64Sub, 0xa1, F64, F64, a - b)                    \
  V(F64Mul, 0xa2, F64, F64, a* b)                     \
  V(F64Div, 0xa3, F64, F64, a / b)                    \
  V(F64Min, 0xa4, F64, F64, num::Min(a, b))           \
  V(F64Max, 0xa5, F64, F64, num::Max(a, b))           \
  V(F64Copysign, 0xa6, F64, F64, num::Copysign(a, b))

// Operations that may trap: `trap` is the trap the operands a (and b) raise or num::kNoTrap
// (numerics.h), `expr` the result when they raise none.
// V(Name, opcode, Result, Operand, trap, expression)
#define LINEA_CHECKED_UNARY_OPS(V)                                    \
  V(I32TruncF32S, 0xa8, I32, F32, (num::TruncToIntTrap<int32_t>(a)),  \
    (num::TruncToInt<int32_t>(a)))                                    \
  V(I32TruncF32U, 0xa9, I32, F32, (num::TruncToIntTrap<uint32_t>(a)), \
    (num::TruncToInt<uint32_t>(a)))                                   \
  V(I32TruncF64S, 0xaa, I32, F64, (num::TruncToIntTrap<int32_t>(a)),  \
    (num::TruncToInt<int32_t>(a)))                                    \
  V(I32TruncF64U, 0xab, I32, F64, (num::TruncToIntTrap<uint32_t>(a)), \
    (num::TruncToInt<uint32_t>(a)))                                   \
  V(I64TruncF32S, 0xae, I64, F32, (num::TruncToIntTrap<int64_t>(a)),  \
    (num::TruncToInt<int64_t>(a)))                                    \
  V(I64TruncF32U, 0xaf, I64, F32, (num::TruncToIntTrap<uint64_t>(a)), \
    (num::TruncToInt<uint64_t>(a)))                                   \
  V(I64TruncF64S, 0xb0, I64, F64, (num::TruncToIntTrap<int64_t>(a)),  \
    (num::TruncToInt<int64_t>(a)))                                    \
  V(I64TruncF64U, 0xb1, I64, F64, (num::TruncToIntTrap<uint64_t>(a)), \
    (num::TruncToInt<uint64_t>(a)))

#define LINEA_CHECKED_BINARY_OPS(V)                                \
  V(I32DivS, 0x6d, I32, I32, num::DivSTrap(a, b), num::DivS(a, b)) \
  V(I32DivU, 0x6e, I32, I32, num::DivUTrap(a, b), num::DivU(a, b)) \
  V(I32RemS, 0x6f, I32, I32, num::RemSTrap(a, b), num::RemS(a, b)) \
  V(I32RemU, 0x70, I32, I32, num::RemUTrap(a, b), num::RemU(a, b)) \
  V(I64DivS, 0x7f, I64, I64, num::DivSTrap(a, b), num::DivS(a, b)) \
  V(I64DivU, 0x80, I64, I64, num::DivUTrap(a, b), num::DivU(a, b)) \
  V(I64RemS, 0x81, I64, I64, num::RemSTrap(a, b), num::RemS(a, b)) \
  V(I64RemU, 0x82, I64, I64, num::RemUTrap(a, b), num::RemU(a, b))

// 0xFC-prefixed non-trapping float-to-int conversions. V(Name, subopcode, Result, Operand, expr)
#define LINEA_SATURATING_OPS(V)                                 \
  V(I32TruncSatF32S, 0, I32, F32, (num::TruncSat<int32_t>(a)))  \
  V(I32TruncSatF32U, 1, I32, F32, (num::TruncSat<uint32_t>(a))) \
  V(I32TruncSatF64S, 2, I32, F64, (num::TruncSat<int32_t>(a)))  \
  V(I32TruncSatF64U, 3, I32, F64, (num::TruncSat<uint32_t>(a))) \
  V(I64TruncSatF32S, 4, I64, F32, (num::TruncSat<int64_t>(a)))  \
  V(I64TruncSatF32U, 5, I64, F32, (num::TruncSat<uint64_t>(a))) \
  V(I64TruncSatF64S, 6, I64, F64, (num::TruncSat<int64_t>(a)))  \
  V(I64TruncSatF64U, 7, I64, F64, (num::TruncSat<uint64_t>(a)))

// Memory accesses; `Mem` is the type in memory, `Store` the slot's storage type.
// Loads: V(Name, opcode, Result, Mem, Store, natural alignment log2)
#define LINEA_LOAD_OPS(V)                         \
  V(I32Load, 0x28, I32, uint32_t, uint32_t, 2)    \
  V(I64Load, 0x29, I64, uint64_t, uint64_t, 3)    \
  V(F32Load, 0x2a, F32, uint32_t, uint32_t, 2)    \
  V(F64Load, 0x2b, F64, uint64_t, uint64_t, 3)    \
  V(I32Load8S, 0x2c, I32, int8_t, uint32_t, 0)    \
  V(I32Load8U, 0x2d, I32, uint8_t, uint32_t, 0)   \
  V(I32Load16S, 0x2e, I32, int16_t, uint32_t, 1)  \
  V(I32Load16U, 0x2f, I32, uint16_t, uint32_t, 1) \
  V(I64Load8S, 0x30, I64, int8_t, uint64_t, 0)    \
  V(I64Load8U, 0x31, I64, uint8_t, uint64_t, 0)   \
  V(I64Load16S, 0x32, I64, int16_t, uint64_t, 1)  \
  V(I64Load16U, 0x33, I64, uint16_t, uint64_t, 1) \
  V(I64Load32S, 0x34, I64, int32_t, uint64_t, 2)  \
  V(I64Load32U, 0x35, I64, uint32_t, uint64_t, 2)

// Stores: V(Name, opcode, Operand, Mem, natural alignment log2)
#define LINEA_STORE_OPS(V)              \
  V(I32Store, 0x36, I32, uint32_t, 2)   \
  V(I64Store, 0x37, I64, uint64_t, 3)   \
  V(F32Store, 0x38, F32, uint32_t, 2)   \
  V(F64Store, 0x39, F64, uint64_t, 3)   \
  V(I32Store8, 0x3a, I32, uint8_t, 0)   \
  V(I32Store16, 0x3b, I32, uint16_t, 1) \
  V(I64Store8, 0x3c, I64, uint8_t, 0)   \
  V(I64Store16, 0x3d, I64, uint16_t, 1) \
  V(I64Store32, 0x3e, I64, uint32_t, 2)

// i32 comparisons that fuse with a following br_if / if into one compare-and-branch, which
// compares as the op's LINEA_BINARY_OPS entry does. V(Name of the compare op)
#define LINEA_FUSED_COMPARES(V) \
  V(I32Eq)                      \
  V(I32Ne)                      \
  V(I32LtS)                     \
  V(I32LtU)                     \
  V(I32GtS)                     \
  V(I32GtU)                     \
  V(I32LeS)                     \
  V(I32LeU)                     \
  V(I32GeS)                     \
  V(I32GeU)

// The remaining instructions, with their operand words. Notation: D = result slot,
// A/B/C = operand slots, T = branch target (signed word offset from that word), other
// names are immediates.
#define LINEA_OTHER_OPS(V)                                                              \
  V(Unreachable)  /* */                                                                 \
  V(Mov)          /* D A: copies a slot */                                              \
  V(Const64)      /* D lo hi: a constant that did not fit the constant slots */         \
  V(Br)           /* T */                                                               \
  V(BrIf)         /* A T: branch if i32 A != 0 */                                       \
  V(BrUnless)     /* A T: branch if i32 A == 0 */                                       \
  V(BrTable)      /* A n T0..Tn: Tn is the default */                                   \
  V(Return0)      /* */                                                                 \
  V(Return1)      /* A: the result goes to slot 0 */                                    \
  V(ReturnN)      /* A n: results A..A+n-1 go to slots 0..n-1 */                        \
  V(Call)         /* func base: callee's frame starts at slot `base` (its arguments) */ \
  V(CallLocal)    /* func base: the same, for a function defined in this module */      \
  V(CallIndirect) /* canonical_type table A base */                                     \
  V(Select)       /* D A B C: D = C ? A : B */                                          \
  V(GlobalGet)    /* D global */                                                        \
  V(GlobalSet)    /* global A */                                                        \
  V(MemorySize)   /* D */                                                               \
  V(MemoryGrow)   /* D A */                                                             \
  V(MemoryInit)   /* segment A(dst) B(src) C(n) */                                      \
  V(DataDrop)     /* segment */                                                         \
  V(MemoryCopy)   /* A(dst) B(src) C(n) */                                              \
  V(MemoryFill)   /* A(dst) B(value) C(n) */                                            \
  V(TableGet)     /* D table A(index) */                                                \
  V(TableSet)     /* table A(index) B(value) */                                         \
  V(TableSize)    /* D table */                                                         \
  V(TableGrow)    /* D table A(init) B(n) */                                            \
  V(TableFill)    /* table A(index) B(value) C(n) */                                    \
  V(TableCopy)    /* dst_table src_table A(dst) B(src) C(n) */                          \
  V(TableInit)    /* segment table A(dst) B(src) C(n) */                                \
  V(ElemDrop)     /* segment */                                                         \
  V(RefFunc)      /* D func */                                                          \
  V(LazyCompile)  /* defined_index: a stub's body (runtime/compile/lazy_compile.h) */

// Tail calls (3.0). The arguments A..A+n-1 move down to the frame's slots 0..n-1, and the
// callee then runs in this frame, returning to this function's caller: the frame and the
// frame records stay as deep as they were (runtime/interpreter/interpreter_tail_calls.inc).
#define LINEA_TAIL_CALL_OPS(V)         \
  V(ReturnCall)         /* func A n */ \
  V(ReturnCallIndirect) /* canonical_type table B(index) A n */

// Memory instructions for any memory and address type (multiple memories, memory64); the
// ops above serve memory 0 with i32 addresses from registers. These name the memory (`mem`),
// read the address as 64 bits and take 64-bit offsets (lo hi);
// runtime/interpreter/interpreter_memory_at.inc. Loads: D A lo hi mem; stores: A B lo hi mem (in
// the order of the load and store lists).
#define LINEA_MEMORY_AT_OPS(V)                             \
  V(MemorySizeAt) /* D mem */                              \
  V(MemoryGrowAt) /* D A(delta) mem */                     \
  V(MemoryInitAt) /* segment mem A(dst) B(src) C(n) */     \
  V(MemoryCopyAt) /* dst_mem src_mem A(dst) B(src) C(n) */ \
  V(MemoryFillAt) /* mem A(dst) B(value) C(n) */
#define LINEA_AT_NAME(Name, ...) V(Name##At)

// Exception handling (3.0); runtime/interpreter/interpreter_exceptions.inc. A catch clause lands on
// a CatchLanding after the unwinder has written its values to slots D...; the landing falls through
// into the branch to the clause's label.
#define LINEA_EXCEPTION_OPS(V)                                        \
  V(Throw)        /* tag A n: throws the tag with payload A..A+n-1 */ \
  V(ThrowRef)     /* A: throws exnref A again (traps on null) */      \
  V(CatchLanding) /* D */

// Typed function references (3.0); runtime/interpreter/interpreter_typed_refs.inc.
#define LINEA_TYPED_REF_OPS(V)                                   \
  V(RefAsNonNull)  /* D A: traps if A is null */                 \
  V(BrOnNull)      /* A T: branch if ref A is null */            \
  V(BrOnNonNull)   /* A T: branch if ref A is not null */        \
  V(CallRef)       /* A base: calls funcref A (traps if null) */ \
  V(ReturnCallRef) /* B A n: tail-calls funcref B with arguments A..A+n-1 */

// GC (3.0); runtime/interpreter/interpreter_gc.inc. Objects: runtime/store/gc_heap.h. `type` is
// a canonical type id, `offset` a field's byte offset in its object; get/set come in the
// orders gc_compiler.cc expects.
#define LINEA_GC_OPS(V)                                                    \
  V(StructNew)        /* D type size A n: fields from A..A+n-1 */          \
  V(StructNewDefault) /* D type size */                                    \
  V(StructGet32)      /* D A offset */                                     \
  V(StructGet64)                                                           \
  V(StructGetV128)                                                         \
  V(StructGet8S)                                                           \
  V(StructGet8U)                                                           \
  V(StructGet16S)                                                          \
  V(StructGet16U)                                                          \
  V(StructSet8) /* A B offset */                                           \
  V(StructSet16)                                                           \
  V(StructSet32)                                                           \
  V(StructSet64)                                                           \
  V(StructSetV128)                                                         \
  V(ArrayNew)        /* D type A(init) B(length) */                        \
  V(ArrayNewDefault) /* D type A(length) */                                \
  V(ArrayNewFixed)   /* D type A n */                                      \
  V(ArrayNewData)    /* D type segment A(offset) B(length) */              \
  V(ArrayNewElem)    /* D type segment A(offset) B(length) */              \
  V(ArrayGet32)      /* D A(array) B(index) */                             \
  V(ArrayGet64)                                                            \
  V(ArrayGetV128)                                                          \
  V(ArrayGet8S)                                                            \
  V(ArrayGet8U)                                                            \
  V(ArrayGet16S)                                                           \
  V(ArrayGet16U)                                                           \
  V(ArraySet8) /* A(array) B(index) C(value) */                            \
  V(ArraySet16)                                                            \
  V(ArraySet32)                                                            \
  V(ArraySet64)                                                            \
  V(ArraySetV128)                                                          \
  V(ArrayLen)         /* D A */                                            \
  V(ArrayFill)        /* A(array) B(offset) C(value) D(n) */               \
  V(ArrayCopy)        /* A(dst) B(dst offset) C(src) D(src offset) E(n) */ \
  V(ArrayInitData)    /* segment A(array) B(dst) C(src) D(n) */            \
  V(ArrayInitElem)    /* segment A(array) B(dst) C(src) D(n) */            \
  V(RefI31)           /* D A */                                            \
  V(I31GetS)          /* D A */                                            \
  V(I31GetU)          /* D A */                                            \
  V(RefTest)          /* D A type: type is a ValType's raw bits */         \
  V(RefCast)          /* D A type */                                       \
  V(BrOnCast)         /* A type T */                                       \
  V(BrOnCastFail)     /* A type T */                                       \
  V(AnyConvertExtern) /* D A */                                            \
  V(ExternConvertAny) /* D A */

// Superinstructions (runtime/compile/superinstructions.h): the memory-0 loads and stores with
// their address's i32.add folded in, ea = u32(A + B) + offset with the add's wrap-around, in the
// order of the load and store lists. Loads: D A B offset; stores: A B V(value) offset.
#define LINEA_ADD_NAME(Name, ...) V(Name##Add)

// Superinstructions of issue 16: pairs of instructions compilers emit back to back, run as one
// when the first one's result is a temporary only the second reads (or, for the op-then-branch
// and load-then-branch forms, is still written). runtime/compile/superinstructions.h decides
// when the compiler emits them; runtime/interpreter/interpreter_fused.inc runs them. Chosen from
// the instruction profiles of CoreMark and the tools/bench kernels (tools/bench/README.md).
//
// Chains: D = Second(First(A, B), C), the intermediate value never in a slot. Words: D A B C.
// V(First, Second), both from LINEA_BINARY_OPS, of one type. f64 products are rounded before
// the second op, as the two instructions round (no fused multiply-add).
#define LINEA_CHAIN_OPS(V) \
  V(I32ShrU, I32And)       \
  V(I32Mul, I32Add)        \
  V(I32And, I32Xor)        \
  V(I32Xor, I32And)        \
  V(I32Xor, I32ShrU)       \
  V(I32ShrU, I32Xor)       \
  V(I32Add, I32And)        \
  V(I32And, I32ShrU)       \
  V(I32Add, I32Add)        \
  V(I32And, I32Mul)        \
  V(I32Mul, I32ShrU)       \
  V(I32Shl, I32Xor)        \
  V(I32Rotl, I32Xor)       \
  V(I32Rotr, I32Xor)       \
  V(I64Shl, I64Xor)        \
  V(I64ShrU, I64Xor)       \
  V(I64Rotl, I64Xor)       \
  V(I64Rotr, I64Xor)       \
  V(F64Mul, F64Add)        \
  V(F64Mul, F64Sub)        \
  V(F64Mul, F64Mul)        \
  V(F64Sub, F64Add)
// Chains into the right operand of a Second that does not commute: D = Second(C, First(A, B)).
// (A commuting Second serves both operand orders with the chain above.)
#define LINEA_CHAIN_RIGHT_OPS(V) V(F64Mul, F64Sub)
#define LINEA_CHAIN_NAME(First, Second) V(First##Then##Second)
#define LINEA_CHAIN_RIGHT_NAME(First, Second) V(First##ThenRight##Second)
// A binary op whose result (kept in D) the fused compare-and-branch after it compares with C:
// D = Op(A, B); branch to T if Compare(D, C) (BrIf...) or if not (BrUnless...); C is read after
// D is written, as the separate compare did. Words: D A B C T. V(Op, Compare): Op from
// LINEA_BINARY_OPS, Compare from LINEA_FUSED_COMPARES. An add before the compare is how a
// loop's back-edge `i = i + 1; br_if (i < n)` comes.
#define LINEA_OP_BRANCH_OPS(V) \
  V(I32Add, I32Eq)             \
  V(I32Add, I32Ne)             \
  V(I32Add, I32LtS)            \
  V(I32Add, I32LtU)            \
  V(I32Add, I32GtS)            \
  V(I32Add, I32GtU)            \
  V(I32Add, I32LeS)            \
  V(I32Add, I32LeU)            \
  V(I32Add, I32GeS)            \
  V(I32Add, I32GeU)            \
  V(I32And, I32Eq)             \
  V(I32And, I32Ne)
#define LINEA_OP_BRANCH_NAME(Name, Compare) \
  V(BrIf##Compare##After##Name) V(BrUnless##Compare##After##Name)
// A load whose result (kept in D) a br_if or if then tests: D = load(A + offset); branch to T
// if D != 0 (BrIf) or D == 0 (BrUnless). Words: D A offset T. V(load, Mem type)
#define LINEA_LOAD_BRANCH_OPS(V) \
  V(I32Load, uint32_t)           \
  V(I32Load8U, uint8_t)
#define LINEA_LOAD_BRANCH_NAME(Name, Mem) V(Name##BrIf) V(Name##BrUnless)
// i64 and f64 comparisons that fuse with a following br_if / if, as the i32 ones above (an f64
// BrUnless is !(a < b), so NaN operands branch as the unfused pair does). V(Name of the compare op)
#define LINEA_FUSED_WIDE_COMPARES(V) \
  V(I64Eq)                           \
  V(I64Ne)                           \
  V(I64LtS)                          \
  V(I64LtU)                          \
  V(I64GtS)                          \
  V(I64GtU)                          \
  V(I64LeS)                          \
  V(I64LeU)                          \
  V(I64GeS)                          \
  V(I64GeU)                          \
  V(F64Eq)                           \
  V(F64Ne)                           \
  V(F64Lt)                           \
  V(F64Gt)                           \
  V(F64Le)                           \
  V(F64Ge)
// A binary op whose result only the unary op right after it reads: D = Unary(Binary(A, B)),
// trapping as Binary does. Words: D A B. V(Binary, Unary): Binary from LINEA_BINARY_OPS or
// LINEA_CHECKED_BINARY_OPS, Unary from LINEA_UNARY_OPS. (double)(x >> 11) is how a 64-bit
// generator makes a random double.
#define LINEA_UNARY_AFTER_OPS(V) \
  V(I64RemU, I32WrapI64)         \
  V(I64ShrU, F64ConvertI64U)
// The memory-0 loads and stores with a scaled index: ea = u32(A + (B << shift)) + offset, an
// i32.shl by a constant folded into the *Add forms above. Loads: D A B shift offset; stores:
// A B V(value) shift offset.
#define LINEA_SHL_NAME(Name, ...) V(Name##AddShl)
#define LINEA_SUPERINSTRUCTIONS(V)                                                             \
  V(Mov2) /* D1 A1 D2 A2: two Movs, in order */                                                \
  LINEA_CHAIN_OPS(LINEA_CHAIN_NAME)                                                            \
  LINEA_CHAIN_RIGHT_OPS(LINEA_CHAIN_RIGHT_NAME)                                                \
  LINEA_OP_BRANCH_OPS(LINEA_OP_BRANCH_NAME)                                                    \
  LINEA_UNARY_AFTER_OPS(LINEA_CHAIN_NAME)                                                      \
  LINEA_LOAD_BRANCH_OPS(LINEA_LOAD_BRANCH_NAME)                                                \
  V(MovBrIf)     /* D A C T: D = A, then branch if i32 C != 0 */                               \
  V(MovBrUnless) /* D A C T: D = A, then branch if i32 C == 0 */                               \
  LINEA_LOAD_OPS(LINEA_SHL_NAME)                                                               \
  LINEA_STORE_OPS(LINEA_SHL_NAME)                                                              \
  LINEA_FUSED_WIDE_COMPARES(LINEA_BR_IF_NAME)                                                  \
  V(F64AddLoad)       /* D X A offset: D = X + the f64 at A + offset, checked as F64Load */    \
  V(F64AbsLt)         /* D A B: D = |A| < B (emscripten's guard before a float-to-int cast) */ \
  V(BrIfF64AbsLt)     /* A B T: branch if |A| < B */                                           \
  V(BrUnlessF64AbsLt) /* A B T: branch unless |A| < B */

// Every internal operation, in handler-table order.
#define LINEA_OP_NAME(Name, ...) V(Name)
#define LINEA_BR_IF_NAME(Name, ...) V(BrIf##Name) V(BrUnless##Name)
#define LINEA_ALL_OPS(V)                  \
  LINEA_OTHER_OPS(V)                      \
  LINEA_UNARY_OPS(LINEA_OP_NAME)          \
  LINEA_BINARY_OPS(LINEA_OP_NAME)         \
  LINEA_CHECKED_UNARY_OPS(LINEA_OP_NAME)  \
  LINEA_CHECKED_BINARY_OPS(LINEA_OP_NAME) \
  LINEA_SATURATING_OPS(LINEA_OP_NAME)     \
  LINEA_LOAD_OPS(LINEA_OP_NAME)           \
  LINEA_STORE_OPS(LINEA_OP_NAME)          \
  LINEA_FUSED_COMPARES(LINEA_BR_IF_NAME)  \
  LINEA_TAIL_CALL_OPS(V)                  \
  LINEA_MEMORY_AT_OPS(V)                  \
  LINEA_LOAD_OPS(LINEA_AT_NAME)           \
  LINEA_STORE_OPS(LINEA_AT_NAME)          \
  LINEA_EXCEPTION_OPS(V)                  \
  LINEA_LOAD_OPS(LINEA_ADD_NAME)          \
  LINEA_STORE_OPS(LINEA_ADD_NAME)         \
  LINEA_SIMD_ALL_OPS(V)                   \
  LINEA_ATOMIC_ALL_OPS(V)                 \
  LINEA_TYPED_REF_OPS(V)                  \
  LINEA_GC_OPS(V)                         \
  LINEA_SUPERINSTRUCTIONS(V)

// The slot a slot word names: words are byte offsets from the frame pointer (see above).
inline Slot* SlotAt(Slot* fp, uint32_t offset) {
  return reinterpret_cast<Slot*>(reinterpret_cast<char*>(fp) + offset);
}

enum class Op : uint16_t {
#define V(Name) k##Name,
  LINEA_ALL_OPS(V)
#undef V
      kCount
};

// ---------------------------------------------------------------------------------------------

// A function body compiled for the interpreter. Immutable once built, shared by every
// instance of its module.
struct CompiledFunction {
  uint32_t func_index = 0;  // In the module's function index space.
  uint32_t num_params = 0;
  uint32_t num_results = 0;
  uint32_t num_locals = 0;   // Parameters included.
  uint32_t max_stack = 0;    // Deepest operand stack, in slots.
  uint32_t frame_slots = 0;  // num_locals + hidden slots + constants.size() + max_stack.

  // The constant slots' values, at slots [num_locals + h, num_locals + h + constants.size()),
  // h being the compiler's hidden slots after the locals (legacy exception handling).
  std::vector<Slot> constants;
  // Declared locals that entering the frame zeroes with memset: 0 for the usual small frame,
  // whose zeros are in frame_init instead. Large frames are zeroed this way so that compiled
  // code stays proportional to the body: a 6-byte body may declare 50000 locals.
  uint32_t zeroed_locals = 0;
  // What entering the frame then writes from slot num_params + zeroed_locals on: zero for
  // each declared local not zeroed above, then the constants, padded with a zero slot to an
  // even count (it is copied in 32-byte units; frame_slots covers the padding).
  std::vector<Slot> frame_init;

  std::vector<uint32_t> code;

  // For trap backtraces: the module byte offset of every instruction that can trap or call,
  // sorted by code position.
  struct SourcePosition {
    uint32_t code_pos;
    uint32_t module_offset;
  };
  std::vector<SourcePosition> source_map;

  // Exception handlers (try_table), innermost first: an exception thrown at a code position
  // in [start, end) tries the handler's catch clauses in order.
  struct Catch {
    enum Kind : uint8_t { kCatch, kCatchRef, kCatchAll, kCatchAllRef };
    Kind kind;
    uint32_t tag;      // In the instance's tag index space (kCatch, kCatchRef).
    uint32_t landing;  // Code position of the clause's CatchLanding.
  };
  struct Handler {
    static constexpr uint32_t kNoDelegate = 0xffffffffu;
    static constexpr uint32_t kToCaller = 0xfffffffeu;
    uint32_t start = 0;
    uint32_t end = 0;
    std::vector<Catch> catches;
    // Legacy `delegate`: instead of catching, the search goes on at this handler index (one
    // enclosing the region), or leaves the function (kToCaller).
    uint32_t delegate = kNoDelegate;
  };
  std::vector<Handler> handlers;

  // The module offset of the instruction at or before code position `pos`.
  uint32_t ModuleOffsetAt(size_t pos) const {
    auto it = std::upper_bound(source_map.begin(), source_map.end(), pos,
                               [](size_t p, const SourcePosition& s) { return p < s.code_pos; });
    return it == source_map.begin() ? 0 : (it - 1)->module_offset;
  }
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_CODE_H_
