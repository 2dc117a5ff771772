// The wasm frames that are live right now, for a host that wants to show them while it runs
// (a JS import called from wasm building an Error.stack). Every activation (a host's call into
// wasm) that is suspended in a call to the host is listed, innermost first, each with its
// frames innermost first, as trap traces list them.
#ifndef LINEA_RUNTIME_INTERPRETER_LIVE_FRAMES_H_
#define LINEA_RUNTIME_INTERPRETER_LIVE_FRAMES_H_

#include <cstddef>
#include <vector>

#include "runtime/interpreter/interpreter.h"
#include "runtime/interpreter/trap.h"

namespace linea::rt {

using Activation = std::vector<TraceFrame>;

// At most `max_frames` frames in all (the innermost ones).
std::vector<Activation> LiveActivations(const ExecutionState& state, size_t max_frames);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_LIVE_FRAMES_H_
