// The function compiler's peepholes (function_compiler.h): rewriting the last instructions
// emitted into one superinstruction (the pairs runtime/compile/superinstructions.h and
// code.h list), for conditional branches, binary and unary ops, and memory addresses.

#include "runtime/compile/function_compiler.h"
#include "runtime/compile/superinstructions.h"

namespace linea::rt {

// Removes the last instruction (for fusing it into the next one).
void FunctionCompiler::RemoveLastInstruction() {
  const uint32_t pos = last_.pos;
  code_.resize(pos);
  while (!slot_fixups_.empty() && slot_fixups_.back() >= pos) slot_fixups_.pop_back();
  while (!instruction_starts_.empty() && instruction_starts_.back() >= pos) {
    instruction_starts_.pop_back();
  }
  while (!out_->source_map.empty() && out_->source_map.back().code_pos >= pos) {
    out_->source_map.pop_back();
  }
  // The instruction before it is the last again (a peephole may fuse it in turn).
  last_ = prev_;
  prev_ = {};
}

// Emits a conditional branch on i32 `cond` (taken if cond != 0, or == 0 when
// !branch_if_true) and returns the position of its target word. A comparison computed by
// the previous instruction only for this branch is fused into it.
uint32_t FunctionCompiler::EmitConditionalBranch(const Entry& cond, bool branch_if_true) {
  if (last_.dst_word != kNone && code_[last_.dst_word] == cond.slot &&
      cond.slot == StackSlot(height())) {
    const Op compare = last_.op;
    if (compare == Op::kI32Eqz) {
      const uint32_t a = code_[last_.pos + 2];
      // `compare; i32.eqz; br_if` (how compilers write `if (!(x < y))`): the compare's result
      // is the eqz's operand and nothing else's; the branch tests the compare, inverted.
      const LastInstruction before = prev_;
      if (before.pos != kNone && before.pos + 4 == last_.pos && code_[before.pos + 1] == a &&
          a == StackSlot(height())) {
        for (const FusedCompare& f : kFusedCompares) {
          if (f.compare != before.op) continue;
          RemoveLastInstruction();
          last_ = before;
          return EmitConditionalBranch(cond, !branch_if_true);
        }
      }
      RemoveLastInstruction();
      if (const uint32_t word = FuseIntoBranch({ValType::kI32, a}, !branch_if_true);
          word != kNone) {
        return word;
      }
      BeginOp(branch_if_true ? Op::kBrUnless : Op::kBrIf);
      SlotWord(a);
      code_.push_back(0);
      return static_cast<uint32_t>(code_.size() - 1);
    }
    for (const FusedCompare& f : kFusedCompares) {
      if (f.compare != compare) continue;
      const uint32_t a = code_[last_.pos + 2];
      const uint32_t b = code_[last_.pos + 3];
      const Op branch = branch_if_true ? f.branch_if : f.branch_unless;
      RemoveLastInstruction();
      if (const uint32_t word = FuseOpIntoBranch(branch, a, b); word != kNone) return word;
      BeginOp(branch);
      SlotWord(a);
      SlotWord(b);
      code_.push_back(0);
      return static_cast<uint32_t>(code_.size() - 1);
    }
  }
  if (const uint32_t word = FuseIntoBranch(cond, branch_if_true); word != kNone) return word;
  BeginOp(branch_if_true ? Op::kBrIf : Op::kBrUnless);
  SlotWord(cond.slot);
  code_.push_back(0);
  return static_cast<uint32_t>(code_.size() - 1);
}

// For a branch on i32 `cond`: when the last instruction is a load of `cond` or a copy,
// replaces it by the op doing both (superinstructions.h) and returns the position of its target
// word; kNone otherwise.
uint32_t FunctionCompiler::FuseIntoBranch(const Entry& cond, bool branch_if_true) {
  if (last_.pos == kNone) return kNone;
  if (const std::optional<Op> fused = LoadBranchOp(last_.op, branch_if_true);
      fused && code_[last_.pos + 1] == cond.slot && !out_->source_map.empty() &&
      out_->source_map.back().code_pos == last_.pos) {
    const uint32_t pos = last_.pos;
    const uint32_t d = code_[pos + 1];
    const uint32_t a = code_[pos + 2];
    const uint32_t offset = code_[pos + 3];
    // The load's source position (its trap's offset) stays with the fused op.
    const CompiledFunction::SourcePosition source = out_->source_map.back();
    RemoveLastInstruction();
    BeginOp(*fused);
    out_->source_map.push_back({pos, source.module_offset});
    SlotWord(d);
    SlotWord(a);
    code_.push_back(offset);
    code_.push_back(0);
    return static_cast<uint32_t>(code_.size() - 1);
  }
  if (last_.op == Op::kMov) {
    const uint32_t d = code_[last_.pos + 1];
    const uint32_t a = code_[last_.pos + 2];
    RemoveLastInstruction();
    BeginOp(branch_if_true ? Op::kMovBrIf : Op::kMovBrUnless);
    for (uint32_t slot : {d, a, cond.slot}) SlotWord(slot);
    code_.push_back(0);
    return static_cast<uint32_t>(code_.size() - 1);
  }
  return kNone;
}

// For compare-and-branch `branch` on slots a and b: when the last instruction is a binary op
// whose result one of them is and code.h lists the pair, replaces that op by the fused op
// and returns the position of its target word (superinstructions.h); kNone otherwise.
uint32_t FunctionCompiler::FuseOpIntoBranch(Op branch, uint32_t a, uint32_t b) {
  if (last_.pos == kNone) return kNone;
  const std::optional<OpThenBranch> fused = OpThenBranchOp(last_.op, branch);
  if (!fused) return kNone;
  const uint32_t d = code_[last_.pos + 1];
  if (a != d) {
    if (b != d || !fused->symmetric) return kNone;
    b = a;  // == and != are symmetric.
  }
  const uint32_t x = code_[last_.pos + 2];
  const uint32_t y = code_[last_.pos + 3];
  RemoveLastInstruction();
  BeginOp(fused->op);
  for (uint32_t slot : {d, x, y, b}) SlotWord(slot);
  code_.push_back(0);
  return static_cast<uint32_t>(code_.size() - 1);
}

// For a binary op (operands `a` and `b` popped) one of whose operands the binary op just
// emitted computed, and nothing else reads: emits the pair as one superinstruction, if the
// pair has one (runtime/compile/superinstructions.h).
inline bool FunctionCompiler::FoldBinaryPair(Op op, ValType type, const Entry& a, const Entry& b) {
  if (!emitting_ || last_.dst_word == kNone) return false;
  const uint32_t first = code_[last_.dst_word];
  bool first_is_left;
  if (a.slot == first && first == StackSlot(height())) {
    first_is_left = true;
  } else if (b.slot == first && first == StackSlot(height() + 1)) {
    first_is_left = false;
  } else {
    return false;
  }
  const std::optional<Op> fused = ChainOp(last_.op, op, first_is_left);
  if (!fused) return false;
  const uint32_t x = code_[last_.pos + 2];
  const uint32_t y = code_[last_.pos + 3];
  RemoveLastInstruction();
  EmitWithResult(*fused, type, {S(x), S(y), S(first_is_left ? b.slot : a.slot)});
  return true;
}

// For an f64.add (operands `a` and `b` popped) one of whose operands the f64.load just
// emitted loaded, and nothing else reads: emits the pair as F64AddLoad, which traps where the
// load did (its module offset is kept for the trace).
inline bool FunctionCompiler::FoldLoadedOperand(Op op, const Entry& a, const Entry& b) {
  if (!emitting_ || op != Op::kF64Add || last_.op != Op::kF64Load || last_.dst_word == kNone ||
      out_->source_map.empty() || out_->source_map.back().code_pos != last_.pos) {
    return false;
  }
  const uint32_t loaded = code_[last_.dst_word];
  const Entry* other;
  if (a.slot == loaded && loaded == StackSlot(height())) {
    other = &b;
  } else if (b.slot == loaded && loaded == StackSlot(height() + 1)) {
    other = &a;
  } else {
    return false;
  }
  const uint32_t address = code_[last_.pos + 2];
  const uint32_t offset = code_[last_.pos + 3];
  const size_t add_offset = op_offset_;
  op_offset_ = out_->source_map.back().module_offset;
  RemoveLastInstruction();
  EmitWithResult(Op::kF64AddLoad, ValType::kF64, {S(other->slot), S(address), I(offset)},
                 /*may_trap=*/true);
  op_offset_ = add_offset;
  return true;
}

// For an f64.lt (operands `a` and `b` popped) whose left operand the f64.abs just emitted
// computed, and nothing else reads: emits the pair as F64AbsLt.
inline bool FunctionCompiler::FoldAbsCompare(Op op, const Entry& a, const Entry& b) {
  if (!emitting_ || op != Op::kF64Lt || last_.op != Op::kF64Abs || last_.dst_word == kNone ||
      a.slot != code_[last_.dst_word] || a.slot != StackSlot(height())) {
    return false;
  }
  const uint32_t x = code_[last_.pos + 2];
  RemoveLastInstruction();
  EmitWithResult(Op::kF64AbsLt, ValType::kI32, {S(x), S(b.slot)});
  return true;
}

// For a unary op (operand `a` popped) whose operand the binary op just emitted computed, and
// nothing else reads: emits the pair as one superinstruction if the pair has one. It traps
// where the binary op did (its module offset is kept for the trace).
inline bool FunctionCompiler::FoldUnaryAfterBinary(Op op, ValType result, const Entry& a) {
  if (!emitting_ || last_.dst_word == kNone || a.slot != code_[last_.dst_word] ||
      a.slot != StackSlot(height())) {
    return false;
  }
  const std::optional<Op> fused = UnaryAfterOp(last_.op, op);
  if (!fused) return false;
  const bool may_trap = !out_->source_map.empty() && out_->source_map.back().code_pos == last_.pos;
  const size_t unary_offset = op_offset_;
  if (may_trap) op_offset_ = out_->source_map.back().module_offset;
  const uint32_t x = code_[last_.pos + 2];
  const uint32_t y = code_[last_.pos + 3];
  RemoveLastInstruction();
  EmitWithResult(*fused, result, {S(x), S(y)}, may_trap);
  op_offset_ = unary_offset;
  return true;
}

bool FunctionCompiler::CompileNumeric(const NumericOpInfo& info) {
  Entry a, b;
  switch (info.kind) {
    case NumericOpInfo::Kind::kReinterpret:
      // Same bits, new type: no code.
      if (!Pop(info.operand, &a)) return false;
      if (emitting_) {
        PushEntry(info.result, a.slot);
      } else {
        PushTemp(info.result);
      }
      return true;
    case NumericOpInfo::Kind::kUnary:
      if (!Pop(info.operand, &a)) return false;
      if (FoldUnaryAfterBinary(info.op, info.result, a)) return true;
      if (info.op == Op::kI64ExtendI32U && emitting_) {
        // An i32 is zero-extended in its slot (code.h): the slot already holds the i64.
        PushEntry(info.result, a.slot);
        return true;
      }
      EmitWithResult(info.op, info.result, {S(a.slot)}, info.may_trap);
      return true;
    case NumericOpInfo::Kind::kBinary:
      if (!Pop(info.operand, &b) || !Pop(info.operand, &a)) return false;
      if (FoldBinaryPair(info.op, info.result, a, b) || FoldLoadedOperand(info.op, a, b) ||
          FoldAbsCompare(info.op, a, b)) {
        return true;
      }
      EmitWithResult(info.op, info.result, {S(a.slot), S(b.slot)}, info.may_trap);
      return true;
    case NumericOpInfo::Kind::kNone:
      break;
  }
  return Fail("unknown opcode");
}

// For a memory access whose popped `address` the i32.add just emitted computed: removes the
// add and gives its operands (runtime/compile/superinstructions.h).
bool FunctionCompiler::FoldAddressAdd(const Entry& address, uint32_t* base, uint32_t* index) {
  if (!emitting_ || last_.dst_word == kNone ||
      !IsFoldableAddressAdd(last_.op, code_[last_.dst_word], address.slot, StackSlot(height()))) {
    return false;
  }
  *base = code_[last_.pos + 2];
  *index = code_[last_.pos + 3];
  RemoveLastInstruction();
  return true;
}

// After FoldAddressAdd: when one of the add's operands is the temporary result of an i32.shl
// by a constant just before it, removes the shift too and gives the address as base +
// (index << shift) (superinstructions.h).
bool FunctionCompiler::FoldIndexShift(uint32_t* base, uint32_t* index, uint32_t* shift) {
  if (last_.op != Op::kI32Shl || last_.dst_word == kNone) return false;
  const uint32_t t = code_[last_.dst_word];
  if (!IsStack(t) || (t != StackSlot(height()) && t != StackSlot(height() + 1))) return false;
  if (*base == t) std::swap(*base, *index);
  const uint32_t amount = code_[last_.pos + 3];
  if (*index != t || (amount & kConstTag) == 0) return false;
  *shift = static_cast<uint32_t>(out_->constants[amount & ~kConstTag].lanes[0]) & 31;
  *index = code_[last_.pos + 2];
  RemoveLastInstruction();
  return true;
}

}  // namespace linea::rt
