// Run-time values as the host sees them. Numbers keep their exact bits (NaN payloads included);
// references are pointers: a funcref points to a Function, an externref to whatever the host
// chose to pass in (the bindings use it for JS values). Null is nullptr for both.
#ifndef LINEA_RUNTIME_VALUE_H_
#define LINEA_RUNTIME_VALUE_H_

#include <bit>
#include <cstdint>
#include <cstring>

#include "runtime/types.h"

namespace linea::rt {

class Function;

// Untyped 16-byte slot: the representation in globals and the interpreter's frames. One slot
// holds any value, a v128 included, so the compiler keeps its one-value-one-slot frame layout
// (the choice and its measured cost: runtime/code.h, "Values in slots"). Scalars use the low 8
// bytes; the high 8 bytes of a scalar's slot are unspecified.
union alignas(16) Slot {
  uint64_t bits;
  void* ref;
  uint64_t lanes[2];  // A v128: lanes[0] holds bytes 0..7 (little-endian lane order).
};
static_assert(sizeof(Slot) == 16);

struct Value {
  ValType type = ValType::kI32;
  uint64_t bits = 0;  // i32/f32 in the low 32 bits; refs as the pointer value; v128 bytes 0..7.
  uint64_t high = 0;  // v128 bytes 8..15; 0 for every other type.

  static Value I32(int32_t v) { return {ValType::kI32, static_cast<uint32_t>(v)}; }
  static Value I64(int64_t v) { return {ValType::kI64, static_cast<uint64_t>(v)}; }
  static Value F32(float v) { return {ValType::kF32, std::bit_cast<uint32_t>(v)}; }
  static Value F64(double v) { return {ValType::kF64, std::bit_cast<uint64_t>(v)}; }
  static Value F32Bits(uint32_t b) { return {ValType::kF32, b}; }
  static Value F64Bits(uint64_t b) { return {ValType::kF64, b}; }
  static Value FuncRef(Function* f) { return {ValType::kFuncRef, reinterpret_cast<uintptr_t>(f)}; }
  static Value ExternRef(void* p) { return {ValType::kExternRef, reinterpret_cast<uintptr_t>(p)}; }
  static Value V128(uint64_t low, uint64_t high) { return {ValType::kV128, low, high}; }
  static Value Null(ValType ref_type) { return {ref_type, 0}; }
  // The default value of a type (zero / null), as for locals and table.grow.
  static Value Default(ValType t) { return {t, 0}; }

  int32_t i32() const { return static_cast<int32_t>(static_cast<uint32_t>(bits)); }
  int64_t i64() const { return static_cast<int64_t>(bits); }
  float f32() const { return std::bit_cast<float>(static_cast<uint32_t>(bits)); }
  double f64() const { return std::bit_cast<double>(bits); }
  uint32_t f32_bits() const { return static_cast<uint32_t>(bits); }
  uint64_t f64_bits() const { return bits; }
  void* ref() const { return reinterpret_cast<void*>(static_cast<uintptr_t>(bits)); }
  Function* func() const { return static_cast<Function*>(ref()); }
  bool is_null() const { return bits == 0; }

  // The slot form, with the unused high half of an i32/f32 cleared (the interpreter's
  // convention: 32-bit values are zero-extended in their slot, see code.h).
  Slot slot() const {
    const bool narrow = type == ValType::kI32 || type == ValType::kF32;
    Slot s;
    s.lanes[0] = narrow ? (bits & 0xffffffffu) : bits;
    s.lanes[1] = high;
    return s;
  }
  static Value FromSlot(ValType t, Slot s) {
    return {t, s.bits, t == ValType::kV128 ? s.lanes[1] : 0};
  }
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_VALUE_H_
