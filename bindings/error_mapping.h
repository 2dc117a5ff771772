// How the runtime's failures become JS exceptions (JS API spec "Error Condition Mappings"):
// a trap is a WebAssembly.RuntimeError, call-stack exhaustion a RangeError (as a JS stack
// overflow is), and a JS exception raised by a host function is thrown again unchanged.
#ifndef LINEA_BINDINGS_ERROR_MAPPING_H_
#define LINEA_BINDINGS_ERROR_MAPPING_H_

#include <v8.h>

#include "bindings/state.h"
#include "runtime/interpreter/trap.h"
#include "runtime/store/function.h"

namespace linea::bindings {

// The error object for `trap`. Its `stack` lists the wasm frames of the trap (innermost
// first, "at wasm-function[3]:0x2a" or "at name (wasm-function[3]:0x2a)" with a name-section
// name) followed by the JS frames of the caller.
v8::Local<v8::Object> TrapToError(v8::Local<v8::Context> context, State& state,
                                  const rt::Trap& trap);

// Makes `trap` the pending JS exception, except an interrupt (rt::TrapKind::kInterrupted, see
// TerminateExecution in webassembly.h), which becomes the termination of the running script.
void ThrowTrap(v8::Local<v8::Context> context, State& state, const rt::Trap& trap);

// Makes the failed `outcome` of a call the pending JS exception (as ThrowTrap for a trap).
void ThrowOutcome(v8::Local<v8::Context> context, State& state, const rt::Outcome& outcome);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_ERROR_MAPPING_H_
