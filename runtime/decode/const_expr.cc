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
      {0x0b, 0x15},  // end br br_if br_table return call(_indirect) return_call(_indirect/_ref)
      {0x1a, 0x1c},  // drop select select t
      {0x20, 0x26},  // local.* global.* table.get table.set
      {0x28, 0xc4},  // loads, stores, memory.size/grow, constants, numeric, sign extension
      {0xd0, 0xd6},  // ref.null ref.is_null ref.func ref.eq ref.as_non_null br_on_(non_)null
      {0xfb, 0xfb},  // GC prefix
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

// Pops operands of `types` (the last on top), checking them.
bool PopOperands(BinaryReader& reader, size_t at, std::vector<ValType>& stack,
                 const std::vector<ValType>& types) {
  if (stack.size() < types.size()) {
    reader.Fail(at, "type mismatch: missing operands");
    return false;
  }
  for (size_t i = 0; i < types.size(); ++i) {
    const ValType got = stack[stack.size() - types.size() + i];
    if (!IsSubtype(got, types[i])) {
      reader.Fail(at,
                  "type mismatch: expected " + ValTypeName(types[i]) + ", got " + ValTypeName(got));
      return false;
    }
  }
  stack.resize(stack.size() - types.size());
  return true;
}

ValType Unpacked(ValType t) { return t.is_packed() ? ValType::kI32 : t; }

// The GC instructions 3.0 allows in constant expressions (0xfb `sub`).
bool DecodeGcConst(BinaryReader& reader, const Module& module, size_t at, uint32_t sub,
                   std::vector<ValType>& stack, ConstExpr* e) {
  auto read_type = [&](CompositeKind kind, uint32_t* index) {
    *index = reader.U32();
    if (!reader.ok()) return false;
    if (*index >= module.types.size()) {
      reader.Fail(at, "unknown type " + std::to_string(*index));
      return false;
    }
    if (module.types[*index].kind != kind) {
      reader.Fail(at, "type mismatch: type " + std::to_string(*index) + " has the wrong kind");
      return false;
    }
    return true;
  };
  uint32_t index = 0;
  std::vector<ValType> operands;
  switch (sub) {
    case 0:
    case 1:
      if (!read_type(CompositeKind::kStruct, &index)) return false;
      for (const FieldType& f : module.types[index].fields) {
        if (sub == 1 && f.type.is_ref() && !f.type.nullable()) {
          reader.Fail(at, "type mismatch: field is not defaultable");
          return false;
        }
        operands.push_back(Unpacked(f.type));
      }
      if (sub == 1) operands.clear();
      *e = {sub == 0 ? ConstExpr::Op::kStructNew : ConstExpr::Op::kStructNewDefault,
            {},
            0,
            index,
            0,
            {}};
      break;
    case 6:
    case 7:
    case 8: {
      if (!read_type(CompositeKind::kArray, &index)) return false;
      const ValType element = Unpacked(module.types[index].fields[0].type);
      uint32_t n = 0;
      if (sub == 6) operands = {element, ValType::kI32};
      if (sub == 7) {
        if (element.is_ref() && !element.nullable()) {
          reader.Fail(at, "type mismatch: array element is not defaultable");
          return false;
        }
        operands = {ValType::kI32};
      }
      if (sub == 8) {
        n = reader.U32();
        if (!reader.ok()) return false;
        if (n > 10000) {
          reader.Fail(at, "array.new_fixed of too many operands");
          return false;
        }
        operands.assign(n, element);
      }
      static constexpr ConstExpr::Op kOps[] = {
          ConstExpr::Op::kArrayNew, ConstExpr::Op::kArrayNewDefault, ConstExpr::Op::kArrayNewFixed};
      *e = {kOps[sub - 6], {}, n, index, 0, {}};
      break;
    }
    case 28:
      operands = {ValType::kI32};
      *e = {ConstExpr::Op::kRefI31, ValType::Ref(ValType::kI31Code, false), 0, 0, 0, {}};
      break;
    case 26:
    case 27: {
      const bool to_any = sub == 26;
      operands = {to_any ? ValType::kExternRef : ValType::kAnyRef};
      const bool nullable = stack.empty() || stack.back().nullable();
      *e = {to_any ? ConstExpr::Op::kAnyConvertExtern : ConstExpr::Op::kExternConvertAny,
            ValType::Ref(to_any ? ValType::kAnyCode : ValType::kExternCode, nullable),
            0,
            0,
            0,
            {}};
      break;
    }
    default:
      reader.Fail(at, "constant expression required");
      return false;
  }
  if (!PopOperands(reader, at, stack, operands)) return false;
  if (e->op != ConstExpr::Op::kRefI31 && e->op != ConstExpr::Op::kAnyConvertExtern &&
      e->op != ConstExpr::Op::kExternConvertAny) {
    e->type = ValType::Concrete(module.canonical_type_ids[index], false);
  }
  return true;
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
        if (stack.empty() || !IsSubtype(stack.back(), binary->type)) {
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
      case 0xfb: {
        const uint32_t sub = reader.U32();
        if (!reader.ok()) break;
        if (!DecodeGcConst(reader, module, at, sub, stack, &e)) break;
        code.push_back(e);
        stack.push_back(e.type);
        continue;
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
