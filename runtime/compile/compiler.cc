// One-pass validation (core spec 3.3, with the algorithm of the spec's appendix A.3) and
// lowering of a function body to the register code of runtime/code.h.
//
// The validator's operand stack doubles as the code generator's map of where each value
// lives: every entry has a type and a slot. A slot is the entry's own stack slot, a local's
// slot (local.get pushes a reference instead of copying), or a constant slot (constants are
// preloaded into the frame). References are resolved, by copying the value to the entry's
// stack slot ("materializing" it), whenever the referenced local is about to be written, at
// the start of every block (so all paths into a join agree on where values are), before calls
// (arguments must be contiguous) and where values must sit in a label's slots.
#include "runtime/compile/compiler.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/code.h"
#include "runtime/compile/atomic_compiler.h"
#include "runtime/compile/code_dump.h"
#include "runtime/compile/compiler_reader.h"
#include "runtime/compile/compiler_tables.h"
#include "runtime/compile/gc_compiler.h"
#include "runtime/compile/simd_compiler.h"
#include "runtime/compile/superinstructions.h"
#include "runtime/interpreter/interpreter.h"

namespace linea::rt {
namespace {

// The type of a value popped from the polymorphic stack of unreachable code: matches anything.
constexpr ValType kAnyType = ValType::Bot();

// During compilation slots are encoded: locals as their index, constants and stack positions
// tagged with their own numbering, because the frame layout ([locals | constants | stack])
// is known only at the end, when every slot word is resolved.
constexpr uint32_t kConstTag = 0x80000000u;
constexpr uint32_t kStackTag = 0x40000000u;
// Slots the compiler adds to the frame after the locals (legacy exception handling keeps each
// catch's exception there for rethrow), numbered from 0 under this tag.
constexpr uint32_t kHiddenTag = 0x20000000u;
constexpr uint32_t kNone = 0xffffffffu;

// Implementation limits (as in V8): more locals is rejected as "too many locals".
constexpr uint64_t kMaxLocals = 50000;
// Declared locals up to this many are zeroed by copying zeros kept with the code (fastest for
// the usual handful); beyond it, by memset at entry, so code size stays proportional to the body.
constexpr uint32_t kMaxCopiedZeroLocals = 64;
// Distinct constants preloaded per frame; further ones are materialized by Const64.
constexpr size_t kMaxConstSlots = 256;

// kTry..kCatchAll: the legacy exception-handling try block, in its try part and its catches.
enum class BlockKind : uint8_t { kFunction, kBlock, kLoop, kIf, kElse, kTry, kCatch, kCatchAll };

std::string TypeName(ValType t) {
  return t == kAnyType ? std::string("any") : std::string(ValTypeName(t));
}

std::string Hex(uint32_t v) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "0x%02x", v);
  return buffer;
}

// The variant of a copying op (Mov, Select, Return1, GlobalGet/Set) for values of type `t`:
// v128s are copied with 16 bytes, scalars with 8, so that no copy reads more bytes of a slot
// than the instruction that wrote it stored (a wider load defeats store-to-load forwarding
// and stalls: measured +17% time on a call-heavy benchmark). A value of unknown type (only in
// unreachable code) is copied whole.
Op Sized(Op op, ValType t) {
  if (t != ValType::kV128 && t != kAnyType) return op;
  switch (op) {
    case Op::kMov:
      return Op::kMovV128;
    case Op::kSelect:
      return Op::kSelectV128;
    case Op::kReturn1:
      return Op::kReturn1V128;
    case Op::kGlobalGet:
      return Op::kGlobalGetV128;
    case Op::kGlobalSet:
      return Op::kGlobalSetV128;
    default:
      return op;
  }
}

struct Entry {
  ValType type;
  uint32_t slot;  // Local slot, stack slot, or kConstTag | constant index.
};

// The operand stack: a vector whose push stays inline. (std::vector's push_back was compiled to
// an out-of-line call: 7% of validation's instructions.)
class EntryStack {
 public:
  size_t size() const { return size_; }
  void clear() { size_ = 0; }
  Entry& back() { return data_[size_ - 1]; }
  Entry& operator[](size_t i) { return data_[i]; }
  const Entry* begin() const { return data_; }
  const Entry* end() const { return data_ + size_; }
  void pop_back() { --size_; }
  [[gnu::always_inline]] void push_back(Entry e) {
    if (size_ == storage_.size()) [[unlikely]]
      Grow();
    data_[size_++] = e;
  }

 private:
  [[gnu::noinline]] void Grow() {
    storage_.resize(std::max<size_t>(64, storage_.size() * 2));
    data_ = storage_.data();
  }

  std::vector<Entry> storage_;  // Its size is the capacity.
  Entry* data_ = nullptr;
  size_t size_ = 0;
};

struct Control {
  BlockKind kind;
  std::span<const ValType> params;
  std::span<const ValType> results;
  uint32_t height;                   // Operand stack height below the block's parameters.
  bool unreachable = false;          // The rest of the block is unreachable (stack is polymorphic).
  bool live = false;                 // Code was being emitted when the block began.
  uint32_t loop_pos = 0;             // Loop: code position of its label (the start).
  std::vector<uint32_t> end_fixups;  // Branch target words to point at the end.
  uint32_t else_fixup = kNone;       // If: the false branch's target word.
  std::vector<Entry> if_params;      // If: the parameters as the else branch starts with them.
  bool has_handler = false;          // try_table: its handler is open_handlers_.back().
  uint32_t handler_index = kNone;    // Legacy try after its try part: its out_->handlers entry.
  uint32_t exception_slot = kNone;   // Legacy try: where a catch keeps the exception (rethrow).
  size_t init_height = 0;            // initialized_locals_.size() when the block began.

  std::span<const ValType> label_types() const {
    return kind == BlockKind::kLoop ? params : results;
  }
};

// An instruction operand for Emit: a slot or an immediate.
using Operand = CodeOperand;
Operand S(uint32_t slot) { return {slot, true}; }
Operand I(uint32_t immediate) { return {immediate, false}; }

// The 16 bytes of a constant slot (scalars in the low 8): the key of the constant pool.
struct ConstBits {
  uint64_t low, high;
  bool operator==(const ConstBits&) const = default;
};
struct ConstBitsHash {
  size_t operator()(const ConstBits& c) const { return c.low ^ (c.high * 0x9e3779b97f4a7c15u); }
};

// Every push of a reference to a local, chained per local, newest first (see
// PrepareLocalWrite).
struct RefNode {
  uint32_t position;  // Stack position of the entry when it was pushed.
  uint32_t previous;  // Previous node of the same local, or kNone.
};

// A compile's working storage, kept per thread from one function to the next so that a function
// costs no allocations for it once the thread has compiled a larger one (measured: about 29
// allocations per function of the compile benchmark, a tenth of validation's instructions).
struct CompilerScratch {
  bool in_use = false;
  std::vector<std::pair<uint32_t, ValType>> declared_locals;
  std::vector<ValType> locals;
  std::vector<bool> local_set;
  std::vector<uint32_t> initialized_locals;
  std::deque<ValType> single_types;
  std::vector<uint32_t> local_refs;
  std::vector<RefNode> ref_nodes;
  std::vector<uint32_t> last_ref_node;
  EntryStack stack;
  std::vector<Control> ctrl;
  std::vector<uint32_t> slot_fixups;
  std::vector<uint32_t> br_table_checked;  // Per label depth: the stamp of the last check.
  std::vector<uint32_t> br_table_depths;   // The br_table being compiled.

  void Clear() {
    declared_locals.clear();
    locals.clear();
    local_set.clear();
    initialized_locals.clear();
    single_types.clear();
    local_refs.clear();
    ref_nodes.clear();
    last_ref_node.clear();
    stack.clear();
    ctrl.clear();
    slot_fixups.clear();
    br_table_checked.clear();
    br_table_depths.clear();
  }
};

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

class FunctionCompiler final : public SimdCompilerHost, public GcCompilerHost {
 public:
  FunctionCompiler(const Module& module, uint32_t func_index, std::span<const uint8_t> body,
                   size_t body_offset, bool validate_only)
      : module_(module),
        func_index_(func_index),
        type_(module.func_type(func_index)),
        reader_(body, body_offset),
        scratch_(AcquireScratch(&own_scratch_)),
        out_(std::make_unique<CompiledFunction>()),
        code_(out_->code),
        validate_only_(validate_only) {
    emitting_ = !validate_only;
  }
  ~FunctionCompiler() { scratch_.in_use = false; }
  FunctionCompiler(const FunctionCompiler&) = delete;
  FunctionCompiler& operator=(const FunctionCompiler&) = delete;

  Result<std::unique_ptr<CompiledFunction>> Compile() {
    if (!ReadLocals() || !CompileBody()) return *reader_.error();
    if (!ctrl_live_at_start_) return std::unique_ptr<CompiledFunction>();  // Validated only.
    Finish();
    return std::move(out_);
  }

 private:
  // ---- Errors -----------------------------------------------------------------------------------
  bool Fail(std::string message) override { return reader_.FailAt(op_offset_, std::move(message)); }

  bool TypeMismatch(ValType expected, ValType got) {
    return Fail("type mismatch: expected " + TypeName(expected) + ", got " + TypeName(got));
  }

  // ---- Locals -----------------------------------------------------------------------------------
  bool ReadLocals() {
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
  bool ReadValType(ValType* out) {
    uint8_t byte = 0;
    if (!reader_.ReadByte(&byte)) return false;
    return ValTypeAfterByte(byte, out);
  }
  bool ValTypeAfterByte(uint8_t byte, ValType* out) {
    if (byte == 0x63 || byte == 0x64) return ReadHeapType(byte == 0x63, out);
    std::optional<ValType> type = ValTypeFromByte(byte);
    if (!type) return Fail("malformed value type " + Hex(byte));
    *out = *type;
    return true;
  }
  // A heap type (s33) as the reference type (ref null? ht).
  bool ReadHeapType(bool nullable, ValType* out) override {
    int64_t heap;
    if (!reader_.ReadS33(&heap)) return false;
    const TypeSpace space{&module_.canonical_type_ids, 0, 0};
    if (std::optional<std::string> error = HeapRefType(heap, nullable, space, out)) {
      return Fail(*error);
    }
    return true;
  }
  // A type index immediate naming a type of `kind`.
  bool ReadTypeIndex(CompositeKind kind, uint32_t* index) override {
    if (!reader_.ReadU32(index) || !CheckIndex(*index, module_.types.size(), "type")) return false;
    if (module_.types[*index].kind != kind) {
      static constexpr const char* kKinds[] = {"function", "struct", "array"};
      return Fail("type mismatch: type " + std::to_string(*index) + " is not a " +
                  kKinds[static_cast<int>(kind)] + " type");
    }
    return true;
  }
  // (ref null? $index) for a type index of the module.
  ValType TypeRef(uint32_t index, bool nullable) const {
    return ValType::Concrete(module_.canonical_type_ids[index], nullable);
  }
  // A single value type as a one-element span that stays valid while compiling: the numeric
  // types from a static table (most block types), others kept in single_types_.
  std::span<const ValType> SingleType(ValType t) {
    static constexpr ValType kNumeric[] = {ValType::kI32, ValType::kI64, ValType::kF32,
                                           ValType::kF64, ValType::kV128};
    for (const ValType& numeric : kNumeric) {
      if (numeric == t) return {&numeric, 1};
    }
    single_types_.push_back(t);
    return {&single_types_.back(), 1};
  }
  static bool AllMatch(std::span<const ValType> sub, std::span<const ValType> super) {
    if (sub.size() != super.size()) return false;
    for (size_t i = 0; i < sub.size(); ++i) {
      if (!IsSubtype(sub[i], super[i])) return false;
    }
    return true;
  }

  // Marks local `index` set (non-nullable locals: until the end of the enclosing block).
  void SetLocal(uint32_t index) {
    if (local_set_[index]) return;
    local_set_[index] = true;
    initialized_locals_.push_back(index);
  }
  // At a block's end (or else/catch): locals first set inside it are unset again.
  void ResetLocalsSetSince(size_t height) {
    while (initialized_locals_.size() > height) {
      local_set_[initialized_locals_.back()] = false;
      initialized_locals_.pop_back();
    }
  }

  // ---- Operand stack ----------------------------------------------------------------------------
  uint32_t height() const { return static_cast<uint32_t>(stack_.size()); }
  static uint32_t StackSlot(uint32_t position) { return kStackTag | position; }
  static bool IsLocal(uint32_t slot) { return (slot & (kConstTag | kStackTag | kHiddenTag)) == 0; }
  static bool IsStack(uint32_t slot) { return (slot & kStackTag) != 0; }

  // Push and Pop are the validator's most frequent operations: their common paths are inlined,
  // the rest is out of line (measured: an out-of-line PushEntry spent half its instructions
  // saving and restoring registers for the paths it rarely takes).
  [[gnu::always_inline]] void PushEntry(ValType type, uint32_t slot) {
    if (IsLocal(slot)) NoteLocalRef(slot);
    stack_.push_back({type, slot});
    max_height_ = std::max(max_height_, height());
  }
  // A stack entry at height() is about to refer to local `slot`.
  [[gnu::noinline]] void NoteLocalRef(uint32_t slot) {
    ++local_refs_[slot];
    ++total_local_refs_;
    first_local_ref_ = std::min(first_local_ref_, height());
    ref_nodes_.push_back({height(), last_ref_node_[slot]});
    last_ref_node_[slot] = static_cast<uint32_t>(ref_nodes_.size() - 1);
  }
  // Pushes a value living in its own stack slot; returns the slot.
  [[gnu::always_inline]] uint32_t PushTemp(ValType type) {
    uint32_t slot = StackSlot(height());
    PushEntry(type, slot);
    return slot;
  }
  void Release(const Entry& e) {
    if (IsLocal(e.slot)) {
      --local_refs_[e.slot];
      --total_local_refs_;
    }
  }
  void TruncateStack(uint32_t new_height) {
    while (height() > new_height) {
      Release(stack_.back());
      stack_.pop_back();
    }
  }

  [[gnu::always_inline]] bool Pop(ValType expected, Entry* out) {
    // Common: a value of exactly the expected type above the block's part of the stack.
    if (height() > ctrl_.back().height && stack_.back().type == expected) [[likely]] {
      *out = stack_.back();
      stack_.pop_back();
      Release(*out);
      return true;
    }
    return PopSlow(expected, out);
  }
  [[gnu::noinline]] bool PopSlow(ValType expected, Entry* out) {
    const Control& c = ctrl_.back();
    if (height() == c.height) {
      if (c.unreachable) {
        *out = {expected, StackSlot(height())};
        return true;
      }
      return Fail("type mismatch: expected " + TypeName(expected) + ", got nothing");
    }
    Entry e = stack_.back();
    if (expected != kAnyType && !IsSubtype(e.type, expected)) {
      return TypeMismatch(expected, e.type);
    }
    stack_.pop_back();
    Release(e);
    if (e.type == kAnyType) e.type = expected;
    *out = e;
    return true;
  }
  [[gnu::always_inline]] bool Pop(ValType expected) {
    Entry ignored;
    return Pop(expected, &ignored);
  }

  // Checks that the top of the stack matches `types` without popping.
  [[gnu::always_inline]] bool CheckTop(std::span<const ValType> types) {
    // Common: no values, or one of exactly the type, above the block's part of the stack.
    if (types.empty()) return true;
    if (types.size() == 1 && height() > ctrl_.back().height && stack_.back().type == types[0]) {
      return true;
    }
    return CheckTopSlow(types);
  }
  [[gnu::noinline]] bool CheckTopSlow(std::span<const ValType> types) {
    const Control& c = ctrl_.back();
    const size_t n = types.size();
    for (size_t j = 0; j < n; ++j) {
      const ValType expected = types[n - 1 - j];
      if (height() < c.height + j + 1) {
        if (c.unreachable) return true;
        return Fail("type mismatch: expected " + TypeName(expected) + ", got nothing");
      }
      const ValType got = stack_[height() - 1 - j].type;
      if (!IsSubtype(got, expected)) return TypeMismatch(expected, got);
    }
    return true;
  }

  // Pops values of `types` (checking them); `out` gets them bottom first.
  bool PopTypes(std::span<const ValType> types, std::vector<Entry>* out) {
    out->resize(types.size());
    for (size_t i = types.size(); i-- > 0;) {
      if (!Pop(types[i], &(*out)[i])) return false;
    }
    return true;
  }

  // Marks the rest of the block unreachable: the stack becomes polymorphic.
  void SetUnreachable() {
    TruncateStack(ctrl_.back().height);
    ctrl_.back().unreachable = true;
    emitting_ = false;
  }

  // ---- Code emission ----------------------------------------------------------------------------
  // Starts an instruction. Only called while emitting_.
  void BeginOp(Op op) {
    prev_ = last_;
    last_ = {static_cast<uint32_t>(code_.size()), op, kNone};
    if (print_code_) instruction_starts_.push_back(last_.pos);
    code_.push_back(HandlerWord(op));
  }
  void SlotWord(uint32_t slot) {
    slot_fixups_.push_back(static_cast<uint32_t>(code_.size()));
    code_.push_back(slot);
  }
  void EmitOperands(std::initializer_list<Operand> operands) {
    for (const Operand& o : operands) {
      if (o.is_slot) {
        SlotWord(o.value);
      } else {
        code_.push_back(o.value);
      }
    }
  }
  // Records the current instruction as one that can trap or call, for backtraces.
  void MarkSource() { out_->source_map.push_back({last_.pos, static_cast<uint32_t>(op_offset_)}); }

  // `op operands...` with no result.
  void Emit(Op op, std::initializer_list<Operand> operands, bool may_trap = false) {
    if (!emitting_) return;
    BeginOp(op);
    if (may_trap) MarkSource();
    EmitOperands(operands);
  }
  // `op D operands...`: the result D is a new value of `type` in its stack slot. Operands must
  // have been popped already.
  void EmitWithResult(Op op, ValType type, std::initializer_list<Operand> operands,
                      bool may_trap = false) {
    if (!emitting_) {
      PushTemp(type);
      return;
    }
    const uint32_t dst = StackSlot(height());
    BeginOp(op);
    if (may_trap) MarkSource();
    last_.dst_word = static_cast<uint32_t>(code_.size());
    SlotWord(dst);
    EmitOperands(operands);
    PushEntry(type, dst);
  }

  // A position control flow can reach from elsewhere: no peephole across it.
  void Label() {
    last_ = {};
    prev_ = {};
  }

  // Removes the last instruction (for fusing it into the next one).
  void RemoveLastInstruction() {
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

  void PatchTarget(uint32_t word, uint32_t target) { code_[word] = target - word; }

  void PushConst(ValType type, uint64_t bits, uint64_t high = 0) {
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

  // ---- SimdCompilerHost -------------------------------------------------------------------------
  bool PopValue(ValType type, uint32_t* slot) override {
    Entry e;
    if (!Pop(type, &e)) return false;
    *slot = e.slot;
    return true;
  }
  void EmitOp(Op op, std::optional<ValType> result, std::initializer_list<Operand> operands,
              bool may_trap) override {
    if (result) {
      EmitWithResult(op, *result, operands, may_trap);
    } else {
      Emit(op, operands, may_trap);
    }
  }
  void PushConst128(uint64_t low, uint64_t high) override { PushConst(ValType::kV128, low, high); }

  // Copies slot `src` to slot `dst`. A scalar copy right after another (no label between) joins
  // it as one Mov2 (superinstructions.h).
  void EmitMove(ValType type, uint32_t dst, uint32_t src) {
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
  void Materialize(uint32_t position) {
    Entry& e = stack_[position];
    const uint32_t want = StackSlot(position);
    if (e.slot == want) return;
    EmitMove(e.type, want, e.slot);
    Release(e);
    e.slot = want;
  }
  void MaterializeTop(uint32_t n) {
    for (uint32_t p = height() - n; p < height(); ++p) Materialize(p);
  }
  // Before a block starts: no entry may refer to a local, so that the code paths meeting at
  // the block's labels all agree on where every value lives.
  void SpillLocalRefs() {
    if (total_local_refs_ == 0) return;
    for (uint32_t p = first_local_ref_; p < height(); ++p) {
      if (IsLocal(stack_[p].slot)) Materialize(p);
    }
    first_local_ref_ = height();
  }
  // Before local `index` is written: entries still meaning its old value get their own copy.
  // The local's chain of pushed references is walked and dropped, so every reference is visited
  // once (a rescan of the stack per write would make compile time quadratic). Positions in the
  // chain may since have been popped or materialized: only entries that still refer to the
  // local are copied.
  void PrepareLocalWrite(uint32_t index) {
    uint32_t node = last_ref_node_[index];
    last_ref_node_[index] = kNone;
    if (local_refs_[index] == 0) return;
    for (; node != kNone; node = ref_nodes_[node].previous) {
      const uint32_t p = ref_nodes_[node].position;
      if (p < height() && stack_[p].slot == index) Materialize(p);
    }
  }

  // Stores `value` (already popped) into local `index`.
  void WriteLocal(uint32_t index, const Entry& value) {
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

  // ---- Branches ---------------------------------------------------------------------------------
  Control& Target(uint32_t depth) { return ctrl_[ctrl_.size() - 1 - depth]; }

  // Whether the values carried to `target` are not yet in its label's slots.
  bool BranchNeedsCopies(const Control& target) const {
    const uint32_t n = static_cast<uint32_t>(target.label_types().size());
    for (uint32_t i = 0; i < n; ++i) {
      if (stack_[height() - n + i].slot != StackSlot(target.height + i)) return true;
    }
    return false;
  }
  // Copies the carried values into `target`'s label slots (entries keep their state: this
  // code runs only on the branch's path). Destinations never lie above their sources, so
  // copying bottom-up cannot clobber a value still to be copied.
  void EmitBranchCopies(const Control& target) {
    const uint32_t n = static_cast<uint32_t>(target.label_types().size());
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t src = stack_[height() - n + i].slot;
      const uint32_t dst = StackSlot(target.height + i);
      if (src != dst) EmitMove(target.label_types()[i], dst, src);
    }
  }
  // Appends a branch target word aimed at `target`'s label.
  void EmitTargetWord(Control& target) {
    const uint32_t word = static_cast<uint32_t>(code_.size());
    code_.push_back(0);
    SetTarget(target, word);
  }
  void SetTarget(Control& target, uint32_t word) {
    if (target.kind == BlockKind::kLoop) {
      PatchTarget(word, target.loop_pos);
    } else {
      target.end_fixups.push_back(word);
    }
  }

  // Returns from the function with the results on top of the stack.
  void EmitReturn() {
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

  void EmitBranch(uint32_t depth) {
    Control& target = Target(depth);
    if (target.kind == BlockKind::kFunction) return EmitReturn();
    EmitBranchCopies(target);
    BeginOp(Op::kBr);
    EmitTargetWord(target);
  }

  // Emits a conditional branch on i32 `cond` (taken if cond != 0, or == 0 when
  // !branch_if_true) and returns the position of its target word. A comparison computed by
  // the previous instruction only for this branch is fused into it.
  uint32_t EmitConditionalBranch(const Entry& cond, bool branch_if_true) {
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
  // replaces it by the op doing both (superinstructions.h) and returns the position of its target word;
  // kNone otherwise.
  uint32_t FuseIntoBranch(const Entry& cond, bool branch_if_true) {
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
  uint32_t FuseOpIntoBranch(Op branch, uint32_t a, uint32_t b) {
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

  void EmitBrIf(uint32_t depth, const Entry& cond) {
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

  // ---- Immediates -------------------------------------------------------------------------------
  // Fails with "unknown <what> <index>" unless `index` is in an index space of `count` entries.
  bool CheckIndex(uint64_t index, size_t count, std::string_view what) {
    if (index < count) [[likely]]
      return true;
    return FailUnknown(index, what);
  }
  [[gnu::noinline, gnu::cold]] bool FailUnknown(uint64_t index, std::string_view what) {
    return Fail("unknown " + std::string(what) + " " + std::to_string(index));
  }

  bool ReadLabel(uint32_t* depth) {
    return reader_.ReadU32(depth) && CheckIndex(*depth, ctrl_.size(), "label");
  }

  bool ReadLocalIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, num_locals_, "local");
  }

  bool ReadBlockType(std::span<const ValType>* params, std::span<const ValType>* results) {
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

  bool CheckMemory() {
    if (module_.memories.empty()) return Fail("unknown memory 0");
    return true;
  }
  bool ReadZeroByte() {
    uint8_t byte = 0;
    if (!reader_.ReadByte(&byte)) return false;
    if (byte != 0) return Fail("zero byte expected");
    return true;
  }
  // A memarg for the SIMD compiler.
  bool ReadMemArg(uint8_t max_align, SimdMemArg* simd_arg) override {
    MemArg arg;
    if (!ReadMemArgAt(max_align, &arg)) return false;
    *simd_arg = {arg.memory, arg.offset, AddressType(arg.memory), IsFastMemory(arg.memory),
                 arg.align};
    return true;
  }
  bool ReadTableIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, module_.tables.size(), "table");
  }
  bool ReadElemIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, module_.elements.size(), "elem segment");
  }
  bool ReadDataIndex(uint32_t* index) {
    if (!reader_.ReadU32(index)) return false;
    return CheckDataIndex(*index);
  }
  bool CheckDataIndex(uint32_t index) override {
    // One-pass validation knows the data segments only from the data count section, which
    // the binary format therefore requires (5.5.16) before code that names a segment.
    if (!module_.data_count) {
      return Fail("unknown data segment " + std::to_string(index) +
                  " (data count section required)");
    }
    return CheckIndex(index, *module_.data_count, "data segment");
  }
  bool ReadFuncIndex(uint32_t* index) {
    return reader_.ReadU32(index) &&
           CheckIndex(*index, module_.func_type_indices.size(), "function");
  }

  // ---- Instructions -----------------------------------------------------------------------------
  bool CompileBody() {
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
      if (reader_.at_end())
        return Fail("unexpected end of section or function: END opcode expected");
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
  [[gnu::always_inline]] bool ValidateSimple(const SimpleValidation& info) {
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
  bool ValidateBlockStart(uint8_t opcode) {
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
    c.kind = opcode == 0x02   ? BlockKind::kBlock
             : opcode == 0x03 ? BlockKind::kLoop
                              : BlockKind::kIf;
    c.results = results;
    c.height = height();
    c.init_height = initialized_locals_.size();
    return true;
  }

  // Validate-only end of a block, loop, else, or if without else, with no parameters and at most
  // one result, when exactly its results are on its part of the stack: what CompileEnd does
  // for it. False (nothing done) for anything else, which CompileEnd then handles.
  bool ValidateCommonEnd() {
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

  [[gnu::noinline, gnu::cold]] bool FailUninitializedLocal(uint32_t index) {
    return Fail("uninitialized local " + std::to_string(index));
  }

  bool CompileInstruction(uint8_t opcode) {
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

  bool CompileNumeric(const NumericOpInfo& info) {
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

  // For a binary op (operands `a` and `b` popped) one of whose operands the binary op just
  // emitted computed, and nothing else reads: emits the pair as one superinstruction, if the
  // pair has one (runtime/compile/superinstructions.h).
  bool FoldBinaryPair(Op op, ValType type, const Entry& a, const Entry& b) {
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
  bool FoldLoadedOperand(Op op, const Entry& a, const Entry& b) {
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
  bool FoldAbsCompare(Op op, const Entry& a, const Entry& b) {
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
  bool FoldUnaryAfterBinary(Op op, ValType result, const Entry& a) {
    if (!emitting_ || last_.dst_word == kNone || a.slot != code_[last_.dst_word] ||
        a.slot != StackSlot(height())) {
      return false;
    }
    const std::optional<Op> fused = UnaryAfterOp(last_.op, op);
    if (!fused) return false;
    const bool may_trap =
        !out_->source_map.empty() && out_->source_map.back().code_pos == last_.pos;
    const size_t unary_offset = op_offset_;
    if (may_trap) op_offset_ = out_->source_map.back().module_offset;
    const uint32_t x = code_[last_.pos + 2];
    const uint32_t y = code_[last_.pos + 3];
    RemoveLastInstruction();
    EmitWithResult(*fused, result, {S(x), S(y)}, may_trap);
    op_offset_ = unary_offset;
    return true;
  }

  bool CompileMemoryAccess(const MemoryOpInfo& info) {
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
  // For a memory access whose popped `address` the i32.add just emitted computed: removes the
  // add and gives its operands (runtime/compile/superinstructions.h).
  bool FoldAddressAdd(const Entry& address, uint32_t* base, uint32_t* index) {
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
  bool FoldIndexShift(uint32_t* base, uint32_t* index, uint32_t* shift) {
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

  bool CompileBlockStart(uint8_t opcode) {
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
    c.kind = opcode == 0x02   ? BlockKind::kBlock
             : opcode == 0x03 ? BlockKind::kLoop
                              : BlockKind::kIf;
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
  bool CheckBlockEnd(const Control& c) {
    if (!CheckTop(c.results)) return false;
    if (height() > c.height + c.results.size()) {
      return Fail("type mismatch: " + std::to_string(height() - c.height - c.results.size()) +
                  " value(s) left on the stack at the end of the block");
    }
    return true;
  }

  bool CompileElse() {
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

  bool CompileEnd() {
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

  bool CompileBrIf() {
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

  bool BrTableArityMismatch(size_t arity, size_t other) {
    return Fail("type mismatch: br_table targets have different numbers of values (" +
                std::to_string(arity) + " and " + std::to_string(other) + ")");
  }

  bool CompileBrTable() {
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

  // ---- Typed function references (3.0) ----------------------------------------------------------
  // Pops a reference of any type (bottom in unreachable code).
  bool PopRef(Entry* out) {
    if (!Pop(kAnyType, out)) return false;
    if (out->type != kAnyType && !out->type.is_ref()) {
      return Fail("type mismatch: expected a reference, got " + TypeName(out->type));
    }
    return true;
  }

  bool CompileRefEq() {
    Entry a, b;
    if (!Pop(ValType::kEqRef, &b) || !Pop(ValType::kEqRef, &a)) return false;
    // References are canonical pointers (an i31 its tagged bits): equal iff their bits are.
    EmitWithResult(Op::kI64Eq, ValType::kI32, {S(a.slot), S(b.slot)});
    return true;
  }

  bool CompileRefAsNonNull() {
    Entry ref;
    if (!PopRef(&ref)) return false;
    const ValType type = ref.type.is_bot() ? kAnyType : ref.type.WithNullable(false);
    EmitWithResult(Op::kRefAsNonNull, type, {S(ref.slot)}, /*may_trap=*/true);
    return true;
  }

  // A branch on a reference's nullness to `depth` (whose values are on the stack): with
  // `branch_if_null` br_on_null, else br_on_non_null.
  void EmitBranchOnNull(uint32_t depth, uint32_t ref_slot, bool branch_if_null) {
    EmitRefBranch(depth, ref_slot, branch_if_null ? Op::kBrOnNull : Op::kBrOnNonNull,
                  branch_if_null ? Op::kBrOnNonNull : Op::kBrOnNull, std::nullopt);
  }
  // A branch on a test of a reference: `taken` branches when it holds, `not_taken` when not
  // (used to skip the copies a branch needs); `type` is the cast ops' immediate.
  void EmitRefBranch(uint32_t depth, uint32_t ref_slot, Op taken, Op not_taken,
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
  bool CompileBrOnNull() {
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
  bool CompileBrOnNonNull() {
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
  bool CompileBrOnCast(bool fail) {
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

  // ---- GcCompilerHost ---------------------------------------------------------------------------
  const Module& module() const override { return module_; }
  bool CheckElemIndex(uint32_t index) override {
    return CheckIndex(index, module_.elements.size(), "elem segment");
  }
  bool PopOperand(std::optional<ValType> type, uint32_t* slot, ValType* actual) override {
    Entry e;
    if (!Pop(type.value_or(kAnyType), &e)) return false;
    *slot = e.slot;
    *actual = e.type;
    return true;
  }
  bool PopGathered(std::span<const ValType> types, uint32_t* base) override {
    if (!CheckTop(types)) return false;
    const uint32_t n = static_cast<uint32_t>(types.size());
    if (emitting_) MaterializeTop(n);
    *base = StackSlot(height() >= n ? height() - n : 0);
    std::vector<Entry> ignored;
    return PopTypes(types, &ignored);
  }

  // The immediates of call / call_indirect (and their tail-call forms) and, for
  // call_indirect, the table index operand.
  enum class CallKind : uint8_t { kDirect, kIndirect, kRef };
  struct Callee {
    const FuncType* type = nullptr;
    uint32_t index = 0, type_index = 0, table = 0;
    Entry table_index;  // call_indirect: the table index; call_ref: the function reference.
  };
  bool ReadCallee(CallKind kind, Callee* callee) {
    if (kind == CallKind::kRef) {
      if (!ReadTypeIndex(CompositeKind::kFunc, &callee->type_index)) return false;
      callee->type = &module_.types[callee->type_index];
      return Pop(TypeRef(callee->type_index, true), &callee->table_index);
    }
    if (kind == CallKind::kIndirect) {
      uint32_t& type_index = callee->type_index;
      uint32_t& table = callee->table;
      if (!reader_.ReadU32(&type_index) || !CheckIndex(type_index, module_.types.size(), "type")) {
        return false;
      }
      if (!ReadTableIndex(&table)) return false;
      if (!IsSubtype(module_.tables[table].element, ValType::kFuncRef)) {
        return Fail("type mismatch: call_indirect needs a funcref table, table " +
                    std::to_string(table) + " holds " +
                    std::string(ValTypeName(module_.tables[table].element)));
      }
      if (!module_.types[type_index].is_func()) {
        return Fail("type mismatch: type " + std::to_string(type_index) +
                    " is not a function type");
      }
      callee->type = &module_.types[type_index];
      return Pop(AddressType(module_.tables[table]), &callee->table_index);
    }
    if (!ReadFuncIndex(&callee->index)) return false;
    callee->type = &module_.func_type(callee->index);
    return true;
  }

  // call / call_indirect, and with `tail` their 3.0 tail-call forms return_call /
  // return_call_indirect, whose callee's results must be this function's results.
  bool CompileCall(CallKind kind, bool tail = false) {
    const bool indirect = kind == CallKind::kIndirect;
    Callee callee;
    if (!ReadCallee(kind, &callee)) return false;
    const FuncType& type = *callee.type;
    if (tail && !AllMatch(type.results, type_.results)) {
      return Fail("type mismatch: tail call to a function whose results " +
                  std::to_string(type.results.size()) + " differ from the caller's");
    }
    const uint32_t num_params = static_cast<uint32_t>(type.params.size());
    if (!CheckTop(type.params)) return false;
    if (emitting_) {
      // The arguments become the callee's first slots: they must be contiguous. (A tail call
      // moves them down to slot 0 first, and names how many there are.)
      MaterializeTop(num_params);
      const uint32_t base = StackSlot(height() - num_params);
      if (kind == CallKind::kRef) {
        BeginOp(tail ? Op::kReturnCallRef : Op::kCallRef);
        MarkSource();
        EmitOperands({S(callee.table_index.slot), S(base)});
      } else if (indirect) {
        BeginOp(tail ? Op::kReturnCallIndirect : Op::kCallIndirect);
        MarkSource();
        EmitOperands({I(module_.canonical_type_ids[callee.type_index]), I(callee.table),
                      S(callee.table_index.slot), S(base)});
      } else if (tail) {
        BeginOp(Op::kReturnCall);
        MarkSource();
        EmitOperands({I(callee.index), S(base)});
      } else {
        // A function defined in this module is never a host function and runs in the same
        // instance: its call skips both checks.
        BeginOp(callee.index < module_.num_imported_funcs ? Op::kCall : Op::kCallLocal);
        MarkSource();
        EmitOperands({I(callee.index), S(base)});
      }
      if (tail) code_.push_back(num_params);
    }
    for (size_t i = type.params.size(); i-- > 0;) {  // As PopTypes, keeping nothing.
      if (!Pop(type.params[i])) return false;
    }
    if (tail) {
      SetUnreachable();
    } else {
      for (ValType t : type.results) PushTemp(t);
    }
    return true;
  }

  bool CompileSelect(bool typed) {
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

  bool CompileLocal(uint8_t opcode) {
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

  bool CompileGlobal(bool set) {
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

  bool CompileTableAccess(bool set) {
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

  // Pops the three i32 operands of the bulk operations (destination, source/value, count).
  bool PopThree(ValType second, Entry* dst, Entry* src, Entry* n) {
    return Pop(ValType::kI32, n) && Pop(second, src) && Pop(ValType::kI32, dst);
  }
  // The same with each operand's type given (memory64/table64 make some of them i64).
  bool PopThree(ValType dst_type, ValType src_type, ValType n_type, Entry* dst, Entry* src,
                Entry* n) {
    return Pop(n_type, n) && Pop(src_type, src) && Pop(dst_type, dst);
  }
  static ValType MinAddressType(ValType a, ValType b) {
    return a == ValType::kI64 && b == ValType::kI64 ? ValType::kI64 : ValType::kI32;
  }

  bool CompilePrefixed() {
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
        Emit(Op::kTableCopy, {I(dst_table), I(src_table), S(dst.slot), S(src.slot), S(n.slot)},
             true);
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

  // ---- Multiple memories and 64-bit addresses ---------------------------------------------------
  // Memory 0 with i32 addresses keeps the ops whose memory base and size live in registers;
  // any other memory, or an i64-addressed one, gets the *At ops, which name the memory and
  // read the address as 64 bits (an i32 is zero-extended in its slot, see code.h). A shared
  // memory always gets the *At ops too: they access it without data races and read its size
  // afresh (another thread may grow it), see runtime/interpreter/shared_memory_access.h.
  bool IsFastMemory(uint32_t memory) const {
    return memory == 0 && AddressType(memory) == ValType::kI32 && !module_.memories[0].shared;
  }
  ValType AddressType(uint32_t memory) const { return rt::AddressType(module_.memories[memory]); }
  static ValType AddressType(const TableType& table) { return rt::AddressType(table); }
  bool ReadMemoryIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, module_.memories.size(), "memory");
  }

  struct MemArg {
    uint32_t memory = 0;
    uint64_t offset = 0;
    uint32_t align = 0;  // log2
  };
  // memarg (3.0, 5.4.6): alignment flags with bit 6 set when a memory index follows, then the
  // offset (at most 2^32 - 1 for an i32-addressed memory).
  bool ReadMemArgAt(uint8_t max_align, MemArg* arg) {
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
  static Op MemoryOpAt(Op op) {
    return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAt) + static_cast<uint32_t>(op) -
                           static_cast<uint32_t>(Op::kI32Load));
  }

  bool CompileMemoryAccessAt(const MemoryOpInfo& info, const MemArg& arg) {
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
      EmitWithResult(MemoryOpAt(info.op), info.type, {S(address.slot), lo, hi, I(arg.memory)},
                     true);
    }
    return true;
  }

  bool CompileMemorySizeOrGrow(bool grow) {
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

  bool CompileMemoryInitAt(uint32_t segment, uint32_t memory) {
    Entry dst, src, n;
    if (!Pop(ValType::kI32, &n) || !Pop(ValType::kI32, &src) || !Pop(AddressType(memory), &dst)) {
      return false;
    }
    Emit(Op::kMemoryInitAt, {I(segment), I(memory), S(dst.slot), S(src.slot), S(n.slot)}, true);
    return true;
  }

  bool CompileMemoryCopyAt(uint32_t dst_memory, uint32_t src_memory) {
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

  bool CompileMemoryFillAt(uint32_t memory) {
    const ValType address_type = AddressType(memory);
    Entry dst, value, n;
    if (!Pop(address_type, &n) || !Pop(ValType::kI32, &value) || !Pop(address_type, &dst)) {
      return false;
    }
    Emit(Op::kMemoryFillAt, {I(memory), S(dst.slot), S(value.slot), S(n.slot)}, true);
    return true;
  }

  // ---- Exception handling ----------------------------------------------------------------------
  bool ReadTagIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, module_.tag_type_indices.size(), "tag");
  }
  const FuncType& TagType(uint32_t tag) const {
    return module_.types[module_.tag_type_indices[tag]];
  }

  bool CompileThrow() {
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

  bool CompileThrowRef() {
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
  bool CompileTryTable() {
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
      const bool with_ref = kind == CompiledFunction::Catch::kCatchRef ||
                            kind == CompiledFunction::Catch::kCatchAllRef;
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
  void CloseHandler() {
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

  // ---- Legacy exception handling (try, catch, catch_all, rethrow, delegate)
  // ---------------------- A try is a block whose try part is a handler region; each catch adds a
  // clause landing at its start with the payload as its stack, keeping the exception in a hidden
  // slot for rethrow.
  bool CompileLegacyTry() {
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

  bool CompileLegacyCatch(bool catch_all) {
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
          catch_all ? CompiledFunction::Catch::kCatchAllRef : CompiledFunction::Catch::kCatchRef,
          tag, static_cast<uint32_t>(code_.size())};
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

  bool CompileRethrow() {
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
  bool CompileDelegate() {
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

  // ---- Finish -----------------------------------------------------------------------------------
  void Finish() {
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

  struct LastInstruction {
    uint32_t pos = kNone;  // Code position of its first word.
    Op op = Op::kUnreachable;
    uint32_t dst_word = kNone;  // Position of its result slot word, if it has one.
  };

  const Module& module_;
  const uint32_t func_index_;
  const FuncType& type_;
  BodyReader reader_;
  size_t op_offset_ = 0;  // Module offset of the instruction being compiled.
  std::unique_ptr<CompilerScratch> own_scratch_;  // Only for a compile inside a compile.
  CompilerScratch& scratch_;                      // The storage of the vectors below.

  std::vector<ValType>& locals_ = scratch_.locals;
  uint32_t num_locals_ = 0;
  std::vector<bool>& local_set_ = scratch_.local_set;  // Per local: known to hold a value here.
  // Locals set since their block began, in order.
  std::vector<uint32_t>& initialized_locals_ = scratch_.initialized_locals;
  std::deque<ValType>& single_types_ = scratch_.single_types;  // Single-value block types.
  std::vector<uint32_t>& local_refs_ =
      scratch_.local_refs;  // Stack entries referring to each local.
  uint32_t total_local_refs_ = 0;
  // No stack entry below this position refers to a local (keeps the scans above linear
  // overall instead of quadratic in the stack height).
  uint32_t first_local_ref_ = 0;
  std::vector<RefNode>& ref_nodes_ = scratch_.ref_nodes;
  std::vector<uint32_t>& last_ref_node_ = scratch_.last_ref_node;  // Per local: newest node.

  EntryStack& stack_ = scratch_.stack;
  std::vector<Control>& ctrl_ = scratch_.ctrl;
  uint32_t max_height_ = 0;
  uint32_t br_table_stamp_ = 0;  // br_tables validated so far (scratch_.br_table_checked).

  std::unique_ptr<CompiledFunction> out_;
  std::vector<uint32_t>& code_;
  // Validating only: nothing is ever emitted, every stack entry is a temporary.
  const bool validate_only_;
  bool emitting_ = true;            // False in unreachable code: it is validated but not emitted.
  bool ctrl_live_at_start_ = true;  // False when only validating.
  LastInstruction last_;
  LastInstruction prev_;  // The instruction before last_, if no label is between them.
  std::vector<uint32_t>& slot_fixups_ = scratch_.slot_fixups;  // Every non-local slot word.
  std::vector<CompiledFunction::Handler> open_handlers_;       // Of the enclosing try_tables.
  uint32_t num_hidden_ = 0;                                    // kHiddenTag slots.
  // Legacy delegates whose target handler is still open: (handler index, open_handlers_ level).
  std::vector<std::pair<uint32_t, size_t>> pending_delegates_;
  std::unordered_map<ConstBits, uint32_t, ConstBitsHash> const_index_;
  const bool print_code_ = PrintCodeEnabled();  // code_dump.h
  std::vector<uint32_t> instruction_starts_;    // Only when print_code_.
};

}  // namespace

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
