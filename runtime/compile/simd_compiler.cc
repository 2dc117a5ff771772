// Validation (core spec 3.3.3 "vector instructions") and lowering of the SIMD instructions,
// driven by the table in runtime/compile/simd_tables.h. Every instruction pops its operands, pushes
// its result and emits one internal instruction; immediates are checked as they are read, so errors
// name the instruction's offset like the rest ("... at offset 0x2127: invalid lane index").
#include "runtime/compile/simd_compiler.h"

#include <array>
#include <string>

#include "runtime/compile/simd_tables.h"

namespace linea::rt {
namespace {

using Kind = SimdOpInfo::Kind;

using prefix_compiler::I;
using prefix_compiler::PopOperands;
using prefix_compiler::S;

bool ReadLane(BodyReader& reader, SimdCompilerHost& host, uint8_t lanes, uint32_t* lane) {
  uint8_t byte = 0;
  if (!reader.ReadByte(&byte)) return false;
  if (byte >= lanes) return host.Fail("invalid lane index " + std::to_string(byte));
  *lane = byte;
  return true;
}

constexpr ValType kV = ValType::kV128;
constexpr ValType kI32 = ValType::kI32;

// The *At op serving `op` on any memory.
Op MemoryOpAt(Op op) {
  switch (op) {
#define LINEA_SIMD_AT_CASE(Name, ...) \
  case Op::k##Name:                   \
    return Op::k##Name##At;
    LINEA_SIMD_LOAD_OPS(LINEA_SIMD_AT_CASE)
    LINEA_SIMD_LOAD_LANE_OPS(LINEA_SIMD_AT_CASE)
    LINEA_SIMD_STORE_LANE_OPS(LINEA_SIMD_AT_CASE)
#undef LINEA_SIMD_AT_CASE
    case Op::kV128Store:
      return Op::kV128StoreAt;
    default:
      return op;
  }
}

// Loads and stores: memory 0 with i32 addresses gets the ops whose memory lives in registers
// (the offset one word); any other memory, or an i64-addressed one, the *At ops (the offset two
// words, the memory's index last: simd_code.h).
bool CompileMemoryAccess(BodyReader& reader, SimdCompilerHost& host, const SimdOpInfo& info) {
  SimdMemArg arg;
  uint32_t lane = 0;
  const bool has_lane = info.kind == Kind::kLoadLane || info.kind == Kind::kStoreLane;
  if (!host.ReadMemArg(info.max_align, &arg) ||
      (has_lane && !ReadLane(reader, host, info.lanes, &lane))) {
    return false;
  }
  const CodeOperand lo = I(static_cast<uint32_t>(arg.offset));
  const CodeOperand hi = I(static_cast<uint32_t>(arg.offset >> 32));
  const CodeOperand memory = I(arg.memory);
  const Op op = arg.fast ? info.op : MemoryOpAt(info.op);
  if (info.kind == Kind::kLoad) {
    std::array<uint32_t, 1> one;
    if (!PopOperands(host, std::array{arg.address_type}, &one)) return false;
    if (arg.fast) {
      host.EmitOp(op, kV, {S(one[0]), lo}, true);
    } else {
      host.EmitOp(op, kV, {S(one[0]), lo, hi, memory}, true);
    }
    return true;
  }
  std::array<uint32_t, 2> two;
  if (!PopOperands(host, std::array{arg.address_type, kV}, &two)) return false;
  const std::optional<ValType> result =
      info.kind == Kind::kLoadLane ? std::optional(kV) : std::nullopt;
  if (!has_lane) {  // v128.store
    if (arg.fast) {
      host.EmitOp(op, result, {S(two[0]), S(two[1]), lo}, true);
    } else {
      host.EmitOp(op, result, {S(two[0]), S(two[1]), lo, hi, memory}, true);
    }
  } else if (arg.fast) {
    host.EmitOp(op, result, {S(two[0]), S(two[1]), lo, I(lane)}, true);
  } else {
    host.EmitOp(op, result, {S(two[0]), S(two[1]), lo, hi, I(lane), memory}, true);
  }
  return true;
}

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
  uint32_t lane = 0;
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
    case Kind::kStore:
    case Kind::kLoadLane:
    case Kind::kStoreLane:
      return CompileMemoryAccess(reader, host, info);
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
