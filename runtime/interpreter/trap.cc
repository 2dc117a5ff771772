#include "runtime/interpreter/trap.h"

namespace linea::rt {

// The wording of the spec tests' assert_trap / assert_exhaustion messages.
std::string_view TrapMessage(TrapKind kind) {
  switch (kind) {
    case TrapKind::kUnreachable:
      return "unreachable";
    case TrapKind::kMemoryOutOfBounds:
      return "out of bounds memory access";
    case TrapKind::kTableOutOfBounds:
      return "out of bounds table access";
    case TrapKind::kDivideByZero:
      return "integer divide by zero";
    case TrapKind::kIntegerOverflow:
      return "integer overflow";
    case TrapKind::kInvalidConversion:
      return "invalid conversion to integer";
    case TrapKind::kIndirectCallTypeMismatch:
      return "indirect call type mismatch";
    case TrapKind::kNullFunction:
      return "uninitialized element";
    case TrapKind::kUndefinedElement:
      return "undefined element";
    case TrapKind::kCallStackExhausted:
      return "call stack exhausted";
    case TrapKind::kHostTrap:
      return "trap in host function";
    case TrapKind::kInterrupted:
      return "interrupted";
    case TrapKind::kNullExceptionReference:
      return "null exception reference";
    case TrapKind::kUnalignedAtomic:
      return "unaligned atomic";
    case TrapKind::kExpectedSharedMemory:
      return "expected shared memory";
    case TrapKind::kWaitNotAllowed:
      // V8's wording (browsers forbid blocking on the main thread).
      return "Atomics.wait cannot be called in this context";
    case TrapKind::kNullReference:
      return "null reference";
    case TrapKind::kNullFunctionReference:
      return "null function reference";
    case TrapKind::kNullStructReference:
      return "null structure reference";
    case TrapKind::kNullArrayReference:
      return "null array reference";
    case TrapKind::kNullI31Reference:
      return "null i31 reference";
    case TrapKind::kArrayOutOfBounds:
      return "out of bounds array access";
    case TrapKind::kCastFailure:
      return "cast failure";
    case TrapKind::kOutOfMemory:
      return "out of memory: allocation failed";
    case TrapKind::kArrayTooLarge:
      return "requested new array is too large";  // V8's wording.
  }
  return "trap";
}

}  // namespace linea::rt
