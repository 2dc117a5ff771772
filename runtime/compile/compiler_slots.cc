// Where values live, for the function compiler (function_compiler.h): the locals (their
// declarations and value types), constant slots, and moving stack entries into their own
// slots before a local is written, a block starts or values must be contiguous.

#include "runtime/compile/function_compiler.h"

namespace linea::rt {

bool FunctionCompiler::ReadLocals() {
  op_offset_ = reader_.offset();
  uint32_t groups;
  if (!reader_.ReadU32(&groups)) return false;
  uint64_t total = type_.params.size();
  std::vector<std::pair<uint32_t, ValType>>& declared = scratch_.declared_locals;
  for (uint32_t i = 0; i < groups; ++i) {
    uint32_t count;
    ValType type;
    if (!reader_.ReadU32(&count)) return false;
    op_offset_ = reader_.offset();
    if (!ReadValType(&type)) return false;
    total += count;
    if (total > 0xffffffffu) return Fail("too many locals");
    declared.emplace_back(count, type);
  }
  if (total > kMaxLocals) {
    return Fail("too many locals: " + std::to_string(total) + " exceeds the limit of " +
                std::to_string(kMaxLocals));
  }
  locals_ = type_.params;
  for (const auto& [count, type] : declared) locals_.insert(locals_.end(), count, type);
  num_locals_ = static_cast<uint32_t>(locals_.size());
  local_refs_.assign(num_locals_, 0);
  last_ref_node_.assign(num_locals_, kNone);
  // 3.0: a non-nullable reference local has no default value; it must be set before use.
  local_set_.assign(num_locals_, true);
  for (uint32_t i = static_cast<uint32_t>(type_.params.size()); i < num_locals_; ++i) {
    if (locals_[i].is_ref() && !locals_[i].nullable()) local_set_[i] = false;
  }
  return true;
}

// A value type: a one-byte encoding, or 0x63/0x64 (ref null? ht) with a heap type.
bool FunctionCompiler::ReadValType(ValType* out) {
  uint8_t byte = 0;
  if (!reader_.ReadByte(&byte)) return false;
  return ValTypeAfterByte(byte, out);
}

bool FunctionCompiler::ValTypeAfterByte(uint8_t byte, ValType* out) {
  if (byte == 0x63 || byte == 0x64) return ReadHeapType(byte == 0x63, out);
  std::optional<ValType> type = ValTypeFromByte(byte);
  if (!type) return Fail("malformed value type " + Hex(byte));
  *out = *type;
  return true;
}

// A heap type (s33) as the reference type (ref null? ht).
bool FunctionCompiler::ReadHeapType(bool nullable, ValType* out) {
  int64_t heap;
  if (!reader_.ReadS33(&heap)) return false;
  const TypeSpace space{&module_.canonical_type_ids, 0, 0};
  if (std::optional<std::string> error = HeapRefType(heap, nullable, space, out)) {
    return Fail(*error);
  }
  return true;
}

// A type index immediate naming a type of `kind`.
bool FunctionCompiler::ReadTypeIndex(CompositeKind kind, uint32_t* index) {
  if (!reader_.ReadU32(index) || !CheckIndex(*index, module_.types.size(), "type")) return false;
  if (module_.types[*index].kind != kind) {
    static constexpr const char* kKinds[] = {"function", "struct", "array"};
    return Fail("type mismatch: type " + std::to_string(*index) + " is not a " +
                kKinds[static_cast<int>(kind)] + " type");
  }
  return true;
}

// A single value type as a one-element span that stays valid while compiling: the numeric
// types from a static table (most block types), others kept in single_types_.
std::span<const ValType> FunctionCompiler::SingleType(ValType t) {
  static constexpr ValType kNumeric[] = {ValType::kI32, ValType::kI64, ValType::kF32, ValType::kF64,
                                         ValType::kV128};
  for (const ValType& numeric : kNumeric) {
    if (numeric == t) return {&numeric, 1};
  }
  single_types_.push_back(t);
  return {&single_types_.back(), 1};
}

void FunctionCompiler::PushConst(ValType type, uint64_t bits, uint64_t high) {
  if (!emitting_) {
    PushTemp(type);
    return;
  }
  const ConstBits key{bits, high};
  auto it = const_index_.find(key);
  if (it != const_index_.end()) {
    PushEntry(type, kConstTag | it->second);
  } else if (out_->constants.size() < kMaxConstSlots) {
    const uint32_t index = static_cast<uint32_t>(out_->constants.size());
    Slot slot;
    slot.lanes[0] = bits;
    slot.lanes[1] = high;
    out_->constants.push_back(slot);
    const_index_.emplace(key, index);
    PushEntry(type, kConstTag | index);
  } else if (type == ValType::kV128) {
    EmitWithResult(Op::kV128Const, type,
                   {I(static_cast<uint32_t>(bits)), I(static_cast<uint32_t>(bits >> 32)),
                    I(static_cast<uint32_t>(high)), I(static_cast<uint32_t>(high >> 32))});
  } else {
    EmitWithResult(Op::kConst64, type,
                   {I(static_cast<uint32_t>(bits)), I(static_cast<uint32_t>(bits >> 32))});
  }
}

// Copies slot `src` to slot `dst`. A scalar copy right after another (no label between) joins
// it as one Mov2 (superinstructions.h).
void FunctionCompiler::EmitMove(ValType type, uint32_t dst, uint32_t src) {
  const Op op = Sized(Op::kMov, type);
  if (op == Op::kMov && last_.op == Op::kMov && last_.pos != kNone) {
    code_[last_.pos] = HandlerWord(Op::kMov2);
    last_.op = Op::kMov2;
  } else {
    BeginOp(op);
  }
  EmitOperands({S(dst), S(src)});
}

// Moves stack entry `position` into its own stack slot if it refers elsewhere.
void FunctionCompiler::Materialize(uint32_t position) {
  Entry& e = stack_[position];
  const uint32_t want = StackSlot(position);
  if (e.slot == want) return;
  EmitMove(e.type, want, e.slot);
  Release(e);
  e.slot = want;
}

void FunctionCompiler::MaterializeTop(uint32_t n) {
  for (uint32_t p = height() - n; p < height(); ++p) Materialize(p);
}

// Before a block starts: no entry may refer to a local, so that the code paths meeting at
// the block's labels all agree on where every value lives.
void FunctionCompiler::SpillLocalRefs() {
  if (total_local_refs_ == 0) return;
  for (uint32_t p = first_local_ref_; p < height(); ++p) {
    if (IsLocal(stack_[p].slot)) Materialize(p);
  }
  first_local_ref_ = height();
}

}  // namespace linea::rt
