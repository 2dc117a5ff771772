// The function compiler's control flow (function_compiler.h): blocks, loops, if/else, end,
// br, br_if, br_table, returns, and the typed-reference branches (br_on_null,
// br_on_non_null, br_on_cast).

#include "runtime/compile/function_compiler.h"

namespace linea::rt {

// Whether the values carried to `target` are not yet in its label's slots.
bool FunctionCompiler::BranchNeedsCopies(const Control& target) const {
  const uint32_t n = static_cast<uint32_t>(target.label_types().size());
  for (uint32_t i = 0; i < n; ++i) {
    if (stack_[height() - n + i].slot != StackSlot(target.height + i)) return true;
  }
  return false;
}

// Copies the carried values into `target`'s label slots (entries keep their state: this
// code runs only on the branch's path). Destinations never lie above their sources, so
// copying bottom-up cannot clobber a value still to be copied.
void FunctionCompiler::EmitBranchCopies(const Control& target) {
  const uint32_t n = static_cast<uint32_t>(target.label_types().size());
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t src = stack_[height() - n + i].slot;
    const uint32_t dst = StackSlot(target.height + i);
    if (src != dst) EmitMove(target.label_types()[i], dst, src);
  }
}

// Returns from the function with the results on top of the stack.
void FunctionCompiler::EmitReturn() {
  const uint32_t n = static_cast<uint32_t>(type_.results.size());
  if (n == 0) {
    BeginOp(Op::kReturn0);
  } else if (n == 1) {
    BeginOp(Sized(Op::kReturn1, type_.results[0]));
    SlotWord(stack_.back().slot);
  } else {
    // Gather the results in their stack slots, then the return copies them down to slot 0.
    for (uint32_t p = height() - n; p < height(); ++p) {
      if (stack_[p].slot != StackSlot(p)) EmitMove(stack_[p].type, StackSlot(p), stack_[p].slot);
    }
    BeginOp(Op::kReturnN);
    EmitOperands({S(StackSlot(height() - n)), I(n)});
  }
}

void FunctionCompiler::EmitBranch(uint32_t depth) {
  Control& target = Target(depth);
  if (target.kind == BlockKind::kFunction) return EmitReturn();
  EmitBranchCopies(target);
  BeginOp(Op::kBr);
  EmitTargetWord(target);
}

void FunctionCompiler::EmitBrIf(uint32_t depth, const Entry& cond) {
  Control& target = Target(depth);
  if (target.kind != BlockKind::kFunction && !BranchNeedsCopies(target)) {
    SetTarget(target, EmitConditionalBranch(cond, true));
    return;
  }
  // Values must move first: branch around the copies when the condition is false.
  const uint32_t skip = EmitConditionalBranch(cond, false);
  EmitBranch(depth);
  PatchTarget(skip, static_cast<uint32_t>(code_.size()));
  Label();
}

bool FunctionCompiler::ReadBlockType(std::span<const ValType>* params,
                                     std::span<const ValType>* results) {
  int64_t v;
  if (!reader_.ReadS33(&v)) return false;
  *params = {};
  *results = {};
  if (v == -0x40) return true;  // 0x40: no values.
  if (v < -0x40) return Fail("malformed block type");
  if (v < 0) {
    const uint8_t byte = static_cast<uint8_t>(v & 0x7f);
    ValType type;
    if (byte != 0x63 && byte != 0x64 && !ValTypeFromByte(byte)) {
      return Fail("malformed block type " + Hex(byte));
    }
    if (!ValTypeAfterByte(byte, &type)) return false;
    *results = SingleType(type);
    return true;
  }
  if (!CheckIndex(static_cast<uint64_t>(v), module_.types.size(), "type")) return false;
  const TypeDef& type = module_.types[static_cast<size_t>(v)];
  if (!type.is_func())
    return Fail("type mismatch: block type " + std::to_string(v) + " is not a function type");
  *params = type.params;
  *results = type.results;
  return true;
}

bool FunctionCompiler::CompileBlockStart(uint8_t opcode) {
  std::span<const ValType> params, results;
  if (!ReadBlockType(&params, &results)) return false;
  Entry cond{ValType::kI32, 0};
  if (opcode == 0x04 && !Pop(ValType::kI32, &cond)) return false;
  // The parameters stay on the stack but take the block type's types.
  if (!params.empty()) {
    std::vector<Entry> args;
    if (!PopTypes(params, &args)) return false;
    for (size_t i = 0; i < args.size(); ++i) PushEntry(params[i], args[i].slot);
  }

  // Built in place (a Control is large: moving one in cost ~40 instructions a block).
  Control& c = ctrl_.emplace_back();
  c.kind = opcode == 0x02 ? BlockKind::kBlock : opcode == 0x03 ? BlockKind::kLoop : BlockKind::kIf;
  c.params = params;
  c.results = results;
  c.height = height() - static_cast<uint32_t>(params.size());
  c.live = emitting_;
  c.init_height = initialized_locals_.size();
  if (emitting_) {
    SpillLocalRefs();
    // Loop parameters are where branches back to the loop put them; an if's parameters are
    // its results when there is no else, so both are moved into their slots now.
    if (c.kind != BlockKind::kBlock) MaterializeTop(static_cast<uint32_t>(params.size()));
    if (c.kind == BlockKind::kLoop) {
      Label();
      c.loop_pos = static_cast<uint32_t>(code_.size());
    }
    if (c.kind == BlockKind::kIf) {
      c.else_fixup = EmitConditionalBranch(cond, /*branch_if_true=*/false);
      c.if_params.assign(stack_.end() - static_cast<ptrdiff_t>(params.size()), stack_.end());
    }
  }
  return true;
}

// Checks that the block's results, and nothing else, are on top of its part of the stack.
bool FunctionCompiler::CheckBlockEnd(const Control& c) {
  if (!CheckTop(c.results)) return false;
  if (height() > c.height + c.results.size()) {
    return Fail("type mismatch: " + std::to_string(height() - c.height - c.results.size()) +
                " value(s) left on the stack at the end of the block");
  }
  return true;
}

bool FunctionCompiler::CompileElse() {
  Control& c = ctrl_.back();
  if (c.kind != BlockKind::kIf) return Fail("else without matching if");
  if (!CheckBlockEnd(c)) return false;
  if (emitting_) {
    MaterializeTop(static_cast<uint32_t>(c.results.size()));
    BeginOp(Op::kBr);
    EmitTargetWord(c);
  }
  if (c.else_fixup != kNone) {
    PatchTarget(c.else_fixup, static_cast<uint32_t>(code_.size()));
    c.else_fixup = kNone;
  }
  Label();
  TruncateStack(c.height);
  ResetLocalsSetSince(c.init_height);
  if (c.live) {
    for (const Entry& e : c.if_params) PushEntry(e.type, e.slot);
  } else {
    for (ValType t : c.params) PushTemp(t);
  }
  c.kind = BlockKind::kElse;
  c.unreachable = false;
  emitting_ = c.live;
  return true;
}

bool FunctionCompiler::CompileEnd() {
  Control& c = ctrl_.back();
  if (!CheckBlockEnd(c)) return false;
  if (c.has_handler) CloseHandler();
  if (c.kind == BlockKind::kIf && !AllMatch(c.params, c.results)) {
    return Fail("type mismatch: if without else must have matching parameter and result types");
  }
  if (emitting_) {
    if (c.kind == BlockKind::kFunction) {
      EmitReturn();
    } else {
      MaterializeTop(static_cast<uint32_t>(c.results.size()));
    }
  }
  // The end is reachable if control falls into it or something branches to it (an if
  // without else branches to it when the condition is false).
  const bool reachable = c.live && (emitting_ || !c.end_fixups.empty() || c.else_fixup != kNone);
  const uint32_t end_pos = static_cast<uint32_t>(code_.size());
  if (c.else_fixup != kNone) PatchTarget(c.else_fixup, end_pos);
  for (uint32_t word : c.end_fixups) PatchTarget(word, end_pos);
  Label();
  TruncateStack(c.height);
  ResetLocalsSetSince(c.init_height);
  for (ValType t : c.results) PushTemp(t);
  ctrl_.pop_back();
  emitting_ = reachable;
  return true;
}

bool FunctionCompiler::CompileBrIf() {
  uint32_t depth;
  Entry cond;
  if (!ReadLabel(&depth) || !Pop(ValType::kI32, &cond)) return false;
  std::span<const ValType> types = Target(depth).label_types();
  if (!CheckTop(types)) return false;
  if (emitting_) EmitBrIf(depth, cond);
  if (types.empty()) return true;
  // The values stay, typed as the label says.
  std::vector<Entry> values;
  if (!PopTypes(types, &values)) return false;
  for (size_t i = 0; i < values.size(); ++i) PushEntry(types[i], values[i].slot);
  return true;
}

bool FunctionCompiler::BrTableArityMismatch(size_t arity, size_t other) {
  return Fail("type mismatch: br_table targets have different numbers of values (" +
              std::to_string(arity) + " and " + std::to_string(other) + ")");
}

bool FunctionCompiler::CompileBrTable() {
  uint32_t count;
  if (!reader_.ReadU32(&count)) return false;
  // Each label takes at least a byte: a count beyond the body is malformed, not an
  // allocation request.
  if (count > reader_.remaining()) return reader_.Fail("unexpected end of section or function");
  std::vector<uint32_t>& depths = scratch_.br_table_depths;
  depths.assign(count + 1, 0);
  for (uint32_t& depth : depths) {
    if (!ReadLabel(&depth)) return false;
  }
  Entry index;
  if (!Pop(ValType::kI32, &index)) return false;
  const size_t arity = Target(depths.back()).label_types().size();
  if (!emitting_) {
    // Validation only, with no code to lay out: the same checks in the same order, each
    // distinct depth once, marked with this br_table's stamp instead of kept in a map.
    std::vector<uint32_t>& checked = scratch_.br_table_checked;
    if (checked.size() < ctrl_.size()) checked.resize(ctrl_.size(), 0);
    const uint32_t stamp = ++br_table_stamp_;
    for (uint32_t depth : depths) {
      if (checked[depth] == stamp) continue;
      checked[depth] = stamp;
      std::span<const ValType> types = Target(depth).label_types();
      if (types.size() != arity) return BrTableArityMismatch(arity, types.size());
      if (!CheckTop(types)) return false;
    }
    SetUnreachable();
    return true;
  }
  // Per distinct target depth: its types are checked once, and its stub (if the values must
  // move first) is shared by every entry aimed at it. Looked up by depth, so a table of
  // many entries compiles in time linear in its size.
  struct DepthInfo {
    bool needs_stub = false;
    std::vector<uint32_t> words;  // Table words patched to the stub.
  };
  std::unordered_map<uint32_t, DepthInfo> by_depth;
  std::vector<uint32_t> stub_order;  // Depths with a stub, in order of first use.
  for (uint32_t depth : depths) {
    if (by_depth.contains(depth)) continue;
    std::span<const ValType> types = Target(depth).label_types();
    if (types.size() != arity) return BrTableArityMismatch(arity, types.size());
    if (!CheckTop(types)) return false;
    DepthInfo& info = by_depth[depth];
    if (emitting_) {
      const Control& target = Target(depth);
      info.needs_stub = target.kind == BlockKind::kFunction || BranchNeedsCopies(target);
      if (info.needs_stub) stub_order.push_back(depth);
    }
  }
  if (emitting_) {
    BeginOp(Op::kBrTable);
    EmitOperands({S(index.slot), I(count)});
    const uint32_t first_word = static_cast<uint32_t>(code_.size());
    code_.resize(code_.size() + depths.size(), 0);
    // Targets whose values must move first get a stub after the table (one per label).
    for (uint32_t i = 0; i < depths.size(); ++i) {
      DepthInfo& info = by_depth[depths[i]];
      if (info.needs_stub) {
        info.words.push_back(first_word + i);
      } else {
        SetTarget(Target(depths[i]), first_word + i);
      }
    }
    for (uint32_t depth : stub_order) {
      for (uint32_t word : by_depth[depth].words) {
        PatchTarget(word, static_cast<uint32_t>(code_.size()));
      }
      EmitBranch(depth);
    }
  }
  SetUnreachable();
  return true;
}

// Pops a reference of any type (bottom in unreachable code).
bool FunctionCompiler::PopRef(Entry* out) {
  if (!Pop(kAnyType, out)) return false;
  if (out->type != kAnyType && !out->type.is_ref()) {
    return Fail("type mismatch: expected a reference, got " + TypeName(out->type));
  }
  return true;
}

bool FunctionCompiler::CompileRefEq() {
  Entry a, b;
  if (!Pop(ValType::kEqRef, &b) || !Pop(ValType::kEqRef, &a)) return false;
  // References are canonical pointers (an i31 its tagged bits): equal iff their bits are.
  EmitWithResult(Op::kI64Eq, ValType::kI32, {S(a.slot), S(b.slot)});
  return true;
}

bool FunctionCompiler::CompileRefAsNonNull() {
  Entry ref;
  if (!PopRef(&ref)) return false;
  const ValType type = ref.type.is_bot() ? kAnyType : ref.type.WithNullable(false);
  EmitWithResult(Op::kRefAsNonNull, type, {S(ref.slot)}, /*may_trap=*/true);
  return true;
}

// A branch on a reference's nullness to `depth` (whose values are on the stack): with
// `branch_if_null` br_on_null, else br_on_non_null.
void FunctionCompiler::EmitBranchOnNull(uint32_t depth, uint32_t ref_slot, bool branch_if_null) {
  EmitRefBranch(depth, ref_slot, branch_if_null ? Op::kBrOnNull : Op::kBrOnNonNull,
                branch_if_null ? Op::kBrOnNonNull : Op::kBrOnNull, std::nullopt);
}

// A branch on a test of a reference: `taken` branches when it holds, `not_taken` when not
// (used to skip the copies a branch needs); `type` is the cast ops' immediate.
void FunctionCompiler::EmitRefBranch(uint32_t depth, uint32_t ref_slot, Op taken, Op not_taken,
                                     std::optional<ValType> type) {
  Control& target = Target(depth);
  if (target.kind != BlockKind::kFunction && !BranchNeedsCopies(target)) {
    BeginOp(taken);
    SlotWord(ref_slot);
    if (type) code_.push_back(type->raw());
    EmitTargetWord(target);
    return;
  }
  BeginOp(not_taken);
  SlotWord(ref_slot);
  if (type) code_.push_back(type->raw());
  const uint32_t skip = static_cast<uint32_t>(code_.size());
  code_.push_back(0);
  EmitBranch(depth);
  PatchTarget(skip, static_cast<uint32_t>(code_.size()));
  Label();
}

// br_on_null l: [t* (ref null ht)] -> [t* (ref ht)], branching with t* on null.
bool FunctionCompiler::CompileBrOnNull() {
  uint32_t depth;
  Entry ref;
  if (!ReadLabel(&depth) || !PopRef(&ref)) return false;
  std::span<const ValType> types = Target(depth).label_types();
  if (!CheckTop(types)) return false;
  if (emitting_) EmitBranchOnNull(depth, ref.slot, /*branch_if_null=*/true);
  std::vector<Entry> values;
  if (!PopTypes(types, &values)) return false;
  for (size_t i = 0; i < values.size(); ++i) PushEntry(types[i], values[i].slot);
  const ValType type = ref.type.is_bot() ? kAnyType : ref.type.WithNullable(false);
  if (emitting_) {
    PushEntry(type, ref.slot);
  } else {
    PushTemp(type);
  }
  return true;
}

// br_on_non_null l: [t* (ref null ht)] -> [t*], branching with t* (ref ht) when not null.
bool FunctionCompiler::CompileBrOnNonNull() {
  uint32_t depth;
  Entry ref;
  if (!ReadLabel(&depth) || !PopRef(&ref)) return false;
  std::span<const ValType> types = Target(depth).label_types();
  if (types.empty() || !types.back().is_ref()) {
    return Fail("type mismatch: br_on_non_null needs a label whose last value is a reference");
  }
  // The label's values with the reference, now non-null, last.
  if (emitting_) {
    PushEntry(ref.type.is_bot() ? kAnyType : ref.type.WithNullable(false), ref.slot);
  } else {
    PushTemp(ref.type.is_bot() ? kAnyType : ref.type.WithNullable(false));
  }
  if (!CheckTop(types)) return false;
  if (emitting_) EmitBranchOnNull(depth, ref.slot, /*branch_if_null=*/false);
  std::vector<Entry> values;
  if (!PopTypes(types, &values)) return false;
  for (size_t i = 0; i + 1 < values.size(); ++i) PushEntry(types[i], values[i].slot);
  return true;
}

// br_on_cast (fail: br_on_cast_fail) flags l ht1 ht2 (3.0).
bool FunctionCompiler::CompileBrOnCast(bool fail) {
  uint8_t flags = 0;
  uint32_t depth;
  ValType from, to;
  if (!reader_.ReadByte(&flags)) return false;
  if (flags > 3) return Fail("malformed br_on_cast flags");
  if (!ReadLabel(&depth) || !ReadHeapType((flags & 1) != 0, &from) ||
      !ReadHeapType((flags & 2) != 0, &to)) {
    return false;
  }
  if (!IsSubtype(to, from)) {
    return Fail("type mismatch: br_on_cast's target type must match its source type");
  }
  Entry ref;
  if (!Pop(from, &ref)) return false;
  std::span<const ValType> types = Target(depth).label_types();
  if (types.empty() || !types.back().is_ref()) {
    return Fail("type mismatch: br_on_cast needs a label whose last value is a reference");
  }
  // rt1 minus rt2: non-null if rt2 takes the nulls.
  const ValType difference = from.WithNullable(from.nullable() && !to.nullable());
  const ValType branch_type = fail ? difference : to;
  const ValType fall_type = fail ? to : difference;
  if (emitting_) {
    PushEntry(branch_type, ref.slot);
  } else {
    PushTemp(branch_type);
  }
  if (!CheckTop(types)) return false;
  if (emitting_) {
    EmitRefBranch(depth, ref.slot, fail ? Op::kBrOnCastFail : Op::kBrOnCast,
                  fail ? Op::kBrOnCast : Op::kBrOnCastFail, to);
  }
  std::vector<Entry> values;
  if (!PopTypes(types, &values)) return false;
  for (size_t i = 0; i + 1 < values.size(); ++i) PushEntry(types[i], values[i].slot);
  if (emitting_) {
    PushEntry(fall_type, values.back().slot);
  } else {
    PushTemp(fall_type);
  }
  return true;
}

}  // namespace linea::rt
