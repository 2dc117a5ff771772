// The function compiler's exception handling (function_compiler.h): throw, throw_ref,
// try_table, and the legacy try/catch/catch_all/rethrow/delegate.

#include "runtime/compile/function_compiler.h"

namespace linea::rt {

bool FunctionCompiler::CompileThrow() {
  uint32_t tag;
  if (!ReadTagIndex(&tag)) return false;
  const FuncType& type = TagType(tag);
  const uint32_t n = static_cast<uint32_t>(type.params.size());
  if (!CheckTop(type.params)) return false;
  if (emitting_) {
    MaterializeTop(n);  // The payload, contiguous.
    BeginOp(Op::kThrow);
    MarkSource();
    EmitOperands({I(tag), S(StackSlot(height() - n)), I(n)});
  }
  std::vector<Entry> ignored;
  if (!PopTypes(type.params, &ignored)) return false;
  SetUnreachable();
  return true;
}

bool FunctionCompiler::CompileThrowRef() {
  Entry exception;
  if (!Pop(ValType::kExnRef, &exception)) return false;
  Emit(Op::kThrowRef, {S(exception.slot)}, /*may_trap=*/true);
  SetUnreachable();
  return true;
}

// try_table bt catch* instr* end: a block whose body's exceptions the catch clauses may
// catch. Each clause branches to a label outside the try_table with the exception's payload
// (and, for the _ref forms, the exnref). Its landing pad (CatchLanding, then the branch) sits
// before the body, jumped over on entry; the unwinder writes the values straight into the
// label's slots, which no live value occupies once control leaves the try_table.
bool FunctionCompiler::CompileTryTable() {
  if (!CompileBlockStart(0x02)) return false;
  uint32_t count;
  if (!reader_.ReadU32(&count)) return false;
  if (count > reader_.remaining()) return reader_.Fail("unexpected end of section or function");
  std::vector<std::pair<CompiledFunction::Catch, uint32_t>> clauses;  // Clause, label depth.
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t kind = 0;
    if (!reader_.ReadByte(&kind)) return false;
    if (kind > 3) return Fail("malformed catch clause kind " + Hex(kind));
    CompiledFunction::Catch clause{static_cast<CompiledFunction::Catch::Kind>(kind), 0, 0};
    const bool catch_all = kind >= CompiledFunction::Catch::kCatchAll;
    const bool with_ref =
        kind == CompiledFunction::Catch::kCatchRef || kind == CompiledFunction::Catch::kCatchAllRef;
    if (!catch_all && !ReadTagIndex(&clause.tag)) return false;
    uint32_t depth;
    // Labels count from outside the try_table, whose own label is already pushed.
    if (!reader_.ReadU32(&depth) || !CheckIndex(depth, ctrl_.size() - 1, "label")) return false;
    std::vector<ValType> values;
    if (!catch_all) values = TagType(clause.tag).params;
    if (with_ref) values.push_back(ValType::Ref(ValType::kExnCode, /*nullable=*/false));
    std::span<const ValType> label = Target(depth + 1).label_types();
    if (!AllMatch(values, label)) {
      return Fail("type mismatch: catch clause " + std::to_string(i) +
                  " does not match the types of label " + std::to_string(depth));
    }
    clauses.emplace_back(clause, depth + 1);
  }
  if (!emitting_) return true;
  BeginOp(Op::kBr);
  const uint32_t over = static_cast<uint32_t>(code_.size());
  code_.push_back(0);
  CompiledFunction::Handler handler;
  for (auto& [clause, depth] : clauses) {
    Control& target = Target(depth);
    const uint32_t n = static_cast<uint32_t>(target.label_types().size());
    const uint32_t dst = StackSlot(target.height);
    max_height_ = std::max(max_height_, target.height + n);
    clause.landing = static_cast<uint32_t>(code_.size());
    BeginOp(Op::kCatchLanding);
    SlotWord(dst);
    if (target.kind != BlockKind::kFunction) {
      BeginOp(Op::kBr);
      EmitTargetWord(target);
    } else if (n == 0) {
      BeginOp(Op::kReturn0);
    } else if (n == 1) {
      BeginOp(Op::kReturn1);
      SlotWord(dst);
    } else {
      BeginOp(Op::kReturnN);
      EmitOperands({S(dst), I(n)});
    }
    handler.catches.push_back(clause);
  }
  PatchTarget(over, static_cast<uint32_t>(code_.size()));
  Label();
  handler.start = static_cast<uint32_t>(code_.size());
  open_handlers_.push_back(std::move(handler));
  ctrl_.back().has_handler = true;
  return true;
}

// At the end of a try_table's body (or a legacy try's try part): its code is complete.
void FunctionCompiler::CloseHandler() {
  const size_t level = open_handlers_.size() - 1;
  CompiledFunction::Handler handler = std::move(open_handlers_.back());
  open_handlers_.pop_back();
  handler.end = static_cast<uint32_t>(code_.size());
  const uint32_t index = static_cast<uint32_t>(out_->handlers.size());
  out_->handlers.push_back(std::move(handler));
  ctrl_.back().has_handler = false;
  ctrl_.back().handler_index = index;
  std::erase_if(pending_delegates_, [&](const std::pair<uint32_t, size_t>& pending) {
    if (pending.second != level) return false;
    out_->handlers[pending.first].delegate = index;
    return true;
  });
}

// Legacy exception handling: a try is a block whose try part is a handler region; each catch adds
// a clause landing at its start with the payload as its stack, keeping the exception in a hidden
// slot for rethrow.
bool FunctionCompiler::CompileLegacyTry() {
  if (!CompileBlockStart(0x02)) return false;
  Control& c = ctrl_.back();
  c.kind = BlockKind::kTry;
  if (!c.live) return true;
  c.exception_slot = kHiddenTag | num_hidden_++;
  CompiledFunction::Handler handler;
  handler.start = static_cast<uint32_t>(code_.size());
  open_handlers_.push_back(std::move(handler));
  c.has_handler = true;
  return true;
}

bool FunctionCompiler::CompileLegacyCatch(bool catch_all) {
  Control& c = ctrl_.back();
  if (c.kind != BlockKind::kTry && c.kind != BlockKind::kCatch) {
    return Fail(catch_all ? "catch_all without matching try" : "catch without matching try");
  }
  uint32_t tag = 0;
  if (!catch_all && !ReadTagIndex(&tag)) return false;
  if (!CheckBlockEnd(c)) return false;
  if (emitting_) {  // The previous part falls through to the end.
    MaterializeTop(static_cast<uint32_t>(c.results.size()));
    BeginOp(Op::kBr);
    EmitTargetWord(c);
  }
  if (c.has_handler) CloseHandler();
  TruncateStack(c.height);
  ResetLocalsSetSince(c.init_height);
  c.kind = catch_all ? BlockKind::kCatchAll : BlockKind::kCatch;
  c.unreachable = false;
  emitting_ = c.live;
  Label();
  const std::vector<ValType> params = catch_all ? std::vector<ValType>() : TagType(tag).params;
  if (c.live) {
    const uint32_t n = static_cast<uint32_t>(params.size());
    CompiledFunction::Catch clause{
        catch_all ? CompiledFunction::Catch::kCatchAllRef : CompiledFunction::Catch::kCatchRef, tag,
        static_cast<uint32_t>(code_.size())};
    max_height_ = std::max(max_height_, c.height + n + 1);
    BeginOp(Op::kCatchLanding);
    SlotWord(StackSlot(c.height));
    BeginOp(Op::kMov);  // The exnref, after the payload, into the try's hidden slot.
    EmitOperands({S(c.exception_slot), S(StackSlot(c.height + n))});
    out_->handlers[c.handler_index].catches.push_back(clause);
    Label();
  }
  for (ValType t : params) PushTemp(t);
  return true;
}

bool FunctionCompiler::CompileRethrow() {
  uint32_t depth;
  if (!ReadLabel(&depth)) return false;
  const Control& target = Target(depth);
  if (target.kind != BlockKind::kCatch && target.kind != BlockKind::kCatchAll) {
    return Fail("invalid rethrow label");
  }
  if (emitting_) {
    BeginOp(Op::kThrowRef);
    MarkSource();
    SlotWord(target.exception_slot);
  }
  SetUnreachable();
  return true;
}

// try ... delegate l: the try part's exceptions go to the handlers of label l (counted from
// outside the try), or, if l is no try in its try part, to whatever encloses it.
bool FunctionCompiler::CompileDelegate() {
  uint32_t depth;
  Control& c = ctrl_.back();
  if (c.kind != BlockKind::kTry) return Fail("delegate without matching try");
  if (!reader_.ReadU32(&depth) || !CheckIndex(depth, ctrl_.size() - 1, "label")) return false;
  if (!CheckBlockEnd(c)) return false;
  if (c.has_handler) {
    // The open handler levels enclosing label depth + 1 (this try is ctrl_.back()).
    size_t level = open_handlers_.size() - 1;  // This try's own.
    uint32_t target = CompiledFunction::Handler::kToCaller;
    std::optional<size_t> target_level;
    for (size_t d = 1; d < ctrl_.size(); ++d) {
      const Control& outer = Target(static_cast<uint32_t>(d));
      if (outer.has_handler) --level;
      if (d >= depth + 1 && outer.has_handler) {
        target_level = level;
        break;
      }
    }
    open_handlers_.back().delegate = target;
    const uint32_t index = static_cast<uint32_t>(out_->handlers.size());
    CloseHandler();
    if (target_level) pending_delegates_.emplace_back(index, *target_level);
  }
  c.kind = BlockKind::kBlock;  // It ends here like a block.
  return CompileEnd();
}

}  // namespace linea::rt
