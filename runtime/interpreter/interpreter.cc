// The interpreter loop: direct-threaded dispatch over the internal code of runtime/code.h,
// using GCC's labels-as-values. The hot state (pc, fp, memory base and size) lives in locals
// of one function so the compiler keeps it in registers across handlers.
#include "runtime/interpreter/interpreter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "runtime/compile/lazy_compile.h"
#include "runtime/decode/module.h"
#include "runtime/interpreter/exceptions.h"
#include "runtime/interpreter/gc_ops.h"
#include "runtime/interpreter/memory_access.h"
#include "runtime/interpreter/numerics.h"
#include "runtime/interpreter/shared_memory_access.h"
#include "runtime/interpreter/simd_numerics.h"
#include "runtime/interpreter/suspension.h"
#include "runtime/interpreter/trap.h"
#include "runtime/small_buffer.h"
#include "runtime/store/instance.h"
#include "runtime/store/parking_lot.h"

namespace linea::rt {
namespace {

// The SIMD op lists' expressions name the lane views and functions of simd_numerics.h.
using namespace simd;  // NOLINT(build/namespaces)

// Storage types named by the type tokens of the op lists in code.h.
using I32 = uint32_t;
using I64 = uint64_t;
using F32 = float;
using F64 = double;

// Conversions used by the op lists' expressions.
inline int32_t S32(uint32_t v) { return static_cast<int32_t>(v); }
template <typename T>
inline int64_t S64(T v) {
  return static_cast<int64_t>(v);
}

template <typename T>
inline T Get(const Slot& s);
template <>
inline uint32_t Get(const Slot& s) {
  return static_cast<uint32_t>(s.bits);
}
template <>
inline uint64_t Get(const Slot& s) {
  return s.bits;
}
template <>
inline float Get(const Slot& s) {
  return std::bit_cast<float>(static_cast<uint32_t>(s.bits));
}
template <>
inline double Get(const Slot& s) {
  return std::bit_cast<double>(s.bits);
}

// Writes always fill the whole slot (see code.h: 32-bit values are zero-extended).
inline void Put(Slot& s, uint32_t v) { s.bits = v; }
inline void Put(Slot& s, uint64_t v) { s.bits = v; }
inline void Put(Slot& s, float v) { s.bits = std::bit_cast<uint32_t>(v); }
inline void Put(Slot& s, double v) { s.bits = std::bit_cast<uint64_t>(v); }

#include "runtime/interpreter/interpreter_fused_eval.inc"

// Atomic instructions use std::atomic_ref on memory bytes: they must be lock-free (a lock would
// not be shared with other processes' or the JS engine's accesses to a SharedArrayBuffer).
static_assert(std::atomic_ref<uint8_t>::is_always_lock_free &&
                  std::atomic_ref<uint16_t>::is_always_lock_free &&
                  std::atomic_ref<uint32_t>::is_always_lock_free &&
                  std::atomic_ref<uint64_t>::is_always_lock_free,
              "atomic accesses to memory must be lock-free");

// cmpxchg of a naturally aligned `Mem` at `p`: returns the old value.
template <typename Mem>
__attribute__((noinline)) uint64_t CompareExchange(uint8_t* p, Mem expected, Mem replacement) {
  std::atomic_ref<Mem>(*reinterpret_cast<Mem*>(p)).compare_exchange_strong(expected, replacement);
  return expected;  // The old value: unchanged on success, written on failure.
}

// Traces longer than this keep their innermost frames only (a runaway recursion would
// otherwise copy tens of thousands of identical frames).
constexpr size_t kMaxTraceFrames = 1000;

// The trace of a trap at `pc` in `code`; `frame_top` and `sentinel` delimit the activation's
// frame records.
Trap BuildTrap(TrapKind kind, const ExecutionState::Frame* frame_top,
               const ExecutionState::Frame* sentinel, const uint32_t* pc,
               const CompiledFunction* code, const Instance* instance) {
  Trap trap{kind, std::string(TrapMessage(kind)), {}};
  trap.trace.push_back({instance->module.get(), code->func_index,
                        code->ModuleOffsetAt(static_cast<size_t>(pc - code->code.data()))});
  for (const ExecutionState::Frame* fr = frame_top - 1;
       fr > sentinel && trap.trace.size() < kMaxTraceFrames; --fr) {
    const ExecutionState::Frame& f = *fr;
    // A saved pc is a return address: the call is the instruction just before it.
    size_t pos = static_cast<size_t>(f.return_pc - f.code->code.data()) - 1;
    trap.trace.push_back(
        {f.instance->module.get(), f.code->func_index, f.code->ModuleOffsetAt(pos)});
  }
  return trap;
}

Outcome TrapWithoutTrace(TrapKind kind) {
  return Outcome::FromTrap(Trap{kind, std::string(TrapMessage(kind)), {}});
}

// The exits of an activation that did not end kOk: each leaves the outcome in the state (where
// the caller of RunActivation takes it) and returns its kind, in a register. Cold and out of
// line, and given no Outcome temporary to destroy: objects with destructors in RunActivation
// have cost its handlers registers (+0.6% instructions on sieve).
__attribute__((noinline, cold)) Outcome::Kind LeaveWithTrap(ExecutionState* state, TrapKind kind,
                                                            const ExecutionState::Frame* frame_top,
                                                            const ExecutionState::Frame* sentinel,
                                                            const uint32_t* pc,
                                                            const CompiledFunction* code,
                                                            const Instance* instance) {
  state->failure = Outcome::FromTrap(BuildTrap(kind, frame_top, sentinel, pc, code, instance));
  return Outcome::Kind::kTrap;
}
__attribute__((noinline, cold)) Outcome::Kind LeaveWithoutTrace(ExecutionState* state,
                                                                TrapKind kind) {
  state->failure = TrapWithoutTrace(kind);
  return Outcome::Kind::kTrap;
}
__attribute__((noinline, cold)) Outcome::Kind LeaveWithThrow(ExecutionState* state,
                                                             Exception* exception) {
  state->failure = Outcome::Throw(exception);
  return Outcome::Kind::kThrow;
}

// Leaves the activation after a host call that failed other than by a wasm exception (which
// the activation unwinds itself), its Outcome in state->failure: a suspension moves the
// activation off the stacks (the host call's arguments at `args`), a builtin's trap gets the
// trace of the call that reached it (`frame_top` to `instance`: the caller's state), and both
// stacks go back to the activation's entry. For calls and tail calls alike.
__attribute__((noinline, cold)) Outcome::Kind LeaveAfterHostFailure(
    ExecutionState* state, ExecutionState::Frame* sentinel, Slot* entry_sp, Slot* args,
    const Function* callee, const ExecutionState::Frame* frame_top, const uint32_t* pc,
    const CompiledFunction* code, const Instance* instance) {
  Outcome& failure = state->failure;
  if (failure.kind == Outcome::Kind::kSuspend) {
    failure.suspension = SuspendActivation(*state, sentinel, entry_sp, args, callee);
  }
  if (failure.kind == Outcome::Kind::kTrap && failure.trap.trace.empty()) {
    // A builtin's trap (wasm:js-string's): traced from the call that reached it, as a trap of
    // the caller's own instruction would be.
    failure.trap.trace =
        BuildTrap(failure.trap.kind, frame_top, sentinel, pc, code, instance).trace;
  }
  state->frame_top = sentinel;
  state->sp = entry_sp;
  return failure.kind;
}

// Calls host function `callee` with the arguments in args[0..params); its results replace
// them when the host returns normally. Returns the host's outcome's kind, any but kOk with the
// Outcome in `*failure`. (Out of line, so no indirect jump of the interpreter leaves a scope
// with destructors.)
Outcome::Kind CallHost(Function* callee, Slot* args, Outcome* failure) {
  if (SlotHostCallback fast = callee->slot_host_callback()) return fast(callee, args, failure);
  const FuncType& type = callee->type();
  SmallBuffer<Value> argv(type.params.size());
  SmallBuffer<Value> resv(type.results.size());
  for (size_t i = 0; i < argv.size(); ++i) argv[i] = Value::FromSlot(type.params[i], args[i]);
  for (size_t i = 0; i < resv.size(); ++i) resv[i] = Value::Default(type.results[i]);
  Outcome outcome = callee->host_callback()(argv.span(), resv.span());
  if (outcome.ok()) {
    for (size_t i = 0; i < resv.size(); ++i) args[i] = resv[i].slot();
    return Outcome::Kind::kOk;
  }
  *failure = std::move(outcome);
  return failure->kind;
}

}  // namespace

// Runs `entry` with its frame at `fp`, or one of the special entries (interpreter.h). Never
// inlined or cloned: the handler offsets must be those of the one copy that runs.
#if defined(__clang__)
#define LINEA_NOINLINE_NOCLONE __attribute__((noinline))  // Clang does not clone functions.
#else
#define LINEA_NOINLINE_NOCLONE __attribute__((noinline, noclone))
#endif
LINEA_NOINLINE_NOCLONE Outcome::Kind RunActivation(ExecutionState* state, Function* entry, Slot* fp,
                                                   const SpecialEntry* special) {
  static const void* const kHandlers[] = {
#define V(Name) &&L_##Name,
      LINEA_ALL_OPS(V)
#undef V
  };
  const char* const dispatch_base = static_cast<const char*>(&&L_Unreachable);

  // Only the hot state is in locals: pc, fp and the memory's base and size. Everything else
  // the handlers share lives in `c`, kept in memory on purpose: in one huge function GCC's
  // register allocator otherwise spreads registers over state that only calls and returns
  // use, and spills the memory base and size that every load and store needs.
  //
  // Performance note for editors: the allocation is fragile. Objects with destructors in this
  // function (even a member of `c`) have made GCC set up a frame pointer and spill pc, costing
  // ~20% of instructions. After a change, check that a simple handler (I32Add) still reads pc
  // and fp from registers (objdump -d), or compare instruction counts under callgrind.
  struct ColdState {
    ExecutionState* st;
    ExecutionState::Frame* sentinel;  // This activation's first frame record.
    ExecutionState::Frame* frames_end;
    ExecutionState::Frame* frame_top;
    Slot* stack_end;
    Slot* entry_sp;
    const CompiledFunction* code;
    Instance* instance;
    Function* const* functions;
    const std::shared_ptr<Global>* globals;
    Memory* memory;
    TrapKind trap_kind;
    uint32_t call_len;  // Words of the call instruction being executed.
    Slot* args;         // Its callee's frame.
    Function* callee;
    Exception* exception;  // Being thrown.
    // A shared memory's bytes that a SIMD load reads (shared_memory_access.h): one buffer for
    // every handler, since one per handler would grow this frame by each. Never initialised (an
    // empty constructor): zeroing it on entry cost a `rep stos` on every JS-to-wasm call.
    struct Bounce {
      Bounce() {}  // NOLINT: deliberately not `= default`, which would zero it.
      alignas(16) uint8_t data[16];
    } bounce;
  } c;
  // Only the fields every entry reads are written here; the rest are written before their
  // first read (trap_kind by TRAP, call_len/args by the call handlers, exception before every
  // throw, functions/globals/memory by LOAD_INSTANCE), so zeroing them cost a store each per
  // JS-to-wasm call. The store's interrupt flag is not copied either: a poll that finds some
  // store interrupted reads it through c.st (a load more, on a cold path).
#define INIT_COLD_STATE()                                                                   \
  do {                                                                                      \
    /* `c`'s address escapes, so GCC keeps it in memory. Before the stores: the entry then  \
       reads back what it wrote from registers where it can. After them, it reloaded fields \
       it had just stored, each load waiting for store-to-load forwarding: the entry took   \
       twice as long (10.8 vs 5.3 ns per call of an (i32)->i32 identity) at the same count. \
     */                                                                                     \
    asm volatile("" : : "r"(&c) : "memory");                                                \
    c.st = state;                                                                           \
    c.frames_end = state->frames_end;                                                       \
    c.frame_top = state->frame_top;                                                         \
    c.stack_end = state->stack_end;                                                         \
    c.callee = entry;                                                                       \
  } while (0)
  const uint32_t* pc = nullptr;
  uint8_t* mem_base = nullptr;
  uint64_t mem_size = 0;

// (Measured against a handler-table dispatch, `goto* kHandlers[*pc]`, which executes one
// instruction less per dispatch: instructions -4% to -9% on tools/bench kernels, CPU time not
// measurably better on a loaded machine, so the relative offsets stay. Absolute 32-bit handler
// addresses would need a non-PIE binary.)
#define NEXT() goto* static_cast<const void*>(dispatch_base + static_cast<int32_t>(*pc))
#define TRAP(kind)        \
  do {                    \
    c.trap_kind = (kind); \
    goto trap;            \
  } while (0)
#define RELOAD_MEMORY()                  \
  do {                                   \
    if (c.memory != nullptr) {           \
      mem_base = c.memory->base();       \
      mem_size = c.memory->size_bytes(); \
    }                                    \
  } while (0)
#define LOAD_INSTANCE()                                                                \
  do {                                                                                 \
    c.functions = c.instance->functions.data();                                        \
    c.globals = c.instance->globals.data();                                            \
    c.memory = c.instance->memories.empty() ? nullptr : c.instance->memories[0].get(); \
    mem_base = nullptr;                                                                \
    mem_size = 0;                                                                      \
    RELOAD_MEMORY();                                                                   \
  } while (0)
#define SLOT(i) (*SlotAt(fp, pc[i]))
// The interrupt poll, at every function entry and taken branch, so any unbounded run (a loop's
// back-edge, a recursion) passes one. The fast path compares a process-wide counter with zero;
// the store's own flag is read only when some store has an interrupt pending. On x86-64 the
// compare is one instruction with a memory operand and a never-taken jump (a relaxed atomic
// load, which GCC does not fold into the compare, costs one more instruction per poll).
#if defined(__x86_64__) && !defined(__clang__)  // Clang refuses asm goto across the handlers.
#define POLL_INTERRUPT()                                                                         \
  do {                                                                                           \
    __label__ poll_pending;                                                                      \
    asm goto("cmpl $0, %0\n\tjne %l[poll_pending]"                                               \
             :                                                                                   \
             : "m"(stores_with_interrupt)                                                        \
             : "cc"                                                                              \
             : poll_pending);                                                                    \
    break;                                                                                       \
  poll_pending:                                                                                  \
    if (c.st->interrupt_requested.load(std::memory_order_relaxed)) TRAP(TrapKind::kInterrupted); \
  } while (0)
#else
#define POLL_INTERRUPT()                                                                           \
  do {                                                                                             \
    if (stores_with_interrupt.load(std::memory_order_relaxed) != 0) [[unlikely]] {                 \
      if (c.st->interrupt_requested.load(std::memory_order_relaxed)) TRAP(TrapKind::kInterrupted); \
    }                                                                                              \
  } while (0)
#endif
// Checks both stacks for a call whose callee frame starts at `args`, pushes the caller's frame
// record (returning to the word `len` words on) and makes the callee's frame current. The
// callee's code is read at call time (Function::code()), never cached in the caller's code.
#define PUSH_FRAME(callee_code, args, len)                                        \
  do {                                                                            \
    if (c.frame_top == c.frames_end ||                                            \
        static_cast<size_t>(c.stack_end - (args)) < (callee_code)->frame_slots) { \
      TRAP(TrapKind::kCallStackExhausted);                                        \
    }                                                                             \
    *c.frame_top++ = {pc + (len), fp, c.code, c.instance};                        \
    fp = (args);                                                                  \
    c.code = (callee_code);                                                       \
  } while (0)
// Enters c.code with its frame at fp: writes its declared locals' zeros and its constants, then
// dispatches its first instruction. Expanded in each call handler, so that every call site kind
// has an indirect jump of its own for the branch predictor.
#define ENTER_FUNCTION()                                                                    \
  do {                                                                                      \
    /* A local copy: the frame stores below may alias `c` (its address escapes), and would  \
       make GCC reload c.code after each. */                                                \
    const CompiledFunction* const code = c.code;                                            \
    POLL_INTERRUPT();                                                                       \
    /* Usually a handful of slots: 16-byte copies beat a call to memcpy. */                 \
    Slot* dst = fp + code->num_params;                                                      \
    if (code->zeroed_locals != 0) [[unlikely]] {                                            \
      std::memset(dst, 0, code->zeroed_locals * sizeof(Slot));                              \
      dst += code->zeroed_locals;                                                           \
    }                                                                                       \
    /* The copy steps one pointer, the source, and writes at a fixed distance from it: with \
       two pointers stepping, GCC has sometimes tested the destination's end, computing it  \
       first (3 instructions more per call). */                                             \
    const Slot* src = code->frame_init.data();                                              \
    const Slot* const end = src + code->frame_init.size();                                  \
    const ptrdiff_t distance = dst - src;                                                   \
    for (; src != end; src += 2) {                                                          \
      __builtin_memcpy(const_cast<Slot*>(src) + distance, src, 2 * sizeof(Slot));           \
    }                                                                                       \
    pc = code->code.data();                                                                 \
    NEXT();                                                                                 \
  } while (0)
// Pops the frame record and continues after its call. The memory's base and size stay in their
// registers when the caller runs in the callee's instance: a callee of that instance that grew
// the memory reloaded them itself (memory.grow, a host call), and another instance's frames
// reload them on returning here. (Another thread's growth of a shared memory, whose base never
// moves, is seen by the bounds check's slow path: see `trap`.) Expanded in each return handler,
// so that each has its own indirect jump to predict.
#define RETURN_TO_CALLER()                           \
  do {                                               \
    const ExecutionState::Frame& f = *--c.frame_top; \
    if (f.return_pc == nullptr) [[unlikely]]         \
      goto leave_activation;                         \
    pc = f.return_pc;                                \
    fp = f.fp;                                       \
    c.code = f.code;                                 \
    if (f.instance != c.instance) [[unlikely]] {     \
      c.instance = f.instance;                       \
      LOAD_INSTANCE();                               \
    }                                                \
    NEXT();                                          \
  } while (0)
// Branches by the target offset in word `i` (relative to that word).
#define BRANCH_BY_WORD(i)                    \
  do {                                       \
    POLL_INTERRUPT();                        \
    pc += (i) + static_cast<int32_t>(pc[i]); \
  } while (0)

  // The special entries, both under one test of `special` (interpreter.h).
  if (special != nullptr) [[unlikely]] {
    if (special->handler_offsets != nullptr) {
      for (size_t i = 0; i < std::size(kHandlers); ++i) {
        special->handler_offsets[i] =
            static_cast<int32_t>(static_cast<const char*>(kHandlers[i]) - dispatch_base);
      }
      return Outcome::Kind::kOk;
    }
    INIT_COLD_STATE();
    const ResumePoint* const resume = special->resume;
    c.sentinel = resume->sentinel;
    c.entry_sp = resume->entry_sp;
    c.st->sp = c.entry_sp;  // Resumed as its host call returns: the top is back at the entry.
    c.code = nullptr;
    c.instance = nullptr;  // Differs from the caller's record's: returning loads the instance.
    c.functions = nullptr;
    c.globals = nullptr;
    c.memory = nullptr;
    // The host's caller's record is on top: return to it, or throw at its call.
    if (resume->exception != nullptr) {
      c.exception = resume->exception;
      goto throw_pop;
    }
    goto do_return;
  }
  INIT_COLD_STATE();
  c.sentinel = state->frame_top;
  c.entry_sp = state->sp;
  // The first function's record is a sentinel: returning through it leaves the activation.
  if (c.frame_top == c.frames_end ||
      static_cast<size_t>(c.stack_end - fp) < entry->code()->frame_slots) {
    return LeaveWithoutTrace(state, TrapKind::kCallStackExhausted);
  }
  *c.frame_top++ = {nullptr, nullptr, nullptr, nullptr};
  // After the record's store, which may alias `c` (GCC would reload these from `c`, waiting
  // for store-to-load forwarding).
  c.code = entry->code();
  c.instance = entry->instance();
  LOAD_INSTANCE();
  goto enter_function;

do_call:
  // pc is at the call instruction, `c.callee` and `c.args` are set.
  if (c.callee->is_host()) {
    // A record of this caller, as a wasm call makes, so the host can list the live frames
    // (runtime/interpreter/live_frames.h); a nested Store::Call from the host starts above it and
    // this frame.
    if (c.frame_top == c.frames_end) TRAP(TrapKind::kCallStackExhausted);
    *c.frame_top = {pc + c.call_len, fp, c.code, c.instance};
    c.st->sp = fp + c.code->frame_slots;
    c.st->frame_top = c.frame_top + 1;
    if (CallHost(c.callee, c.args, &c.st->failure) != Outcome::Kind::kOk) [[unlikely]] {
      if (c.st->failure.kind == Outcome::Kind::kThrow) {  // A wasm exception: unwind from here.
        c.st->sp = c.entry_sp;
        c.exception = c.st->failure.exception;
        goto throw_search;
      }
      return LeaveAfterHostFailure(c.st, c.sentinel, c.entry_sp, c.args, c.callee, c.frame_top, pc,
                                   c.code, c.instance);
    }
    // Between host calls the stack's top is the activation's entry (leaving it writes no sp).
    c.st->sp = c.entry_sp;
    pc += c.call_len;
    RELOAD_MEMORY();  // The host may have grown it.
    NEXT();
  }
  {
    const CompiledFunction* callee_code = c.callee->code();
    PUSH_FRAME(callee_code, c.args, c.call_len);
    if (c.callee->instance() != c.instance) {
      c.instance = c.callee->instance();
      LOAD_INSTANCE();
    }
    goto enter_function;
  }
enter_function:
  ENTER_FUNCTION();

do_return:
  RETURN_TO_CALLER();

leave_activation:
  // The sentinel record was just popped. The stack's top is already c.entry_sp: each host call
  // (the only code that moves it during an activation) puts it back.
  c.st->frame_top = c.frame_top;
  return Outcome::Kind::kOk;

trap:
  if (c.trap_kind == TrapKind::kMemoryOutOfBounds && c.memory != nullptr &&
      c.memory->size_bytes() != mem_size) {
    // Another thread grew the shared memory since this activation last read its size (its
    // base never moves): run the access again with the current size. Every bounds check comes
    // before its access's effects, and pc is still at the instruction.
    RELOAD_MEMORY();
    NEXT();
  }
  c.st->frame_top = c.sentinel;
  c.st->sp = c.entry_sp;
  return LeaveWithTrap(c.st, c.trap_kind, c.frame_top, c.sentinel, pc, c.code, c.instance);

  // ---- Control ----------------------------------------------------------------------------------
L_Unreachable:
  TRAP(TrapKind::kUnreachable);

  // Scalars are copied as their 8 bytes (see Sized() in compiler.cc); v128s by the *V128 ops.
L_Mov:
  SLOT(1).bits = SLOT(2).bits;
  pc += 3;
  NEXT();

L_Const64:
  SLOT(1).bits = pc[2] | (static_cast<uint64_t>(pc[3]) << 32);
  pc += 4;
  NEXT();

L_Br:
  BRANCH_BY_WORD(1);
  NEXT();

L_BrIf:
  if (Get<uint32_t>(SLOT(1)) != 0) {
    BRANCH_BY_WORD(2);
  } else {
    pc += 3;
  }
  NEXT();

L_BrUnless:
  if (Get<uint32_t>(SLOT(1)) == 0) {
    BRANCH_BY_WORD(2);
  } else {
    pc += 3;
  }
  NEXT();

L_BrTable : {
  const uint32_t index = std::min(Get<uint32_t>(SLOT(1)), pc[2]);
  BRANCH_BY_WORD(3 + index);
  NEXT();
}

L_Return0:
  RETURN_TO_CALLER();

L_Return1:
  fp[0].bits = SLOT(1).bits;
  RETURN_TO_CALLER();

L_ReturnN : {
  // Sources are at or above the destinations, so copying upwards is safe.
  const Slot* src = SlotAt(fp, pc[1]);
  // Two 8-byte halves: a whole-slot load would stall on a scalar's 8-byte store.
  for (uint32_t i = 0, n = pc[2]; i < n; ++i) {
    fp[i].lanes[0] = src[i].lanes[0];
    fp[i].lanes[1] = src[i].lanes[1];
  }
  RETURN_TO_CALLER();
}

L_Call:
  c.callee = c.functions[pc[1]];
  c.args = SlotAt(fp, pc[2]);
  c.call_len = 3;
  goto do_call;

L_CallLocal : {
  // A function of this module: wasm code of this instance.
  Slot* const args = SlotAt(fp, pc[2]);
  // c.callee names the function entered: a lazily compiled one's stub needs it
  // (interpreter_lazy.inc).
  c.callee = c.functions[pc[1]];
  const CompiledFunction* const callee_code = c.callee->code();
  PUSH_FRAME(callee_code, args, 3);
  ENTER_FUNCTION();
}

L_CallIndirect : {
  Table* table = c.instance->tables[pc[2]].get();
  // Table indices are read as 64 bits (table64); an i32 is zero-extended in its slot.
  const uint64_t index = Get<uint64_t>(SLOT(3));
  if (index >= table->size()) TRAP(TrapKind::kUndefinedElement);
  Function* target = static_cast<Function*>(table->Get(index));
  if (target == nullptr) TRAP(TrapKind::kNullFunction);
  if (target->canonical_type_id() != pc[1] &&
      !IsCanonicalSubtype(target->canonical_type_id(), pc[1])) {
    TRAP(TrapKind::kIndirectCallTypeMismatch);
  }
  Slot* const args = SlotAt(fp, pc[4]);
  if (target->instance() != c.instance) [[unlikely]] {  // Another instance's, or the host's.
    c.callee = target;
    c.args = args;
    c.call_len = 5;
    goto do_call;
  }
  c.callee = target;  // For a lazily compiled callee's stub.
  const CompiledFunction* const callee_code = target->code();
  PUSH_FRAME(callee_code, args, 5);
  ENTER_FUNCTION();
}

L_Select:
  SLOT(1).bits = Get<uint32_t>(SLOT(4)) != 0 ? SLOT(2).bits : SLOT(3).bits;
  pc += 5;
  NEXT();

  // ---- Fused compare-and-branch -----------------------------------------------------------------
// Branches if the compare (from LINEA_BINARY_OPS, by BinaryOp, interpreter_fused_eval.inc)
// holds (BrIf) or does not (BrUnless). Also expanded for the i64 and f64 compares, in
// interpreter_fused.inc, which #undefs it.
#define FUSED_BRANCH_IF(Label, Name, holds)                                              \
  Label : {                                                                              \
    using T = BinaryOp<Op::k##Name>::Operand;                                            \
    if ((BinaryOp<Op::k##Name>::Eval(Get<T>(SLOT(1)), Get<T>(SLOT(2))) != 0) == holds) { \
      BRANCH_BY_WORD(3);                                                                 \
    } else {                                                                             \
      pc += 4;                                                                           \
    }                                                                                    \
    NEXT();                                                                              \
  }
#define FUSED_BRANCH(Name)                  \
  FUSED_BRANCH_IF(L_BrIf##Name, Name, true) \
  FUSED_BRANCH_IF(L_BrUnless##Name, Name, false)
  LINEA_FUSED_COMPARES(FUSED_BRANCH)

  // ---- Variables --------------------------------------------------------------------------------
L_GlobalGet:
  SLOT(1).bits = c.globals[pc[2]]->slot()->bits;
  pc += 3;
  NEXT();

L_GlobalSet:
  c.globals[pc[1]]->slot()->bits = SLOT(2).bits;
  pc += 3;
  NEXT();

  // ---- Numeric ----------------------------------------------------------------------------------
#define UNARY(Name, opcode, R, A, expr) \
  L_##Name : {                          \
    const A a = Get<A>(SLOT(2));        \
    Put(SLOT(1), static_cast<R>(expr)); \
    pc += 3;                            \
    NEXT();                             \
  }
  LINEA_UNARY_OPS(UNARY)

#define BINARY(Name, opcode, R, A, expr) \
  L_##Name : {                           \
    const A a = Get<A>(SLOT(2));         \
    const A b = Get<A>(SLOT(3));         \
    Put(SLOT(1), static_cast<R>(expr));  \
    pc += 4;                             \
    NEXT();                              \
  }
  LINEA_BINARY_OPS(BINARY)
#undef BINARY

// Branches to the cold trap path with the operands' trap, else computes the value in registers.
#define CHECKED_UNARY(Name, opcode, R, A, trap, expr) \
  L_##Name : {                                        \
    const A a = Get<A>(SLOT(2));                      \
    const TrapKind kind = (trap);                     \
    if (kind != num::kNoTrap) [[unlikely]]            \
      TRAP(kind);                                     \
    Put(SLOT(1), static_cast<R>(expr));               \
    pc += 3;                                          \
    NEXT();                                           \
  }
  LINEA_CHECKED_UNARY_OPS(CHECKED_UNARY)
#undef CHECKED_UNARY

// Branches to the cold trap path with the operands' trap, else computes the value in registers.
#define CHECKED_BINARY(Name, opcode, R, A, trap, expr) \
  L_##Name : {                                         \
    const A a = Get<A>(SLOT(2));                       \
    const A b = Get<A>(SLOT(3));                       \
    const TrapKind kind = (trap);                      \
    if (kind != num::kNoTrap) [[unlikely]]             \
      TRAP(kind);                                      \
    Put(SLOT(1), static_cast<R>(expr));                \
    pc += 4;                                           \
    NEXT();                                            \
  }
  LINEA_CHECKED_BINARY_OPS(CHECKED_BINARY)
#undef CHECKED_BINARY

  // The 0xFC saturating conversions are plain unary ops (expanded here, not above, to keep the
  // handlers' code layout as measured).
  LINEA_SATURATING_OPS(UNARY)
#undef UNARY

  // ---- Memory -----------------------------------------------------------------------------------
  // Explicit bounds checks: the effective address is computed in 64 bits, so i32 address +
  // offset cannot wrap, and compared with the current size (add, compare, never-taken branch).
  // Measured cost (callgrind, instructions executed): +3.7% on an f64 matrix multiply, +6.7%
  // on a byte-wise sieve, against the same interpreter without the checks.
// A load from `address` (an i32) + the offset in word `offset_word`; `words` in all.
#define LOAD_FROM(Label, Mem, Store, address, offset_word, words)         \
  Label : {                                                               \
    const uint64_t ea = static_cast<uint64_t>(address) + pc[offset_word]; \
    if (ea + sizeof(Mem) > mem_size) [[unlikely]]                         \
      TRAP(TrapKind::kMemoryOutOfBounds);                                 \
    Mem v;                                                                \
    std::memcpy(&v, mem_base + ea, sizeof(Mem));                          \
    SLOT(1).bits = static_cast<uint64_t>(static_cast<Store>(v));          \
    pc += (words);                                                        \
    NEXT();                                                               \
  }
#define LOAD(Name, opcode, R, Mem, Store, align) \
  LOAD_FROM(L_##Name, Mem, Store, Get<uint32_t>(SLOT(2)), 3, 4)
  LINEA_LOAD_OPS(LOAD)
#undef LOAD

#define STORE_TO(Label, Mem, address, value_word, offset_word, words)     \
  Label : {                                                               \
    const uint64_t ea = static_cast<uint64_t>(address) + pc[offset_word]; \
    if (ea + sizeof(Mem) > mem_size) [[unlikely]]                         \
      TRAP(TrapKind::kMemoryOutOfBounds);                                 \
    const Mem v = static_cast<Mem>(SLOT(value_word).bits);                \
    std::memcpy(mem_base + ea, &v, sizeof(Mem));                          \
    pc += (words);                                                        \
    NEXT();                                                               \
  }
#define STORE(Name, opcode, A, Mem, align) STORE_TO(L_##Name, Mem, Get<uint32_t>(SLOT(1)), 2, 3, 4)
  LINEA_STORE_OPS(STORE)
#undef STORE

  // Superinstructions: the address is the i32 sum of two slots, wrapping as i32.add does.
#define ADDRESS_SUM(a, b) static_cast<uint32_t>(Get<uint32_t>(SLOT(a)) + Get<uint32_t>(SLOT(b)))
#define LOAD_ADD(Name, opcode, R, Mem, Store, align) \
  LOAD_FROM(L_##Name##Add, Mem, Store, ADDRESS_SUM(2, 3), 4, 5)
  LINEA_LOAD_OPS(LOAD_ADD)
#undef LOAD_ADD
#define STORE_ADD(Name, opcode, A, Mem, align) \
  STORE_TO(L_##Name##Add, Mem, ADDRESS_SUM(1, 2), 3, 4, 5)
  LINEA_STORE_OPS(STORE_ADD)
#undef STORE_ADD
#undef ADDRESS_SUM

L_MemorySize:
  Put(SLOT(1), c.memory->pages());
  pc += 2;
  NEXT();

L_MemoryGrow : {
  std::optional<uint32_t> old_pages = c.memory->Grow(Get<uint32_t>(SLOT(2)));
  Put(SLOT(1), old_pages ? *old_pages : 0xffffffffu);
  RELOAD_MEMORY();
  pc += 3;
  NEXT();
}

L_MemoryInit : {
  const uint32_t segment = pc[1];
  const std::vector<uint8_t>& bytes = c.instance->module->data[segment].bytes;
  const uint64_t segment_size = c.instance->data_dropped[segment] ? 0 : bytes.size();
  const uint64_t dst = Get<uint32_t>(SLOT(2));
  const uint64_t src = Get<uint32_t>(SLOT(3));
  const uint64_t n = Get<uint32_t>(SLOT(4));
  if (src + n > segment_size || dst + n > mem_size) TRAP(TrapKind::kMemoryOutOfBounds);
  if (n != 0) std::memcpy(mem_base + dst, bytes.data() + src, n);
  pc += 5;
  NEXT();
}

L_DataDrop:
  c.instance->data_dropped[pc[1]] = true;
  pc += 2;
  NEXT();

L_MemoryCopy : {
  const uint64_t dst = Get<uint32_t>(SLOT(1));
  const uint64_t src = Get<uint32_t>(SLOT(2));
  const uint64_t n = Get<uint32_t>(SLOT(3));
  if (src + n > mem_size || dst + n > mem_size) TRAP(TrapKind::kMemoryOutOfBounds);
  if (n != 0) std::memmove(mem_base + dst, mem_base + src, n);
  pc += 4;
  NEXT();
}

L_MemoryFill : {
  const uint64_t dst = Get<uint32_t>(SLOT(1));
  const uint8_t value = static_cast<uint8_t>(Get<uint32_t>(SLOT(2)));
  const uint64_t n = Get<uint32_t>(SLOT(3));
  if (dst + n > mem_size) TRAP(TrapKind::kMemoryOutOfBounds);
  if (n != 0) std::memset(mem_base + dst, value, n);
  pc += 4;
  NEXT();
}

  // ---- Tables and references --------------------------------------------------------------------
L_TableGet : {
  Table* table = c.instance->tables[pc[2]].get();
  const uint64_t index = Get<uint64_t>(SLOT(3));
  if (index >= table->size()) TRAP(TrapKind::kTableOutOfBounds);
  SLOT(1).ref = table->Get(index);
  pc += 4;
  NEXT();
}

L_TableSet : {
  Table* table = c.instance->tables[pc[1]].get();
  const uint64_t index = Get<uint64_t>(SLOT(2));
  if (index >= table->size()) TRAP(TrapKind::kTableOutOfBounds);
  table->Set(index, SLOT(3).ref);
  pc += 4;
  NEXT();
}

L_TableSize:
  Put(SLOT(1), c.instance->tables[pc[2]]->size());
  pc += 3;
  NEXT();

L_TableGrow : {
  Table* table = c.instance->tables[pc[2]].get();
  const uint64_t delta = Get<uint64_t>(SLOT(4));  // i64 for table64.
  std::optional<uint32_t> old_size;
  if (delta <= 0xffffffffu) old_size = table->Grow(static_cast<uint32_t>(delta), SLOT(3).ref);
  // Failure is -1 in the table's index type.
  SLOT(1).bits = old_size ? *old_size : table->type().address64 ? ~uint64_t{0} : 0xffffffffu;
  pc += 5;
  NEXT();
}

L_TableFill : {
  std::vector<void*>& elements = c.instance->tables[pc[1]]->elements();
  const uint64_t index = Get<uint64_t>(SLOT(2));
  void* const value = SLOT(3).ref;
  const uint64_t n = Get<uint64_t>(SLOT(4));
  if (!RangeInBounds(index, n, elements.size())) TRAP(TrapKind::kTableOutOfBounds);
  std::fill_n(elements.begin() + static_cast<ptrdiff_t>(index), n, value);
  pc += 5;
  NEXT();
}

L_TableCopy : {
  std::vector<void*>& dst_elements = c.instance->tables[pc[1]]->elements();
  std::vector<void*>& src_elements = c.instance->tables[pc[2]]->elements();
  const uint64_t dst = Get<uint64_t>(SLOT(3));
  const uint64_t src = Get<uint64_t>(SLOT(4));
  const uint64_t n = Get<uint64_t>(SLOT(5));
  if (!RangeInBounds(src, n, src_elements.size()) || !RangeInBounds(dst, n, dst_elements.size())) {
    TRAP(TrapKind::kTableOutOfBounds);
  }
  if (n != 0) std::memmove(&dst_elements[dst], &src_elements[src], n * sizeof(void*));
  pc += 6;
  NEXT();
}

L_TableInit : {
  const std::vector<void*>& segment = c.instance->element_segments[pc[1]];
  std::vector<void*>& elements = c.instance->tables[pc[2]]->elements();
  const uint64_t dst = Get<uint64_t>(SLOT(3));  // i64 for table64.
  const uint64_t src = Get<uint32_t>(SLOT(4));
  const uint64_t n = Get<uint32_t>(SLOT(5));
  if (src + n > segment.size() || !RangeInBounds(dst, n, elements.size())) {
    TRAP(TrapKind::kTableOutOfBounds);
  }
  if (n != 0) std::memcpy(&elements[dst], &segment[src], n * sizeof(void*));
  pc += 6;
  NEXT();
}

L_ElemDrop:
  std::vector<void*>().swap(c.instance->element_segments[pc[1]]);
  pc += 2;
  NEXT();

L_RefFunc:
  SLOT(1).ref = c.instance->functions[pc[2]];
  pc += 3;
  NEXT();

  // ---- SIMD (runtime/interpreter/interpreter_simd.inc)
  // ------------------------------------------------------
#include "runtime/interpreter/interpreter_atomics.inc"
#include "runtime/interpreter/interpreter_exceptions.inc"
#include "runtime/interpreter/interpreter_fused.inc"
#include "runtime/interpreter/interpreter_gc.inc"
#include "runtime/interpreter/interpreter_lazy.inc"
#include "runtime/interpreter/interpreter_memory_at.inc"
#include "runtime/interpreter/interpreter_simd.inc"
#include "runtime/interpreter/interpreter_tail_calls.inc"
#include "runtime/interpreter/interpreter_typed_refs.inc"

#undef NEXT
#undef TRAP
#undef RELOAD_MEMORY
#undef LOAD_INSTANCE
#undef SLOT
#undef POLL_INTERRUPT
#undef BRANCH_BY_WORD
#undef PUSH_FRAME
#undef ENTER_FUNCTION
#undef INIT_COLD_STATE
#undef RETURN_TO_CALLER
#undef LOAD_FROM
#undef STORE_TO
}

namespace {

const int32_t* HandlerOffsets() {
  static const std::array<int32_t, static_cast<size_t>(Op::kCount)> offsets = [] {
    std::array<int32_t, static_cast<size_t>(Op::kCount)> table{};
    const SpecialEntry fill{nullptr, table.data()};
    RunActivation(nullptr, nullptr, nullptr, &fill);
    return table;
  }();
  return offsets.data();
}

}  // namespace

ExecutionState::ExecutionState(const StoreLimits& limits)
    : stack(new Slot[limits.value_stack_slots + Store::kUncheckedCallFrameSlots]),
      frames(new Frame[limits.max_call_depth]) {
  stack_end = stack.get() + limits.value_stack_slots;
  sp = stack.get();
  frames_end = frames.get() + limits.max_call_depth;
  frame_top = frames.get();
}

ExecutionState::~ExecutionState() = default;

Outcome ExecuteResumed(ExecutionState& state, const ResumePoint& resume) {
  const SpecialEntry special{&resume, nullptr};
  if (RunActivation(&state, nullptr, nullptr, &special) == Outcome::Kind::kOk) {
    return Outcome::Ok();
  }
  return std::move(state.failure);
}

uint32_t HandlerWord(Op op) {
  return static_cast<uint32_t>(HandlerOffsets()[static_cast<size_t>(op)]);
}

}  // namespace linea::rt
