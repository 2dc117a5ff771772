// The interpreter: runs CompiledFunction code (runtime/code.h) on a store's stacks.
#ifndef LINEA_RUNTIME_INTERPRETER_INTERPRETER_H_
#define LINEA_RUNTIME_INTERPRETER_INTERPRETER_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "runtime/code.h"
#include "runtime/store/function.h"
#include "runtime/store/gc_heap.h"
#include "runtime/store/store.h"
#include "runtime/store/tag.h"
#include "runtime/value.h"

namespace linea::rt {

// A store's interpreter stacks, both on the heap: the value stack holds every wasm frame's
// slots; the frame stack holds one record per active wasm function (the registers of its
// caller, or, for the first function of an activation, a sentinel with no return pc), so its
// size is the call depth. Nested activations (host -> wasm -> host -> wasm) continue above the
// current top of both, and the depth limit counts all of them.
struct ExecutionState {
  explicit ExecutionState(const StoreLimits& limits);
  ~ExecutionState();
  ExecutionState(const ExecutionState&) = delete;
  ExecutionState& operator=(const ExecutionState&) = delete;

  struct Frame {
    const uint32_t* return_pc;  // nullptr: the activation's first function returns to the host.
    Slot* fp;
    const CompiledFunction* code;
    Instance* instance;
  };

  // Active wasm frames, over all nested activations.
  uint32_t depth() const { return static_cast<uint32_t>(frame_top - frames.get()); }

  std::unique_ptr<Slot[]> stack;  // Uninitialised: pages are committed only when touched.
  Slot* stack_end = nullptr;
  // Where a new activation starts: the first slot of no active frame whenever the host runs (a
  // wasm function's host call sets it past the caller's frame, and puts it back at its
  // activation's entry when the call ends; the interpreter does not move it otherwise).
  Slot* sp = nullptr;

  std::unique_ptr<Frame[]> frames;  // StoreLimits::max_call_depth records.
  Frame* frames_end = nullptr;
  Frame* frame_top = nullptr;  // First free record.

  // Set by Store::RequestInterrupt (any thread, or a signal handler), polled by the interpreter.
  std::atomic<bool> interrupt_requested{false};

  // Every exception thrown in the store: exnrefs point to them, and nothing tracks where those
  // go, so they live as long as the store (until the collector knows about them).
  std::vector<std::unique_ptr<Exception>> exceptions;
  // Exceptions still to be made before the host's next exception collection is due (set by
  // Store::SetExceptionsUntilCollection, counted down by NewException): a host tests it on
  // every call, one compare with zero instead of the vector's size against a threshold.
  ptrdiff_t exceptions_until_collection = PTRDIFF_MAX;

  // Activations suspended in a host call (JSPI, runtime/interpreter/suspension.h), off both
  // stacks until resumed; the store's collectors treat their slots as roots.
  std::vector<std::unique_ptr<struct Suspension>> suspensions;
  // The store's GC objects (made by the store, which reports the roots outside the stack).
  std::unique_ptr<GcHeap> heap;

  // How the last activation that did not end kOk ended (RunActivation returns only the kind,
  // in a register: returning the whole Outcome, ~80 bytes, through memory cost every call ~20
  // instructions of zeroing and destructor checks). Taken (moved out) by whoever started the
  // activation before anything else runs on these stacks.
  Outcome failure;
};

// How many stores have interrupt_requested set, in the whole process. The interpreter's poll
// reads only this (one compare with memory) and the store's own flag only when it is non-zero.
// (Hidden: read PC-relative, not through the GOT.)
__attribute__((visibility("hidden"))) inline std::atomic<uint32_t> stores_with_interrupt{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<uint32_t>::is_always_lock_free,
              "RequestInterrupt must be safe in a signal handler");

// Where a suspended activation, moved back on the stacks (suspension.h), continues: its
// sentinel record, its first slot, and the wasm exception its host call threw (null: the call
// returned, its results already in place).
struct ResumePoint {
  ExecutionState::Frame* sentinel;
  Slot* entry_sp;
  Exception* exception;
};
Outcome ExecuteResumed(ExecutionState& state, const ResumePoint& resume);

// RunActivation's entries other than a call, both rare: resuming a suspended activation
// (`resume`; RunActivation's `entry` and `fp` are then unused), or only filling
// `handler_offsets` with every handler's offset from the dispatch base (labels exist only inside
// RunActivation). One pointer, null for a call, so a call's path tests it once.
struct SpecialEntry {
  const ResumePoint* resume;
  int32_t* handler_offsets;
};

// The interpreter (interpreter.cc); callers use Execute, ExecuteInPlace or ExecuteResumed.
// Returns how the activation ended; anything but kOk leaves its Outcome in state->failure.
Outcome::Kind RunActivation(ExecutionState* state, Function* entry, Slot* fp,
                            const SpecialEntry* special);

// Runs wasm function `callee` (not a host function) whose arguments are in fp[0..params).
// On kOk its results are in fp[0..results); any other kind's Outcome is in state.failure, for
// the caller to take at once. `fp` must be state.sp or above. Inline: an out-of-line wrapper
// cost ~6 instructions per JS-to-wasm call.
inline Outcome::Kind ExecuteInPlace(ExecutionState& state, Function* callee, Slot* fp) {
  return RunActivation(&state, callee, fp, nullptr);
}

// ExecuteInPlace, returning the whole Outcome.
inline Outcome Execute(ExecutionState& state, Function* callee, Slot* fp) {
  if (ExecuteInPlace(state, callee, fp) == Outcome::Kind::kOk) [[likely]]
    return Outcome::Ok();
  return std::move(state.failure);
}

// The first code word of an instruction: its handler's offset from the dispatch base.
uint32_t HandlerWord(Op op);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_INTERPRETER_H_
