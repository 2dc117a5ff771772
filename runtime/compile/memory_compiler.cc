// The function compiler's memory and table instructions (function_compiler.h): loads and
// stores, memargs, memory.size/grow, the 0xfc-prefixed bulk memory and table operations
// (and saturating truncations), and the *At forms for other memories and 64-bit addresses.

#include "runtime/compile/function_compiler.h"
#include "runtime/compile/superinstructions.h"

namespace linea::rt {

// A memarg for the SIMD compiler.
bool FunctionCompiler::ReadMemArg(uint8_t max_align, SimdMemArg* simd_arg) {
  MemArg arg;
  if (!ReadMemArgAt(max_align, &arg)) return false;
  *simd_arg = {arg.memory, arg.offset, AddressType(arg.memory), IsFastMemory(arg.memory),
               arg.align};
  return true;
}

bool FunctionCompiler::CheckDataIndex(uint32_t index) {
  // One-pass validation knows the data segments only from the data count section, which
  // the binary format therefore requires (5.5.16) before code that names a segment.
  if (!module_.data_count) {
    return Fail("unknown data segment " + std::to_string(index) + " (data count section required)");
  }
  return CheckIndex(index, *module_.data_count, "data segment");
}

bool FunctionCompiler::CompileMemoryAccess(const MemoryOpInfo& info) {
  MemArg arg;
  if (!ReadMemArgAt(info.max_align, &arg)) return false;
  if (!IsFastMemory(arg.memory)) return CompileMemoryAccessAt(info, arg);
  const uint32_t offset = static_cast<uint32_t>(arg.offset);
  uint32_t base, index;
  if (info.is_store) {
    Entry value, address;
    if (!Pop(info.type, &value) || !Pop(ValType::kI32, &address)) return false;
    uint32_t shift;
    if (FoldAddressAdd(address, &base, &index)) {
      if (FoldIndexShift(&base, &index, &shift)) {
        Emit(ScaledIndexAccess(AddressAddAccess(info.op)),
             {S(base), S(index), S(value.slot), I(shift), I(offset)}, true);
        return true;
      }
      Emit(AddressAddAccess(info.op), {S(base), S(index), S(value.slot), I(offset)}, true);
    } else {
      Emit(info.op, {S(address.slot), S(value.slot), I(offset)}, /*may_trap=*/true);
    }
  } else {
    Entry address;
    if (!Pop(ValType::kI32, &address)) return false;
    uint32_t shift;
    if (FoldAddressAdd(address, &base, &index)) {
      if (FoldIndexShift(&base, &index, &shift)) {
        EmitWithResult(ScaledIndexAccess(AddressAddAccess(info.op)), info.type,
                       {S(base), S(index), I(shift), I(offset)}, true);
        return true;
      }
      EmitWithResult(AddressAddAccess(info.op), info.type, {S(base), S(index), I(offset)}, true);
    } else {
      EmitWithResult(info.op, info.type, {S(address.slot), I(offset)}, /*may_trap=*/true);
    }
  }
  return true;
}

bool FunctionCompiler::CompileTableAccess(bool set) {
  uint32_t table;
  if (!ReadTableIndex(&table)) return false;
  const ValType element = module_.tables[table].element;
  const ValType index_type = AddressType(module_.tables[table]);
  if (set) {
    Entry value, index;
    if (!Pop(element, &value) || !Pop(index_type, &index)) return false;
    Emit(Op::kTableSet, {I(table), S(index.slot), S(value.slot)}, /*may_trap=*/true);
  } else {
    Entry index;
    if (!Pop(index_type, &index)) return false;
    EmitWithResult(Op::kTableGet, element, {I(table), S(index.slot)}, /*may_trap=*/true);
  }
  return true;
}

bool FunctionCompiler::CompilePrefixed() {
  uint32_t sub;
  if (!reader_.ReadU32(&sub)) return false;
  Entry dst, src, n;
  if (sub < kSaturatingOps.size()) return CompileNumeric(kSaturatingOps[sub]);
  switch (sub) {
    case 8: {  // memory.init
      uint32_t segment, memory;
      if (!reader_.ReadU32(&segment) || !ReadMemoryIndex(&memory) || !CheckDataIndex(segment)) {
        return false;
      }
      if (!IsFastMemory(memory)) return CompileMemoryInitAt(segment, memory);
      if (!PopThree(ValType::kI32, &dst, &src, &n)) return false;
      Emit(Op::kMemoryInit, {I(segment), S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    case 9: {  // data.drop
      uint32_t segment;
      if (!ReadDataIndex(&segment)) return false;
      Emit(Op::kDataDrop, {I(segment)});
      return true;
    }
    case 10: {  // memory.copy
      uint32_t dst_memory, src_memory;
      if (!ReadMemoryIndex(&dst_memory) || !ReadMemoryIndex(&src_memory)) return false;
      if (!IsFastMemory(dst_memory) || !IsFastMemory(src_memory)) {
        return CompileMemoryCopyAt(dst_memory, src_memory);
      }
      if (!PopThree(ValType::kI32, &dst, &src, &n)) return false;
      Emit(Op::kMemoryCopy, {S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    case 11: {  // memory.fill
      uint32_t memory;
      if (!ReadMemoryIndex(&memory)) return false;
      if (!IsFastMemory(memory)) return CompileMemoryFillAt(memory);
      if (!PopThree(ValType::kI32, &dst, &src, &n)) return false;
      Emit(Op::kMemoryFill, {S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    case 12: {  // table.init
      uint32_t segment, table;
      if (!reader_.ReadU32(&segment) || !ReadTableIndex(&table)) return false;
      if (!CheckIndex(segment, module_.elements.size(), "elem segment")) return false;
      if (!IsSubtype(module_.elements[segment].type, module_.tables[table].element)) {
        return TypeMismatch(module_.tables[table].element, module_.elements[segment].type);
      }
      if (!PopThree(AddressType(module_.tables[table]), ValType::kI32, ValType::kI32, &dst, &src,
                    &n)) {
        return false;
      }
      Emit(Op::kTableInit, {I(segment), I(table), S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    case 13: {  // elem.drop
      uint32_t segment;
      if (!ReadElemIndex(&segment)) return false;
      Emit(Op::kElemDrop, {I(segment)});
      return true;
    }
    case 14: {  // table.copy
      uint32_t dst_table, src_table;
      if (!ReadTableIndex(&dst_table) || !ReadTableIndex(&src_table)) return false;
      if (!IsSubtype(module_.tables[src_table].element, module_.tables[dst_table].element)) {
        return TypeMismatch(module_.tables[dst_table].element, module_.tables[src_table].element);
      }
      const ValType dst_type = AddressType(module_.tables[dst_table]);
      const ValType src_type = AddressType(module_.tables[src_table]);
      if (!PopThree(dst_type, src_type, MinAddressType(dst_type, src_type), &dst, &src, &n)) {
        return false;
      }
      Emit(Op::kTableCopy, {I(dst_table), I(src_table), S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    case 15: {  // table.grow
      uint32_t table;
      if (!ReadTableIndex(&table)) return false;
      Entry init;
      const ValType index_type = AddressType(module_.tables[table]);
      if (!Pop(index_type, &n) || !Pop(module_.tables[table].element, &init)) return false;
      EmitWithResult(Op::kTableGrow, index_type, {I(table), S(init.slot), S(n.slot)});
      return true;
    }
    case 16: {  // table.size
      uint32_t table;
      if (!ReadTableIndex(&table)) return false;
      EmitWithResult(Op::kTableSize, AddressType(module_.tables[table]), {I(table)});
      return true;
    }
    case 17: {  // table.fill
      uint32_t table;
      if (!ReadTableIndex(&table)) return false;
      const ValType index_type = AddressType(module_.tables[table]);
      if (!PopThree(index_type, module_.tables[table].element, index_type, &dst, &src, &n)) {
        return false;
      }
      Emit(Op::kTableFill, {I(table), S(dst.slot), S(src.slot), S(n.slot)}, true);
      return true;
    }
    default:
      return Fail("unknown opcode 0xfc " + std::to_string(sub));
  }
}

// memarg (3.0, 5.4.6): alignment flags with bit 6 set when a memory index follows, then the
// offset (at most 2^32 - 1 for an i32-addressed memory).
bool FunctionCompiler::ReadMemArgAt(uint8_t max_align, MemArg* arg) {
  uint32_t align;
  if (!reader_.ReadU32(&align)) return false;
  const bool has_index = (align & 0x40) != 0;
  align &= ~0x40u;
  if (has_index && !reader_.ReadU32(&arg->memory)) return false;
  if (!reader_.ReadU64(&arg->offset)) return false;
  if (!CheckIndex(arg->memory, module_.memories.size(), "memory")) return false;
  if (align > max_align) return Fail("alignment must not be larger than natural");
  arg->align = align;
  if (AddressType(arg->memory) == ValType::kI32 && arg->offset > 0xffffffffu) {
    return Fail("offset out of range: " + std::to_string(arg->offset) +
                " does not fit an i32-addressed memory");
  }
  return true;
}

// The *At variant of a load or store (code.h lists them in the same order).
Op FunctionCompiler::MemoryOpAt(Op op) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAt) + static_cast<uint32_t>(op) -
                         static_cast<uint32_t>(Op::kI32Load));
}

bool FunctionCompiler::CompileMemoryAccessAt(const MemoryOpInfo& info, const MemArg& arg) {
  const ValType address_type = AddressType(arg.memory);
  const Operand lo = I(static_cast<uint32_t>(arg.offset));
  const Operand hi = I(static_cast<uint32_t>(arg.offset >> 32));
  if (info.is_store) {
    Entry value, address;
    if (!Pop(info.type, &value) || !Pop(address_type, &address)) return false;
    Emit(MemoryOpAt(info.op), {S(address.slot), S(value.slot), lo, hi, I(arg.memory)}, true);
  } else {
    Entry address;
    if (!Pop(address_type, &address)) return false;
    EmitWithResult(MemoryOpAt(info.op), info.type, {S(address.slot), lo, hi, I(arg.memory)}, true);
  }
  return true;
}

bool FunctionCompiler::CompileMemorySizeOrGrow(bool grow) {
  uint32_t memory;
  if (!ReadMemoryIndex(&memory)) return false;
  const ValType address_type = AddressType(memory);
  const bool fast = IsFastMemory(memory);
  if (!grow) {
    if (fast) {
      EmitWithResult(Op::kMemorySize, address_type, {});
    } else {
      EmitWithResult(Op::kMemorySizeAt, address_type, {I(memory)});
    }
    return true;
  }
  Entry delta;
  if (!Pop(address_type, &delta)) return false;
  if (fast) {
    EmitWithResult(Op::kMemoryGrow, address_type, {S(delta.slot)});
  } else {
    EmitWithResult(Op::kMemoryGrowAt, address_type, {S(delta.slot), I(memory)});
  }
  return true;
}

bool FunctionCompiler::CompileMemoryInitAt(uint32_t segment, uint32_t memory) {
  Entry dst, src, n;
  if (!Pop(ValType::kI32, &n) || !Pop(ValType::kI32, &src) || !Pop(AddressType(memory), &dst)) {
    return false;
  }
  Emit(Op::kMemoryInitAt, {I(segment), I(memory), S(dst.slot), S(src.slot), S(n.slot)}, true);
  return true;
}

bool FunctionCompiler::CompileMemoryCopyAt(uint32_t dst_memory, uint32_t src_memory) {
  // The length is i64 only when both memories are (3.0: the minimum address type).
  const ValType dst_type = AddressType(dst_memory), src_type = AddressType(src_memory);
  Entry dst, src, n;
  if (!PopThree(dst_type, src_type, MinAddressType(dst_type, src_type), &dst, &src, &n)) {
    return false;
  }
  Emit(Op::kMemoryCopyAt, {I(dst_memory), I(src_memory), S(dst.slot), S(src.slot), S(n.slot)},
       true);
  return true;
}

bool FunctionCompiler::CompileMemoryFillAt(uint32_t memory) {
  const ValType address_type = AddressType(memory);
  Entry dst, value, n;
  if (!Pop(address_type, &n) || !Pop(ValType::kI32, &value) || !Pop(address_type, &dst)) {
    return false;
  }
  Emit(Op::kMemoryFillAt, {I(memory), S(dst.slot), S(value.slot), S(n.slot)}, true);
  return true;
}

}  // namespace linea::rt
