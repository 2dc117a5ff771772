// Validation (threads proposal: atomic memory instructions) and lowering of the atomic
// instructions, driven by the table in runtime/compile/atomic_tables.h. Each pops its address
// and operands, pushes its result and emits one internal instruction naming its memory
// (runtime/atomic_code.h). Atomics are valid on any memory, shared or not; waiting on a
// non-shared one traps at run time.
#include "runtime/compile/atomic_compiler.h"

#include <array>
#include <string>

#include "runtime/compile/atomic_tables.h"

namespace linea::rt {
namespace {

using Kind = AtomicOpInfo::Kind;

CodeOperand S(uint32_t slot) { return {slot, true}; }
CodeOperand I(uint32_t immediate) { return {immediate, false}; }

// Pops operands of `types` (the last one first); `slots` gets them in operand order.
template <size_t kCount>
bool PopOperands(SimdCompilerHost& host, const std::array<ValType, kCount>& types,
                 std::array<uint32_t, kCount>* slots) {
  for (size_t i = kCount; i-- > 0;) {
    if (!host.PopValue(types[i], &(*slots)[i])) return false;
  }
  return true;
}

}  // namespace

bool CompileAtomicInstruction(BodyReader& reader, SimdCompilerHost& host) {
  uint32_t sub;
  if (!reader.ReadU32(&sub)) return false;
  if (sub >= kAtomicOps.size() || kAtomicOps[sub].kind == Kind::kNone) {
    return host.Fail("unknown opcode 0xfe " + std::to_string(sub));
  }
  const AtomicOpInfo& info = kAtomicOps[sub];
  if (info.kind == Kind::kFence) {
    uint8_t reserved = 0;
    if (!reader.ReadByte(&reserved)) return false;
    if (reserved != 0) return host.Fail("zero byte expected");
    host.EmitOp(info.op, std::nullopt, {}, false);
    return true;
  }
  SimdMemArg arg;
  if (!host.ReadMemArg(info.align, &arg)) return false;
  if (arg.align != info.align) return host.Fail("atomic alignment must be natural");
  const CodeOperand lo = I(static_cast<uint32_t>(arg.offset));
  const CodeOperand hi = I(static_cast<uint32_t>(arg.offset >> 32));
  const CodeOperand memory = I(arg.memory);
  const ValType address = arg.address_type;
  const ValType t = info.type;
  std::array<uint32_t, 1> one;
  std::array<uint32_t, 2> two;
  std::array<uint32_t, 3> three;
  switch (info.kind) {
    case Kind::kLoad:
      if (!PopOperands(host, std::array{address}, &one)) return false;
      host.EmitOp(info.op, t, {S(one[0]), lo, hi, memory}, true);
      return true;
    case Kind::kStore:
      if (!PopOperands(host, std::array{address, t}, &two)) return false;
      host.EmitOp(info.op, std::nullopt, {S(two[0]), S(two[1]), lo, hi, memory}, true);
      return true;
    case Kind::kRmw:
      if (!PopOperands(host, std::array{address, t}, &two)) return false;
      host.EmitOp(info.op, t, {S(two[0]), S(two[1]), lo, hi, memory}, true);
      return true;
    case Kind::kNotify:
      if (!PopOperands(host, std::array{address, ValType::kI32}, &two)) return false;
      host.EmitOp(info.op, ValType::kI32, {S(two[0]), S(two[1]), lo, hi, memory}, true);
      return true;
    case Kind::kCmpxchg:
    case Kind::kWait: {
      const ValType third = info.kind == Kind::kWait ? ValType::kI64 : t;
      if (!PopOperands(host, std::array{address, t, third}, &three)) return false;
      const ValType result = info.kind == Kind::kWait ? ValType::kI32 : t;
      host.EmitOp(info.op, result, {S(three[0]), S(three[1]), S(three[2]), lo, hi, memory}, true);
      return true;
    }
    case Kind::kNone:
    case Kind::kFence:
      break;
  }
  return host.Fail("unknown opcode 0xfe " + std::to_string(sub));
}

}  // namespace linea::rt
