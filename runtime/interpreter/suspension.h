// JS Promise Integration (https://github.com/WebAssembly/js-promise-integration): a wasm
// activation suspended in a call to the host. The interpreter keeps every wasm frame on its own
// stacks (ExecutionState), so suspending is moving the activation's frame records and value
// slots off them, and resuming is moving them back on top of whatever runs then (another
// activation may have used the same stack space meanwhile) and continuing after the call.
#ifndef LINEA_RUNTIME_INTERPRETER_SUSPENSION_H_
#define LINEA_RUNTIME_INTERPRETER_SUSPENSION_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "runtime/interpreter/interpreter.h"

namespace linea::rt {

struct Suspension {
  std::vector<Slot> slots;                    // From the activation's first frame up.
  std::vector<ExecutionState::Frame> frames;  // Its sentinel first; the host's caller last.
  const Slot* old_base = nullptr;             // Where slots[0] was: the frames' fp point there.
  size_t args_offset = 0;                     // The host call's arguments, from slots[0].
  const Function* host = nullptr;             // The host function it is suspended in.
  Function* entry = nullptr;                  // The function that started the activation.

  // Calls `visit` with every slot that may hold a reference. Frames carry no types, so all of
  // them: a caller must treat what it is given as a possible reference only (retention).
  void ForEachSlot(const std::function<void(const Slot&)>& visit) const;
};

// Moves the activation whose sentinel record is `sentinel` and first slot `entry_sp` off the
// stacks (its frames end at state.frame_top, its slots at state.sp), with the host call's
// arguments at `args`. Owned by state.suspensions until resumed or discarded.
Suspension* SuspendActivation(ExecutionState& state, ExecutionState::Frame* sentinel,
                              Slot* entry_sp, Slot* args, const Function* host);

// Where the innermost activation's sentinel record lies (its index in state.frames), or
// nullopt when no wasm runs. A host function uses it to tell whether the activation calling it
// was started by the host call it expects (no other activation in between).
std::optional<uint32_t> InnermostActivationStart(const ExecutionState& state);

// Continues `suspension` (which it consumes) as though its host call returned `host_results`
// or, when `exception` is non-null, threw that wasm exception at the call. On kOk the
// activation's results are in `results`, which has one element per result of its entry.
Outcome ResumeActivation(ExecutionState& state, Suspension* suspension,
                         std::span<const Value> host_results, Exception* exception,
                         std::span<Value> results);

// Drops a suspension that will never be resumed (its promise's realm went away).
void DiscardSuspension(ExecutionState& state, Suspension* suspension);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_SUSPENSION_H_
