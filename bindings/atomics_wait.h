// Atomics.wait, Atomics.notify and Atomics.waitAsync (ECMAScript 2024, 25.4.12-25.4.15) over the
// runtime's parking lot (runtime/store/parking_lot.h) instead of V8's own futex emulation. In
// ECMAScript an agent cluster has one WaiterList per location of a shared block, and the threads
// proposal makes memory.atomic.wait/notify use the same lists; with V8's Atomics a JS notify
// would not wake a wasm waiter, nor a wasm notify a JS one (glue such as Emscripten's mixes
// both). Here all four directions meet in the one lot, in every isolate of the process, keyed
// by the host address of the location (a SharedArrayBuffer's bytes, or a shared memory's, are
// the same host bytes in every agent).
//
//   wait:      [[CanBlock]] false (a thread the host did not let block, SetThreadMayBlock) is a
//              TypeError; parks the thread; "ok", "not-equal" or "timed-out". A terminate()
//              (TerminateExecution) ends the wait.
//   waitAsync: {async: false, value: "not-equal" | "timed-out"} at once, or {async: true,
//              value: promise}; the promise settles with "ok" when a notify takes the waiter
//              (the notifying thread posts a task to the waiter's isolate, Embedder::
//              CrossThreadTaskRunner) or "timed-out" from a timer of the waiter's event loop
//              (Embedder::StartTimer, which keeps the loop alive until then).
//   notify:    wakes up to `count` waiters of the location, JS and wasm, oldest first.
#ifndef LINEA_BINDINGS_ATOMICS_WAIT_H_
#define LINEA_BINDINGS_ATOMICS_WAIT_H_

#include <v8.h>

#include "bindings/state.h"

namespace linea::bindings {

// Replaces wait, notify and waitAsync of the context's %Atomics%.
bool InstallAtomicsWait(v8::Local<v8::Context> context, State& state);

// TerminateExecution's part: a JS wait in `isolate` ends now (and any until the clear).
void InterruptAtomicsWaits(v8::Isolate* isolate);
void ClearAtomicsWaitInterrupt(v8::Isolate* isolate);

// Before the isolate is disposed, on its thread: its pending waitAsync waiters leave the lists
// and their timers stop.
void DisposeAtomicsWaits(v8::Isolate* isolate);

}  // namespace linea::bindings

#endif  // LINEA_BINDINGS_ATOMICS_WAIT_H_
