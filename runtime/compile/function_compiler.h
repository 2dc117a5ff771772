// The function compiler: one-pass validation (core spec 3.3, with the algorithm of the spec's
// appendix A.3) and lowering of a function body to the register code of runtime/code.h.
// Private to runtime/compile/: the class is declared here and its instruction families are
// defined in the .cc files named beside each group of declarations below.
//
// The validator's operand stack doubles as the code generator's map of where each value
// lives: every entry has a type and a slot. A slot is the entry's own stack slot, a local's
// slot (local.get pushes a reference instead of copying), or a constant slot (constants are
// preloaded into the frame). References are resolved, by copying the value to the entry's
// stack slot ("materializing" it), whenever the referenced local is about to be written, at
// the start of every block (so all paths into a join agree on where values are), before calls
// (arguments must be contiguous) and where values must sit in a label's slots.
#ifndef LINEA_RUNTIME_COMPILE_FUNCTION_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_FUNCTION_COMPILER_H_

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
#include "runtime/compile/code_dump.h"
#include "runtime/compile/compiler_reader.h"
#include "runtime/compile/compiler_tables.h"
#include "runtime/compile/gc_compiler.h"
#include "runtime/compile/simd_compiler.h"
#include "runtime/decode/module.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/result.h"

namespace linea::rt {

// The type of a value popped from the polymorphic stack of unreachable code: matches anything.
inline constexpr ValType kAnyType = ValType::Bot();

// During compilation slots are encoded: locals as their index, constants and stack positions
// tagged with their own numbering, because the frame layout ([locals | constants | stack])
// is known only at the end, when every slot word is resolved.
inline constexpr uint32_t kConstTag = 0x80000000u;
inline constexpr uint32_t kStackTag = 0x40000000u;
// Slots the compiler adds to the frame after the locals (legacy exception handling keeps each
// catch's exception there for rethrow), numbered from 0 under this tag.
inline constexpr uint32_t kHiddenTag = 0x20000000u;
inline constexpr uint32_t kNone = 0xffffffffu;

// Implementation limits (as in V8): more locals is rejected as "too many locals".
inline constexpr uint64_t kMaxLocals = 50000;
// Declared locals up to this many are zeroed by copying zeros kept with the code (fastest for
// the usual handful); beyond it, by memset at entry, so code size stays proportional to the body.
inline constexpr uint32_t kMaxCopiedZeroLocals = 64;
// Distinct constants preloaded per frame; further ones are materialized by Const64.
inline constexpr size_t kMaxConstSlots = 256;

// kTry..kCatchAll: the legacy exception-handling try block, in its try part and its catches.
enum class BlockKind : uint8_t { kFunction, kBlock, kLoop, kIf, kElse, kTry, kCatch, kCatchAll };

inline std::string TypeName(ValType t) {
  return t == kAnyType ? std::string("any") : std::string(ValTypeName(t));
}

inline std::string Hex(uint32_t v) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "0x%02x", v);
  return buffer;
}

// The variant of a copying op (Mov, Select, Return1, GlobalGet/Set) for values of type `t`:
// v128s are copied with 16 bytes, scalars with 8, so that no copy reads more bytes of a slot
// than the instruction that wrote it stored (a wider load defeats store-to-load forwarding
// and stalls: measured +17% time on a call-heavy benchmark). A value of unknown type (only in
// unreachable code) is copied whole.
inline Op Sized(Op op, ValType t) {
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
inline Operand S(uint32_t slot) { return {slot, true}; }
inline Operand I(uint32_t immediate) { return {immediate, false}; }

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
CompilerScratch& AcquireScratch(std::unique_ptr<CompilerScratch>* own);

// Hidden: only this folder's files call its members, and g++ then treats them as not
// interposable (the build is -fPIC), so calls within a file are direct and may be inlined.
class __attribute__((visibility("hidden"))) FunctionCompiler final : public SimdCompilerHost,
                                                                     public GcCompilerHost {
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

  // ---- Locals (the declarations: compiler_slots.cc) ---------------------------------------------
  bool ReadLocals();
  bool ReadValType(ValType* out);
  bool ValTypeAfterByte(uint8_t byte, ValType* out);
  bool ReadHeapType(bool nullable, ValType* out) override;
  bool ReadTypeIndex(CompositeKind kind, uint32_t* index) override;
  // (ref null? $index) for a type index of the module.
  ValType TypeRef(uint32_t index, bool nullable) const {
    return ValType::Concrete(module_.canonical_type_ids[index], nullable);
  }
  std::span<const ValType> SingleType(ValType t);
  static bool AllMatch(std::span<const ValType> sub, std::span<const ValType> super) {
    if (sub.size() != super.size()) return false;
    for (size_t i = 0; i < sub.size(); ++i) {
      if (!IsSubtype(sub[i], super[i])) return false;
    }
    return true;
  }

  // Marks local `index` set (non-nullable locals: until the end of the enclosing block).
  [[gnu::always_inline]] void SetLocal(uint32_t index) {
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

  // ---- Code emission (constants, copies, materializing: compiler_slots.cc) ----------------------
  // Starts an instruction. Only called while emitting_.
  void BeginOp(Op op) {
    prev_ = last_;
    last_ = {static_cast<uint32_t>(code_.size()), op, kNone};
    if (print_code_) instruction_starts_.push_back(last_.pos);
    code_.push_back(HandlerWord(op));
  }
  [[gnu::always_inline]] void SlotWord(uint32_t slot) {
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

  void RemoveLastInstruction();

  void PatchTarget(uint32_t word, uint32_t target) { code_[word] = target - word; }

  void PushConst(ValType type, uint64_t bits, uint64_t high = 0);

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

  void EmitMove(ValType type, uint32_t dst, uint32_t src);
  void Materialize(uint32_t position);
  void MaterializeTop(uint32_t n);
  void SpillLocalRefs();
  inline void PrepareLocalWrite(uint32_t index);
  inline void WriteLocal(uint32_t index, const Entry& value);

  // ---- Branches (control_compiler.cc; conditional branches: compiler_peephole.cc) ---------------
  Control& Target(uint32_t depth) { return ctrl_[ctrl_.size() - 1 - depth]; }

  bool BranchNeedsCopies(const Control& target) const;
  void EmitBranchCopies(const Control& target);
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

  void EmitReturn();
  void EmitBranch(uint32_t depth);
  uint32_t EmitConditionalBranch(const Entry& cond, bool branch_if_true);
  uint32_t FuseIntoBranch(const Entry& cond, bool branch_if_true);
  uint32_t FuseOpIntoBranch(Op branch, uint32_t a, uint32_t b);
  void EmitBrIf(uint32_t depth, const Entry& cond);

  // ---- Immediates (memargs and data segments: memory_compiler.cc) -------------------------------
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

  bool ReadBlockType(std::span<const ValType>* params, std::span<const ValType>* results);

  bool ReadMemArg(uint8_t max_align, SimdMemArg* simd_arg) override;
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
  bool CheckDataIndex(uint32_t index) override;
  bool ReadFuncIndex(uint32_t* index) {
    return reader_.ReadU32(index) &&
           CheckIndex(*index, module_.func_type_indices.size(), "function");
  }

  // ---- Instructions (compiler.cc; numeric: compiler_peephole.cc; blocks: control_compiler.cc) ---
  bool CompileBody();
  [[gnu::always_inline]] inline bool ValidateSimple(const SimpleValidation& info);
  [[gnu::always_inline]] inline bool ValidateBlockStart(uint8_t opcode);
  [[gnu::always_inline]] inline bool ValidateCommonEnd();
  [[gnu::noinline, gnu::cold]] bool FailUninitializedLocal(uint32_t index);
  bool CompileInstruction(uint8_t opcode);
  bool CompileNumeric(const NumericOpInfo& info);
  inline bool FoldBinaryPair(Op op, ValType type, const Entry& a, const Entry& b);
  inline bool FoldLoadedOperand(Op op, const Entry& a, const Entry& b);
  inline bool FoldAbsCompare(Op op, const Entry& a, const Entry& b);
  inline bool FoldUnaryAfterBinary(Op op, ValType result, const Entry& a);
  bool CompileMemoryAccess(const MemoryOpInfo& info);
  bool FoldAddressAdd(const Entry& address, uint32_t* base, uint32_t* index);
  bool FoldIndexShift(uint32_t* base, uint32_t* index, uint32_t* shift);
  bool CompileBlockStart(uint8_t opcode);
  bool CheckBlockEnd(const Control& c);
  bool CompileElse();
  bool CompileEnd();
  bool CompileBrIf();
  bool BrTableArityMismatch(size_t arity, size_t other);
  bool CompileBrTable();

  // ---- Typed function references (3.0): control_compiler.cc -------------------------------------
  bool PopRef(Entry* out);
  bool CompileRefEq();
  bool CompileRefAsNonNull();
  void EmitBranchOnNull(uint32_t depth, uint32_t ref_slot, bool branch_if_null);
  void EmitRefBranch(uint32_t depth, uint32_t ref_slot, Op taken, Op not_taken,
                     std::optional<ValType> type);

  bool CompileBrOnNull();
  bool CompileBrOnNonNull();
  bool CompileBrOnCast(bool fail);

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
  bool ReadCallee(CallKind kind, Callee* callee);
  bool CompileCall(CallKind kind, bool tail = false);
  bool CompileSelect(bool typed);
  bool CompileLocal(uint8_t opcode);
  bool CompileGlobal(bool set);
  bool CompileTableAccess(bool set);

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

  bool CompilePrefixed();

  // ---- Multiple memories and 64-bit addresses: memory_compiler.cc -------------------------------
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
  bool ReadMemArgAt(uint8_t max_align, MemArg* arg);
  static Op MemoryOpAt(Op op);
  bool CompileMemoryAccessAt(const MemoryOpInfo& info, const MemArg& arg);
  bool CompileMemorySizeOrGrow(bool grow);
  bool CompileMemoryInitAt(uint32_t segment, uint32_t memory);
  bool CompileMemoryCopyAt(uint32_t dst_memory, uint32_t src_memory);
  bool CompileMemoryFillAt(uint32_t memory);

  // ---- Exception handling: exception_compiler.cc ------------------------------------------------
  bool ReadTagIndex(uint32_t* index) {
    return reader_.ReadU32(index) && CheckIndex(*index, module_.tag_type_indices.size(), "tag");
  }
  const FuncType& TagType(uint32_t tag) const {
    return module_.types[module_.tag_type_indices[tag]];
  }

  bool CompileThrow();
  bool CompileThrowRef();
  bool CompileTryTable();
  void CloseHandler();

  // ---- Legacy exception handling (try, catch, catch_all, rethrow, delegate) -------------------
  bool CompileLegacyTry();
  bool CompileLegacyCatch(bool catch_all);
  bool CompileRethrow();
  bool CompileDelegate();

  // ---- Finish: compiler.cc ----------------------------------------------------------------------
  void Finish();

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

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_FUNCTION_COMPILER_H_
