// The function compiler's driver (function_compiler.h): CompileFunction, the per-function
// scratch storage, the instruction loop and dispatch, validation-only fast paths, the
// numeric, local, global and select instructions, and the frame layout at the end.

#include "runtime/compile/compiler.h"

#include <cstdio>

#include "runtime/compile/atomic_compiler.h"
#include "runtime/compile/code_dump.h"
#include "runtime/compile/function_compiler.h"

namespace linea::rt {

// The calling thread's scratch, or, should a compile ever run inside another on one thread,
// a fresh one kept in `own`.
CompilerScratch& AcquireScratch(std::unique_ptr<CompilerScratch>* own) {
  thread_local CompilerScratch thread_scratch;
  CompilerScratch* scratch = &thread_scratch;
  if (scratch->in_use) {
    *own = std::make_unique<CompilerScratch>();
    scratch = own->get();
  }
  scratch->Clear();
  scratch->in_use = true;
  return *scratch;
}

bool FunctionCompiler::CompileBody() {
  ctrl_.push_back({});
  ctrl_.back().kind = BlockKind::kFunction;
  ctrl_.back().results = type_.results;
  ctrl_.back().height = 0;
  // Validation only: nothing is live, so nothing is ever emitted (see CompileBlockStart,
  // CompileElse and CompileEnd, which take emitting_ from their block's `live`).
  ctrl_.back().live = ctrl_live_at_start_ = emitting_;
  while (!ctrl_.empty()) {
    op_offset_ = reader_.offset();
    // (The spec tests phrase this both ways, depending on what follows the body.)
    if (reader_.at_end()) return Fail("unexpected end of section or function: END opcode expected");
    const uint8_t opcode = reader_.ReadByteNotAtEnd();
    const SimpleValidation& simple = kSimpleValidation[opcode];
    if (simple.kind != SimpleValidation::Kind::kNone && !emitting_) {
      if (!ValidateSimple(simple)) return false;
    } else if (!CompileInstruction(opcode)) {
      return false;
    }
  }
  if (!reader_.at_end()) {
    op_offset_ = reader_.offset();
    return Fail("operators remaining after end of function");
  }
  return true;
}

// Validation alone (validate-only, or unreachable code) of the most frequent instructions:
// what CompileInstruction does for them when nothing is emitted, with the same checks and
// errors, without its dispatch (measured: its entry and switch cost ~17 instructions an op).
inline bool FunctionCompiler::ValidateSimple(const SimpleValidation& info) {
  using K = SimpleValidation::Kind;
  // Validate-only, operands of exactly the type above the block's part of the stack: the
  // result replaces them in place. (No entry refers to a local when nothing is emitted, so
  // popping releases nothing, and the frame's height is not needed.)
  const uint32_t h = height();
  const uint32_t floor = ctrl_.back().height;
  switch (info.kind) {
    case K::kUnary:
      if (validate_only_ && h > floor && stack_[h - 1].type == info.operand) {
        stack_[h - 1].type = info.result;
        return true;
      }
      if (!Pop(info.operand)) return false;
      PushTemp(info.result);
      return true;
    case K::kBinary:
      if (validate_only_ && h >= floor + 2 && stack_[h - 1].type == info.operand &&
          stack_[h - 2].type == info.operand) {
        stack_.pop_back();
        stack_[h - 2].type = info.result;
        return true;
      }
      if (!Pop(info.operand) || !Pop(info.operand)) return false;
      PushTemp(info.result);
      return true;
    case K::kLoad:
    case K::kStore: {
      MemArg arg;
      if (!ReadMemArgAt(info.max_align, &arg)) return false;
      if (info.kind == K::kStore && !Pop(info.operand)) return false;
      if (!Pop(AddressType(arg.memory))) return false;
      if (info.kind == K::kLoad) PushTemp(info.result);
      return true;
    }
    case K::kLocalGet:
    case K::kLocalSet:
    case K::kLocalTee: {
      uint32_t index;
      if (!ReadLocalIndex(&index)) return false;
      const ValType type = locals_[index];
      if (info.kind == K::kLocalGet) {
        if (!local_set_[index]) return FailUninitializedLocal(index);
        if (validate_only_) {
          stack_.push_back({type, StackSlot(h)});
          return true;
        }
      } else {
        if (validate_only_ && h > floor && stack_[h - 1].type == type) {
          if (info.kind == K::kLocalSet) stack_.pop_back();
        } else {
          if (!Pop(type)) return false;
          if (info.kind == K::kLocalTee) PushTemp(type);
        }
        SetLocal(index);
        return true;
      }
      PushTemp(type);
      return true;
    }
    case K::kI32Const: {
      int32_t v;
      if (!reader_.ReadS32(&v)) return false;
      PushTemp(ValType::kI32);
      return true;
    }
    case K::kI64Const: {
      int64_t v;
      if (!reader_.ReadS64(&v)) return false;
      PushTemp(ValType::kI64);
      return true;
    }
    case K::kF32Const:
    case K::kF64Const: {
      uint64_t bits;
      const bool f32 = info.kind == K::kF32Const;
      if (!reader_.ReadFixed(f32 ? 4 : 8, &bits)) return false;
      PushTemp(f32 ? ValType::kF32 : ValType::kF64);
      return true;
    }
    case K::kDrop:
      return Pop(kAnyType);
    case K::kBlockStart:
      if (validate_only_) return ValidateBlockStart(info.opcode);
      return CompileBlockStart(info.opcode);
    case K::kEnd:
      if (validate_only_ && ValidateCommonEnd()) return true;
      return CompileEnd();
    case K::kNone:
      break;
  }
  return Fail("unknown opcode");
}

// Validate-only block, loop or if: CompileBlockStart for the block types of one byte (no
// value, or one numeric result), the rest through it.
inline bool FunctionCompiler::ValidateBlockStart(uint8_t opcode) {
  // The numeric value types by their byte, 0x7c (f64) to 0x7f (i32).
  static constexpr ValType kNumericByByte[] = {ValType::kF64, ValType::kF32, ValType::kI64,
                                               ValType::kI32};
  const int byte = reader_.PeekByte();
  std::span<const ValType> results;
  if (byte >= 0x7c && byte <= 0x7f) {
    results = {&kNumericByByte[byte - 0x7c], 1};
  } else if (byte != 0x40) {
    return CompileBlockStart(opcode);
  }
  reader_.ReadByteNotAtEnd();
  if (opcode == 0x04 && !Pop(ValType::kI32)) return false;
  Control& c = ctrl_.emplace_back();
  c.kind = opcode == 0x02 ? BlockKind::kBlock : opcode == 0x03 ? BlockKind::kLoop : BlockKind::kIf;
  c.results = results;
  c.height = height();
  c.init_height = initialized_locals_.size();
  return true;
}

// Validate-only end of a block, loop, else, or if without else, with no parameters and at most
// one result, when exactly its results are on its part of the stack: what CompileEnd does
// for it. False (nothing done) for anything else, which CompileEnd then handles.
inline bool FunctionCompiler::ValidateCommonEnd() {
  const Control& c = ctrl_.back();
  const bool plain = c.kind == BlockKind::kBlock || c.kind == BlockKind::kLoop ||
                     c.kind == BlockKind::kElse ||
                     (c.kind == BlockKind::kIf && c.params.empty() && c.results.empty());
  if (!plain || c.has_handler || !c.params.empty() || c.results.size() > 1) return false;
  const uint32_t h = height();
  if (h != c.height + c.results.size()) return false;
  if (!c.results.empty() && stack_[h - 1].type != c.results[0]) return false;
  ResetLocalsSetSince(c.init_height);
  ctrl_.pop_back();
  return true;
}

bool FunctionCompiler::FailUninitializedLocal(uint32_t index) {
  return Fail("uninitialized local " + std::to_string(index));
}

bool FunctionCompiler::CompileInstruction(uint8_t opcode) {
  switch (opcode) {
    case 0x00:  // unreachable
      Emit(Op::kUnreachable, {}, /*may_trap=*/true);
      SetUnreachable();
      return true;
    case 0x01:  // nop
      return true;
    case 0x02:  // block
    case 0x03:  // loop
    case 0x04:  // if
      return CompileBlockStart(opcode);
    case 0x05:
      return CompileElse();
    case 0x0b:
      return CompileEnd();
    case 0x0c: {  // br
      uint32_t depth;
      if (!ReadLabel(&depth) || !CheckTop(Target(depth).label_types())) return false;
      if (emitting_) EmitBranch(depth);
      SetUnreachable();
      return true;
    }
    case 0x0d:  // br_if
      return CompileBrIf();
    case 0x0e:  // br_table
      return CompileBrTable();
    case 0x0f:  // return
      if (!CheckTop(type_.results)) return false;
      if (emitting_) EmitReturn();
      SetUnreachable();
      return true;
    case 0x10:  // call
    case 0x11:  // call_indirect
      return CompileCall(opcode == 0x11 ? CallKind::kIndirect : CallKind::kDirect);
    case 0x1a:  // drop
      return Pop(kAnyType);
    case 0x1b:  // select
    case 0x1c:  // select t
      return CompileSelect(opcode == 0x1c);
    case 0x20:  // local.get
    case 0x21:  // local.set
    case 0x22:  // local.tee
      return CompileLocal(opcode);
    case 0x23:
    case 0x24:
      return CompileGlobal(opcode == 0x24);
    case 0x25:
    case 0x26:
      return CompileTableAccess(opcode == 0x26);
    case 0x3f:  // memory.size
    case 0x40:  // memory.grow
      return CompileMemorySizeOrGrow(opcode == 0x40);
    case 0x41: {  // i32.const
      int32_t v;
      if (!reader_.ReadS32(&v)) return false;
      PushConst(ValType::kI32, static_cast<uint32_t>(v));
      return true;
    }
    case 0x42: {  // i64.const
      int64_t v;
      if (!reader_.ReadS64(&v)) return false;
      PushConst(ValType::kI64, static_cast<uint64_t>(v));
      return true;
    }
    case 0x43:    // f32.const
    case 0x44: {  // f64.const
      uint64_t bits = 0;
      if (!reader_.ReadFixed(opcode == 0x43 ? 4 : 8, &bits)) return false;
      PushConst(opcode == 0x43 ? ValType::kF32 : ValType::kF64, bits);
      return true;
    }
    case 0xd0: {  // ref.null ht
      ValType type;
      if (!ReadHeapType(/*nullable=*/true, &type)) return false;
      PushConst(type, 0);
      return true;
    }
    case 0xd1: {  // ref.is_null
      Entry ref;
      if (!Pop(kAnyType, &ref)) return false;
      if (ref.type != kAnyType && !IsRefType(ref.type)) {
        return Fail("type mismatch: expected a reference, got " + TypeName(ref.type));
      }
      // Null is 0 in the slot's 64 bits.
      EmitWithResult(Op::kI64Eqz, ValType::kI32, {S(ref.slot)});
      return true;
    }
    case 0xd2: {  // ref.func
      uint32_t index;
      if (!ReadFuncIndex(&index)) return false;
      if (index >= module_.declared_func_refs.size() || !module_.declared_func_refs[index]) {
        return Fail("undeclared function reference " + std::to_string(index));
      }
      EmitWithResult(Op::kRefFunc, module_.func_ref_type(index), {I(index)});
      return true;
    }
    case 0xd3:  // ref.eq
      return CompileRefEq();
    case 0xd4:  // ref.as_non_null
      return CompileRefAsNonNull();
    case 0xd5:  // br_on_null
      return CompileBrOnNull();
    case 0xd6:  // br_on_non_null
      return CompileBrOnNonNull();
    case 0x14:  // call_ref
    case 0x15:  // return_call_ref
      return CompileCall(CallKind::kRef, opcode == 0x15);
    case 0xfc:
      return CompilePrefixed();
    case 0xfd:
      return CompileSimdInstruction(reader_, *this);
    case 0xfe:
      return CompileAtomicInstruction(reader_, *this);
    case 0xfb: {
      uint32_t sub;
      if (!reader_.ReadU32(&sub)) return false;
      if (sub == 24 || sub == 25) return CompileBrOnCast(sub == 25);
      return CompileGcInstruction(sub, reader_, *this);
    }
    case 0x12:  // return_call
    case 0x13:  // return_call_indirect
      return CompileCall(opcode == 0x13 ? CallKind::kIndirect : CallKind::kDirect,
                         /*tail=*/true);
    case 0x08:  // throw
      return CompileThrow();
    case 0x0a:  // throw_ref
      return CompileThrowRef();
    case 0x1f:  // try_table
      return CompileTryTable();
    case 0x06:  // try (legacy)
      return CompileLegacyTry();
    case 0x07:  // catch (legacy)
    case 0x19:  // catch_all (legacy)
      return CompileLegacyCatch(opcode == 0x19);
    case 0x09:  // rethrow (legacy)
      return CompileRethrow();
    case 0x18:  // delegate (legacy)
      return CompileDelegate();
    default:
      break;
  }
  if (kMemoryOps[opcode].valid) return CompileMemoryAccess(kMemoryOps[opcode]);
  if (kNumericOps[opcode].kind != NumericOpInfo::Kind::kNone) {
    return CompileNumeric(kNumericOps[opcode]);
  }
  return Fail("unknown opcode " + Hex(opcode));
}

bool FunctionCompiler::CompileSelect(bool typed) {
  ValType type = kAnyType;
  if (typed) {
    uint32_t count;
    if (!reader_.ReadU32(&count)) return false;
    if (count != 1) return Fail("invalid result arity");
    if (!ReadValType(&type)) return false;
  }
  Entry cond, b, a;
  if (!Pop(ValType::kI32, &cond) || !Pop(type, &b) || !Pop(type, &a)) return false;
  if (!typed) {
    // Untyped select takes numeric or vector operands of one type (spec 3.3.4).
    for (ValType t : {a.type, b.type}) {
      if (t != kAnyType && !IsNumType(t) && t != ValType::kV128) {
        return Fail("type mismatch: select without a type needs numeric operands, got " +
                    TypeName(t));
      }
    }
    if (a.type != kAnyType && b.type != kAnyType && a.type != b.type) {
      return TypeMismatch(a.type, b.type);
    }
    type = a.type != kAnyType ? a.type : b.type;
  }
  EmitWithResult(Sized(Op::kSelect, type), type, {S(a.slot), S(b.slot), S(cond.slot)});
  return true;
}

// Before local `index` is written: entries still meaning its old value get their own copy.
// The local's chain of pushed references is walked and dropped, so every reference is visited
// once (a rescan of the stack per write would make compile time quadratic). Positions in the
// chain may since have been popped or materialized: only entries that still refer to the
// local are copied.
inline void FunctionCompiler::PrepareLocalWrite(uint32_t index) {
  uint32_t node = last_ref_node_[index];
  last_ref_node_[index] = kNone;
  if (local_refs_[index] == 0) return;
  for (; node != kNone; node = ref_nodes_[node].previous) {
    const uint32_t p = ref_nodes_[node].position;
    if (p < height() && stack_[p].slot == index) Materialize(p);
  }
}

// Stores `value` (already popped) into local `index`.
inline void FunctionCompiler::WriteLocal(uint32_t index, const Entry& value) {
  if (value.slot == index) return;  // local.get x; local.set x
  PrepareLocalWrite(index);
  // Peephole: if the value was just computed into its stack slot, compute it straight into
  // the local instead (`i32.add; local.set 2` becomes one instruction).
  if (last_.dst_word != kNone && code_[last_.dst_word] == value.slot && IsStack(value.slot)) {
    code_[last_.dst_word] = index;
    last_.dst_word = kNone;
    return;
  }
  EmitMove(value.type, index, value.slot);
}

bool FunctionCompiler::CompileLocal(uint8_t opcode) {
  uint32_t index;
  if (!ReadLocalIndex(&index)) return false;
  const ValType type = locals_[index];
  if (opcode == 0x20 && !local_set_[index]) {
    return Fail("uninitialized local " + std::to_string(index));
  }
  if (opcode == 0x20) {  // local.get: refer to the local, copy nothing.
    if (emitting_) {
      PushEntry(type, index);
    } else {
      PushTemp(type);
    }
    return true;
  }
  Entry value;
  if (!Pop(type, &value)) return false;
  if (emitting_) WriteLocal(index, value);
  SetLocal(index);
  if (opcode == 0x22) {  // local.tee: the value is now also in the local.
    if (emitting_) {
      PushEntry(type, index);
    } else {
      PushTemp(type);
    }
  }
  return true;
}

bool FunctionCompiler::CompileGlobal(bool set) {
  uint32_t index;
  if (!reader_.ReadU32(&index) || !CheckIndex(index, module_.globals.size(), "global")) {
    return false;
  }
  const GlobalType& global = module_.globals[index];
  if (!set) {
    EmitWithResult(Sized(Op::kGlobalGet, global.type), global.type, {I(index)});
    return true;
  }
  if (!global.mutable_) return Fail("global is immutable: global " + std::to_string(index));
  Entry value;
  if (!Pop(global.type, &value)) return false;
  Emit(Sized(Op::kGlobalSet, global.type), {I(index), S(value.slot)});
  return true;
}

void FunctionCompiler::Finish() {
  CompiledFunction& f = *out_;
  f.func_index = func_index_;
  f.num_params = static_cast<uint32_t>(type_.params.size());
  f.num_results = static_cast<uint32_t>(type_.results.size());
  f.num_locals = num_locals_;
  f.max_stack = max_height_;
  const uint32_t num_constants = static_cast<uint32_t>(f.constants.size());
  // Hidden slots sit right after the locals (never in the operand stack's part of the frame,
  // which a callee's frame overlaps), so constants and the stack start num_hidden_ later.
  const uint32_t first_const = num_locals_ + num_hidden_;
  f.frame_slots = first_const + num_constants + max_height_;
  // Results are written to slots 0..n-1 of the callee's frame.
  f.frame_slots = std::max(f.frame_slots, f.num_results);
  // Slot words become byte offsets from the frame pointer (see code.h).
  for (uint32_t word : slot_fixups_) {
    uint32_t& w = code_[word];
    if (w & kConstTag) {
      w = first_const + (w & ~kConstTag);
    } else if (w & kStackTag) {
      w = first_const + num_constants + (w & ~kStackTag);
    } else if (w & kHiddenTag) {
      w = num_locals_ + (w & ~kHiddenTag);
    }  // Else a local's index (or a result word the peephole pointed at a local).
    w *= sizeof(Slot);
  }
  const uint32_t declared_locals = num_locals_ - f.num_params;
  f.zeroed_locals = declared_locals > kMaxCopiedZeroLocals ? declared_locals : 0;
  Slot zero;
  zero.lanes[0] = zero.lanes[1] = 0;
  // Zeros for the declared locals not memset, and for the hidden slots, then the constants.
  f.frame_init.assign(declared_locals - f.zeroed_locals + num_hidden_, zero);
  f.frame_init.insert(f.frame_init.end(), f.constants.begin(), f.constants.end());
  if (f.frame_init.size() % 2 != 0) f.frame_init.push_back(zero);
  f.frame_slots = std::max(
      f.frame_slots, f.num_params + f.zeroed_locals + static_cast<uint32_t>(f.frame_init.size()));
  // What stays for the module's life takes only the memory it needs.
  code_.shrink_to_fit();
  f.frame_init.shrink_to_fit();
  f.source_map.shrink_to_fit();
  f.constants.shrink_to_fit();
  if (print_code_) std::fputs(DumpCode(f, instruction_starts_).c_str(), stderr);
}

Result<std::unique_ptr<CompiledFunction>> CompileFunction(const Module& module, uint32_t func_index,
                                                          std::span<const uint8_t> body,
                                                          size_t body_offset, bool validate_only) {
  if (func_index >= module.func_type_indices.size() ||
      module.func_type_indices[func_index] >= module.types.size()) {
    return Error{"function index out of range", body_offset};
  }
  return FunctionCompiler(module, func_index, body, body_offset, validate_only).Compile();
}

}  // namespace linea::rt
