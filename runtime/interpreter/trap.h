// Traps (core spec 4.4.1) as values handed back to the host, never signals.
#ifndef LINEA_RUNTIME_INTERPRETER_TRAP_H_
#define LINEA_RUNTIME_INTERPRETER_TRAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace linea::rt {

struct Module;

enum class TrapKind : uint8_t {
  kUnreachable,
  kMemoryOutOfBounds,
  kTableOutOfBounds,
  kDivideByZero,
  kIntegerOverflow,
  kInvalidConversion,
  kIndirectCallTypeMismatch,
  kNullFunction,      // call_indirect through a null (or uninitialised) element.
  kUndefinedElement,  // call_indirect index beyond the table.
  kCallStackExhausted,
  kHostTrap,  // A host function asked to trap (message given by the host).
  // The host asked running wasm to stop (Store::RequestInterrupt): not a wasm trap, but
  // unwound like one. The host decides what it means (the bindings: JS termination).
  kInterrupted,
  kNullExceptionReference,  // throw_ref of a null exnref.
  kUnalignedAtomic,         // An atomic access not at a multiple of its size (threads).
  kExpectedSharedMemory,    // memory.atomic.wait on a non-shared memory.
  kWaitNotAllowed,          // memory.atomic.wait on a thread that may not block (parking_lot.h).
  kNullReference,           // ref.as_non_null of null.
  kNullFunctionReference,   // call_ref / return_call_ref of null.
  kNullStructReference,     // struct.get/set of null.
  kNullArrayReference,      // array.* of null.
  kNullI31Reference,        // i31.get_s/u of null.
  kArrayOutOfBounds,        // array.get/set/fill/copy/init out of bounds.
  kCastFailure,             // ref.cast of a value not of the type.
  kOutOfMemory,             // A GC allocation the system could not satisfy.
  // array.new* of more than GcHeap::kMaxObjectBytes: the spec lets an implementation stop a
  // computation that exceeds its limits (appendix "Implementation Limitations", execution).
  kArrayTooLarge,
};

// Spec-test wording, e.g. "integer divide by zero", "out of bounds memory access".
std::string_view TrapMessage(TrapKind kind);

// One wasm frame of a trap's backtrace, innermost first.
struct TraceFrame {
  const Module* module = nullptr;  // Kept alive by the instance that ran it.
  uint32_t func_index = 0;
  uint32_t offset = 0;  // Byte offset in the module of the instruction executing.
};

struct Trap {
  TrapKind kind = TrapKind::kUnreachable;
  std::string message;
  std::vector<TraceFrame> trace;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_INTERPRETER_TRAP_H_
