// Validation (core spec 3.3.3 "vector instructions") and lowering of the SIMD instructions,
// driven by the table in runtime/simd_tables.h. Every instruction pops its operands, pushes its
// result and emits one internal instruction; immediates are checked as they are read, so errors
// name the instruction's offset like the rest ("... at offset 0x2127: invalid lane index").
#include "runtime/simd_compiler.h"

#include <array>
#include <string>

#include "runtime/simd_tables.h"

namespace linea::rt {
namespace {

using Kind = SimdOpInfo::Kind;

CodeOperand S(uint32_t slot) { return {slot, true}; }
CodeOperand I(uint32_t immediate) { return {immediate, false}; }

bool ReadLane(BodyReader& reader, SimdCompilerHost& host, uint8_t lanes, uint32_t* lane) {
  uint8_t byte = 0;
  if (!reader.ReadByte(&byte)) return false;
  if (byte >= lanes) return host.Fail("invalid lane index " + std::to_string(byte));
  *lane = byte;
  return true;
}

// Pops operands of `types` (the last one first); `slots` gets them in operand order.
template <size_t kCount>
bool PopOperands(SimdCompilerHost& host, const std::array<ValType, kCount>& types,
                 std::array<uint32_t, kCount>* slots) {
  for (size_t i = kCount; i-- > 0;) {
    if (!host.PopValue(types[i], &(*slots)[i])) return false;
  }
  return true;
}

constexpr ValType kV = ValType::kV128;
constexpr ValType kI32 = ValType::kI32;

}  // namespace

bool CompileSimdInstruction(BodyReader& reader, SimdCompilerHost& host) {
  uint32_t sub;
  if (!reader.ReadU32(&sub)) return false;
  if (sub >= kSimdOps.size() || kSimdOps[sub].kind == Kind::kNone) {
    return host.Fail("unknown opcode 0xfd " + std::to_string(sub));
  }
  const SimdOpInfo& info = kSimdOps[sub];
  std::array<uint32_t, 1> one;
  std::array<uint32_t, 2> two;
  std::array<uint32_t, 3> three;
  uint32_t offset = 0, lane = 0;
  switch (info.kind) {
    case Kind::kNone:
      break;
    case Kind::kUnary:
    case Kind::kTest:
      if (!PopOperands(host, {kV}, &one)) return false;
      host.EmitOp(info.op, info.kind == Kind::kTest ? kI32 : kV, {S(one[0])}, false);
      return true;
    case Kind::kBinary:
    case Kind::kShift:
      if (!PopOperands(host, {kV, info.kind == Kind::kShift ? kI32 : kV}, &two)) return false;
      host.EmitOp(info.op, kV, {S(two[0]), S(two[1])}, false);
      return true;
    case Kind::kTernary:
      if (!PopOperands(host, {kV, kV, kV}, &three)) return false;
      host.EmitOp(info.op, kV, {S(three[0]), S(three[1]), S(three[2])}, false);
      return true;
    case Kind::kSplat:
      if (!PopOperands(host, {info.scalar}, &one)) return false;
      host.EmitOp(info.op, kV, {S(one[0])}, false);
      return true;
    case Kind::kExtract:
      if (!ReadLane(reader, host, info.lanes, &lane) || !PopOperands(host, {kV}, &one)) {
        return false;
      }
      host.EmitOp(info.op, info.scalar, {S(one[0]), I(lane)}, false);
      return true;
    case Kind::kReplace:
      if (!ReadLane(reader, host, info.lanes, &lane) ||
          !PopOperands(host, {kV, info.scalar}, &two)) {
        return false;
      }
      host.EmitOp(info.op, kV, {S(two[0]), S(two[1]), I(lane)}, false);
      return true;
    case Kind::kLoad:
      if (!host.ReadMemArg(info.max_align, &offset) || !PopOperands(host, {kI32}, &one)) {
        return false;
      }
      host.EmitOp(info.op, kV, {S(one[0]), I(offset)}, true);
      return true;
    case Kind::kStore:
      if (!host.ReadMemArg(info.max_align, &offset) || !PopOperands(host, {kI32, kV}, &two)) {
        return false;
      }
      host.EmitOp(info.op, std::nullopt, {S(two[0]), S(two[1]), I(offset)}, true);
      return true;
    case Kind::kLoadLane:
    case Kind::kStoreLane: {
      if (!host.ReadMemArg(info.max_align, &offset) || !ReadLane(reader, host, info.lanes, &lane) ||
          !PopOperands(host, {kI32, kV}, &two)) {
        return false;
      }
      const std::optional<ValType> result =
          info.kind == Kind::kLoadLane ? std::optional(kV) : std::nullopt;
      host.EmitOp(info.op, result, {S(two[0]), S(two[1]), I(offset), I(lane)}, true);
      return true;
    }
    case Kind::kConst: {
      uint64_t low = 0, high = 0;
      if (!reader.ReadFixed(8, &low) || !reader.ReadFixed(8, &high)) return false;
      host.PushConst128(low, high);
      return true;
    }
    case Kind::kShuffle: {
      std::array<uint32_t, 4> words{};
      for (uint32_t i = 0; i < 16; ++i) {
        if (!ReadLane(reader, host, info.lanes, &lane)) return false;
        words[i / 4] |= lane << (8 * (i % 4));
      }
      if (!PopOperands(host, {kV, kV}, &two)) return false;
      host.EmitOp(info.op, kV,
                  {S(two[0]), S(two[1]), I(words[0]), I(words[1]), I(words[2]), I(words[3])},
                  false);
      return true;
    }
  }
  return host.Fail("unknown opcode 0xfd " + std::to_string(sub));
}

}  // namespace linea::rt
