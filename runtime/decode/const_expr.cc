#include "runtime/decode/const_expr.h"

#include <cstdio>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace linea::rt {

namespace {

// First bytes of the WebAssembly 2.0 instructions. Only some are constant, but the rest must
// be told apart from bytes that are no instruction at all: an instruction that is merely
// not constant makes the module invalid ("constant expression required"), a byte that is
// no opcode makes it malformed ("illegal opcode").
bool IsOpcode(uint8_t byte) {
  struct Range {
    uint8_t first, last;
  };
  static constexpr Range kRanges[] = {
      {0x00, 0x05},  // unreachable nop block loop if else
      {0x0b, 0x13},  // end br br_if br_table return call call_indirect return_call(_indirect)
      {0x1a, 0x1c},  // drop select select t
      {0x20, 0x26},  // local.* global.* table.get table.set
      {0x28, 0xc4},  // loads, stores, memory.size/grow, constants, numeric, sign extension
      {0xd0, 0xd2},  // ref.null ref.is_null ref.func
      {0xfc, 0xfd},  // prefixes: saturating truncation and bulk memory/table; SIMD
  };
  for (const Range& r : kRanges) {
    if (byte >= r.first && byte <= r.last) return true;
  }
  return false;
}

// The arithmetic that 3.0 allows in constant expressions.
struct BinaryOp {
  uint8_t opcode;
  ConstExpr::Op op;
  ValType type;
  std::string_view name;
};
constexpr BinaryOp kBinaryOps[] = {
    {0x6a, ConstExpr::Op::kI32Add, ValType::kI32, "i32.add"},
    {0x6b, ConstExpr::Op::kI32Sub, ValType::kI32, "i32.sub"},
    {0x6c, ConstExpr::Op::kI32Mul, ValType::kI32, "i32.mul"},
    {0x7c, ConstExpr::Op::kI64Add, ValType::kI64, "i64.add"},
    {0x7d, ConstExpr::Op::kI64Sub, ValType::kI64, "i64.sub"},
    {0x7e, ConstExpr::Op::kI64Mul, ValType::kI64, "i64.mul"},
};

const BinaryOp* FindBinaryOp(uint8_t opcode) {
  for (const BinaryOp& op : kBinaryOps) {
    if (op.opcode == opcode) return &op;
  }
  return nullptr;
}

}  // namespace

ValType ReadHeapRefType(BinaryReader& reader, const Module& module, bool nullable) {
  const size_t at = reader.offset();
  const int64_t heap = reader.S33();
  ValType type = ValType::kFuncRef;
  if (!reader.ok()) return type;
  const TypeSpace space{&module.canonical_type_ids, 0, 0};
  if (std::optional<std::string> error = HeapRefType(heap, nullable, space, &type)) {
    reader.Fail(at, *error);
  }
  return type;
}

ConstExpr DecodeConstExpr(BinaryReader& reader, const Module& module, ValType expected) {
  std::vector<ConstExpr> code;  // The instructions so far, in order.
  std::vector<ValType> stack;   // Types of the values they leave.
  const size_t start = reader.offset();
  while (reader.ok()) {
    const size_t at = reader.offset();
    const uint8_t opcode = reader.U8();
    if (!reader.ok()) break;
    if (opcode == 0x0b) {  // end
      if (stack.size() != 1 || !IsSubtype(stack[0], expected)) {
        std::string got;
        for (ValType t : stack) got += (got.empty() ? "" : " ") + std::string(ValTypeName(t));
        reader.Fail(start, "type mismatch: constant expression must produce [" +
                               std::string(ValTypeName(expected)) + "], got [" + got + "]");
        return {};
      }
      ConstExpr result = std::move(code.back());
      code.pop_back();
      result.prefix = std::move(code);
      return result;
    }
    ConstExpr e;
    if (const BinaryOp* binary = FindBinaryOp(opcode)) {
      // Extended constant expressions (3.0): i32/i64 add, sub, mul on the two top values.
      for (int i = 0; i < 2 && reader.ok(); ++i) {
        if (stack.empty() || stack.back() != binary->type) {
          reader.Fail(at, "type mismatch: " + std::string(binary->name) + " expects two " +
                              std::string(ValTypeName(binary->type)) + " operands");
        } else {
          stack.pop_back();
        }
      }
      e = {binary->op, binary->type, 0, 0, 0, {}};
      if (!reader.ok()) break;
      code.push_back(e);
      stack.push_back(e.type);
      continue;
    }
    switch (opcode) {
      case 0x41:  // i32.const
        e = {
            ConstExpr::Op::kI32Const, ValType::kI32, static_cast<uint32_t>(reader.S32()), 0, 0, {}};
        break;
      case 0x42:  // i64.const
        e = {
            ConstExpr::Op::kI64Const, ValType::kI64, static_cast<uint64_t>(reader.S64()), 0, 0, {}};
        break;
      case 0x43:  // f32.const
        e = {ConstExpr::Op::kF32Const, ValType::kF32, reader.F32Bits(), 0, 0, {}};
        break;
      case 0x44:  // f64.const
        e = {ConstExpr::Op::kF64Const, ValType::kF64, reader.F64Bits(), 0, 0, {}};
        break;
      case 0xd0:  // ref.null ht
        e = {ConstExpr::Op::kRefNull, ReadHeapRefType(reader, module, true), 0, 0, 0, {}};
        break;
      case 0xd2: {  // ref.func x
        const uint32_t index = reader.U32();
        if (reader.ok() && index >= module.func_type_indices.size()) {
          reader.Fail(at, "unknown function " + std::to_string(index));
        }
        if (!reader.ok()) break;
        e = {ConstExpr::Op::kRefFunc, module.func_ref_type(index), 0, index, 0, {}};
        break;
      }
      case 0x23: {  // global.get x
        const uint32_t index = reader.U32();
        if (!reader.ok()) break;
        // 3.0: any immutable global decoded so far (imports, and in a global initialiser
        // the globals defined before it; segments see them all).
        if (index >= module.globals.size()) {
          reader.Fail(at, "unknown global " + std::to_string(index));
          break;
        }
        if (module.globals[index].mutable_) {
          reader.Fail(at, "constant expression required: global.get of mutable global " +
                              std::to_string(index));
          break;
        }
        e = {ConstExpr::Op::kGlobalGet, module.globals[index].type, 0, index, 0, {}};
        break;
      }
      case 0xfd: {
        // Of the SIMD instructions only v128.const (sub-opcode 12) is constant.
        if (reader.U32() != 12) {
          if (reader.ok()) reader.Fail(at, "constant expression required");
          break;
        }
        const std::span<const uint8_t> bytes = reader.Bytes(16);
        if (!reader.ok()) break;
        e = {ConstExpr::Op::kV128Const, ValType::kV128, 0, 0, 0, {}};
        std::memcpy(&e.bits, bytes.data(), 8);
        std::memcpy(&e.high, bytes.data() + 8, 8);
        break;
      }
      default:
        if (IsOpcode(opcode)) {
          reader.Fail(at, "constant expression required");
        } else {
          char hex[8];
          std::snprintf(hex, sizeof hex, "0x%02x", opcode);
          reader.Fail(at, std::string("illegal opcode ") + hex);
        }
        break;
    }
    if (!reader.ok()) break;
    code.push_back(e);
    stack.push_back(e.type);
  }
  return {};
}

}  // namespace linea::rt
