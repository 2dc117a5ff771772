#include "runtime/interpreter/live_frames.h"

#include "runtime/code.h"
#include "runtime/store/instance.h"

namespace linea::rt {

// The frame records hold, for each call in progress, the caller's registers (the interpreter
// also records a caller that is calling the host; see do_call), and a sentinel with no return pc
// at the start of each activation. Walking them from the top down lists the callers innermost
// first; a sentinel closes an activation.
std::vector<Activation> LiveActivations(const ExecutionState& state, size_t max_frames) {
  std::vector<Activation> activations;
  Activation current;
  size_t listed = 0;
  for (const ExecutionState::Frame* fr = state.frame_top; fr != state.frames.get();) {
    const ExecutionState::Frame& f = *--fr;
    if (f.return_pc == nullptr) {
      if (!current.empty()) activations.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (listed == max_frames) break;
    // A saved pc is a return address: the call is the instruction just before it.
    size_t pos = static_cast<size_t>(f.return_pc - f.code->code.data()) - 1;
    current.push_back({f.instance->module.get(), f.code->func_index, f.code->ModuleOffsetAt(pos)});
    ++listed;
  }
  if (!current.empty()) activations.push_back(std::move(current));
  return activations;
}

}  // namespace linea::rt
