#include "runtime/compile/gc_compiler.h"

#include <string>
#include <vector>

namespace linea::rt {
namespace {

CodeOperand S(uint32_t slot) { return {slot, true}; }
CodeOperand I(uint32_t immediate) { return {immediate, false}; }

ValType Unpacked(ValType t) { return t.is_packed() ? ValType::kI32 : t; }

bool Defaultable(ValType t) { return !t.is_ref() || t.nullable(); }

// The get/set op variants by storage size (code.h, LINEA_GC_OPS lists them in this order).
enum class Access : uint8_t { k8, k16, k32, k64, k128 };
Access AccessOf(ValType t) {
  switch (StorageSize(t)) {
    case 1:
      return Access::k8;
    case 2:
      return Access::k16;
    case 4:
      return Access::k32;
    case 16:
      return Access::k128;
    default:
      return Access::k64;
  }
}
Op GetOp(Op first, ValType t, bool is_signed) {
  // Order: 32, 64, V128, 8S, 8U, 16S, 16U.
  static constexpr int kIndex[] = {3, 5, 0, 1, 2};
  int index = kIndex[static_cast<int>(AccessOf(t))];
  if (t.is_packed() && !is_signed) ++index;
  return static_cast<Op>(static_cast<int>(first) + index);
}
Op SetOp(Op first, ValType t) {  // Order: 8, 16, 32, 64, V128.
  return static_cast<Op>(static_cast<int>(first) + static_cast<int>(AccessOf(t)));
}

class GcCompiler {
 public:
  GcCompiler(BodyReader& reader, GcCompilerHost& host)
      : reader_(reader), host_(host), module_(host.module()) {}

  bool Compile(uint32_t sub) {
    switch (sub) {
      case 0:
      case 1:
        return StructNew(sub == 1);
      case 2:
      case 3:
      case 4:
        return StructGet(sub);
      case 5:
        return StructSet();
      case 6:
      case 7:
        return ArrayNew(sub == 7);
      case 8:
        return ArrayNewFixed();
      case 9:
      case 10:
        return ArrayNewSegment(sub == 9);
      case 11:
      case 12:
      case 13:
        return ArrayGet(sub);
      case 14:
        return ArraySet();
      case 15: {
        uint32_t array;
        if (!Pop(ValType::kArrayRef, &array)) return false;
        host_.EmitOp(Op::kArrayLen, ValType::kI32, {S(array)}, true);
        return true;
      }
      case 16:
        return ArrayFill();
      case 17:
        return ArrayCopy();
      case 18:
      case 19:
        return ArrayInitSegment(sub == 18);
      case 20:
      case 21:
      case 22:
      case 23:
        return RefTestOrCast(/*cast=*/sub >= 22, /*nullable=*/sub % 2 == 1);
      case 26:
      case 27:
        return Convert(sub == 26);
      case 28: {
        uint32_t value;
        if (!Pop(ValType::kI32, &value)) return false;
        host_.EmitOp(Op::kRefI31, ValType::Ref(ValType::kI31Code, false), {S(value)}, false);
        return true;
      }
      case 29:
      case 30: {
        uint32_t ref;
        if (!Pop(ValType::kI31Ref, &ref)) return false;
        host_.EmitOp(sub == 29 ? Op::kI31GetS : Op::kI31GetU, ValType::kI32, {S(ref)}, true);
        return true;
      }
      default:
        return host_.Fail("unknown opcode 0xfb " + std::to_string(sub));
    }
  }

 private:
  bool Pop(ValType type, uint32_t* slot) {
    ValType actual;
    return host_.PopOperand(type, slot, &actual);
  }
  const TypeDef& Type(uint32_t index) const { return module_.types[index]; }
  ValType Ref(uint32_t index, bool nullable) const {
    return ValType::Concrete(module_.canonical_type_ids[index], nullable);
  }
  uint32_t Id(uint32_t index) const { return module_.canonical_type_ids[index]; }

  bool StructNew(bool with_default) {
    uint32_t index;
    if (!host_.ReadTypeIndex(CompositeKind::kStruct, &index)) return false;
    const TypeDef& type = Type(index);
    const uint32_t size = CanonicalLayout(Id(index)).size;
    if (with_default) {
      for (const FieldType& field : type.fields) {
        if (!Defaultable(field.type)) return host_.Fail("type mismatch: field is not defaultable");
      }
      host_.EmitOp(Op::kStructNewDefault, Ref(index, false), {I(Id(index)), I(size)}, true);
      return true;
    }
    const uint32_t n = static_cast<uint32_t>(type.fields.size());
    std::vector<ValType> types;
    for (const FieldType& field : type.fields) types.push_back(Unpacked(field.type));
    uint32_t base;
    if (!host_.PopGathered(types, &base)) return false;
    host_.EmitOp(Op::kStructNew, Ref(index, false), {I(Id(index)), I(size), S(base), I(n)}, true);
    return true;
  }

  bool ReadField(uint32_t* index, uint32_t* field) {
    if (!host_.ReadTypeIndex(CompositeKind::kStruct, index) || !reader_.ReadU32(field)) {
      return false;
    }
    if (*field >= Type(*index).fields.size()) {
      return host_.Fail("unknown field " + std::to_string(*field));
    }
    return true;
  }

  bool StructGet(uint32_t sub) {
    uint32_t index, field;
    if (!ReadField(&index, &field)) return false;
    const FieldType& f = Type(index).fields[field];
    if (f.type.is_packed() != (sub != 2)) {
      return host_.Fail(sub == 2 ? "type mismatch: struct.get of a packed field needs _s or _u"
                                 : "type mismatch: struct.get_s/_u of an unpacked field");
    }
    uint32_t ref;
    if (!Pop(Ref(index, true), &ref)) return false;
    host_.EmitOp(GetOp(Op::kStructGet32, f.type, sub == 3), Unpacked(f.type),
                 {S(ref), I(CanonicalLayout(Id(index)).offsets[field])}, true);
    return true;
  }

  bool StructSet() {
    uint32_t index, field;
    if (!ReadField(&index, &field)) return false;
    const FieldType& f = Type(index).fields[field];
    if (!f.mutable_) return host_.Fail("field is immutable");
    uint32_t ref, value;
    if (!Pop(Unpacked(f.type), &value) || !Pop(Ref(index, true), &ref)) return false;
    host_.EmitOp(SetOp(Op::kStructSet8, f.type), std::nullopt,
                 {S(ref), S(value), I(CanonicalLayout(Id(index)).offsets[field])}, true);
    return true;
  }

  bool ReadArray(uint32_t* index) { return host_.ReadTypeIndex(CompositeKind::kArray, index); }
  const FieldType& Element(uint32_t index) const { return Type(index).fields[0]; }

  bool ArrayNew(bool with_default) {
    uint32_t index, length, init = 0;
    if (!ReadArray(&index)) return false;
    const ValType element = Element(index).type;
    if (with_default && !Defaultable(element)) {
      return host_.Fail("type mismatch: array element is not defaultable");
    }
    if (!Pop(ValType::kI32, &length)) return false;
    if (with_default) {
      host_.EmitOp(Op::kArrayNewDefault, Ref(index, false), {I(Id(index)), S(length)}, true);
      return true;
    }
    if (!Pop(Unpacked(element), &init)) return false;
    host_.EmitOp(Op::kArrayNew, Ref(index, false), {I(Id(index)), S(init), S(length)}, true);
    return true;
  }

  bool ArrayNewFixed() {
    uint32_t index, n;
    if (!ReadArray(&index) || !reader_.ReadU32(&n)) return false;
    // V8's limit on array.new_fixed operands.
    if (n > 10000) return host_.Fail("array.new_fixed of too many operands");
    const std::vector<ValType> types(n, Unpacked(Element(index).type));
    uint32_t base;
    if (!host_.PopGathered(types, &base)) return false;
    host_.EmitOp(Op::kArrayNewFixed, Ref(index, false), {I(Id(index)), S(base), I(n)}, true);
    return true;
  }

  // The element type may take a segment's values: numbers and vectors from data, references
  // of a subtype from an element segment.
  bool CheckSegment(bool data, uint32_t segment, ValType element) {
    if (data) {
      if (!host_.CheckDataIndex(segment)) return false;
      if (element.is_ref()) return host_.Fail("type mismatch: array of references from data");
      return true;
    }
    if (!host_.CheckElemIndex(segment)) return false;
    if (!IsSubtype(module_.elements[segment].type, element)) {
      return host_.Fail("type mismatch: element segment does not match the array");
    }
    return true;
  }

  bool ArrayNewSegment(bool data) {
    uint32_t index, segment, offset, length;
    if (!ReadArray(&index) || !reader_.ReadU32(&segment)) return false;
    if (!CheckSegment(data, segment, Element(index).type)) return false;
    if (!Pop(ValType::kI32, &length) || !Pop(ValType::kI32, &offset)) return false;
    host_.EmitOp(data ? Op::kArrayNewData : Op::kArrayNewElem, Ref(index, false),
                 {I(Id(index)), I(segment), S(offset), S(length)}, true);
    return true;
  }

  bool ArrayGet(uint32_t sub) {
    uint32_t index, array, i;
    if (!ReadArray(&index)) return false;
    const ValType element = Element(index).type;
    if (element.is_packed() != (sub != 11)) {
      return host_.Fail("type mismatch: array.get of packed elements needs _s or _u");
    }
    if (!Pop(ValType::kI32, &i) || !Pop(Ref(index, true), &array)) return false;
    host_.EmitOp(GetOp(Op::kArrayGet32, element, sub == 12), Unpacked(element), {S(array), S(i)},
                 true);
    return true;
  }

  bool CheckMutable(uint32_t index) {
    if (!Element(index).mutable_) return host_.Fail("array is immutable");
    return true;
  }

  bool ArraySet() {
    uint32_t index, array, i, value;
    if (!ReadArray(&index) || !CheckMutable(index)) return false;
    const ValType element = Element(index).type;
    if (!Pop(Unpacked(element), &value) || !Pop(ValType::kI32, &i) ||
        !Pop(Ref(index, true), &array)) {
      return false;
    }
    host_.EmitOp(SetOp(Op::kArraySet8, element), std::nullopt, {S(array), S(i), S(value)}, true);
    return true;
  }

  bool ArrayFill() {
    uint32_t index, array, offset, value, n;
    if (!ReadArray(&index) || !CheckMutable(index)) return false;
    if (!Pop(ValType::kI32, &n) || !Pop(Unpacked(Element(index).type), &value) ||
        !Pop(ValType::kI32, &offset) || !Pop(Ref(index, true), &array)) {
      return false;
    }
    host_.EmitOp(Op::kArrayFill, std::nullopt, {S(array), S(offset), S(value), S(n)}, true);
    return true;
  }

  bool ArrayCopy() {
    uint32_t dst_index, src_index, dst, dst_offset, src, src_offset, n;
    if (!ReadArray(&dst_index) || !ReadArray(&src_index) || !CheckMutable(dst_index)) {
      return false;
    }
    const ValType dst_type = Element(dst_index).type, src_type = Element(src_index).type;
    if (!(dst_type == src_type || (!dst_type.is_packed() && IsSubtype(src_type, dst_type)))) {
      return host_.Fail("type mismatch: array.copy between incompatible element types");
    }
    if (!Pop(ValType::kI32, &n) || !Pop(ValType::kI32, &src_offset) ||
        !Pop(Ref(src_index, true), &src) || !Pop(ValType::kI32, &dst_offset) ||
        !Pop(Ref(dst_index, true), &dst)) {
      return false;
    }
    host_.EmitOp(Op::kArrayCopy, std::nullopt, {S(dst), S(dst_offset), S(src), S(src_offset), S(n)},
                 true);
    return true;
  }

  bool ArrayInitSegment(bool data) {
    uint32_t index, segment, array, dst, src, n;
    if (!ReadArray(&index) || !reader_.ReadU32(&segment) || !CheckMutable(index)) return false;
    if (!CheckSegment(data, segment, Element(index).type)) return false;
    if (!Pop(ValType::kI32, &n) || !Pop(ValType::kI32, &src) || !Pop(ValType::kI32, &dst) ||
        !Pop(Ref(index, true), &array)) {
      return false;
    }
    host_.EmitOp(data ? Op::kArrayInitData : Op::kArrayInitElem, std::nullopt,
                 {I(segment), S(array), S(dst), S(src), S(n)}, true);
    return true;
  }

  bool RefTestOrCast(bool cast, bool nullable) {
    ValType target;
    if (!host_.ReadHeapType(nullable, &target)) return false;
    uint32_t ref;
    ValType actual;
    if (!host_.PopOperand(std::nullopt, &ref, &actual)) return false;
    if (!actual.is_bot() && (!actual.is_ref() || TopHeap(actual) != TopHeap(target))) {
      return host_.Fail("type mismatch: " + std::string(cast ? "ref.cast" : "ref.test") + " of " +
                        ValTypeName(actual) + " to " + ValTypeName(target));
    }
    if (cast) {
      host_.EmitOp(Op::kRefCast, target, {S(ref), I(target.raw())}, true);
    } else {
      host_.EmitOp(Op::kRefTest, ValType::kI32, {S(ref), I(target.raw())}, false);
    }
    return true;
  }

  // any.convert_extern (to_any) and extern.convert_any: nullability is kept.
  bool Convert(bool to_any) {
    uint32_t ref;
    ValType actual;
    const ValType from = to_any ? ValType::kExternRef : ValType::kAnyRef;
    if (!host_.PopOperand(from, &ref, &actual)) return false;
    const bool nullable = actual.is_bot() || actual.nullable();
    const ValType result =
        ValType::Ref(to_any ? ValType::kAnyCode : ValType::kExternCode, nullable);
    host_.EmitOp(to_any ? Op::kAnyConvertExtern : Op::kExternConvertAny, result, {S(ref)}, true);
    return true;
  }

  BodyReader& reader_;
  GcCompilerHost& host_;
  const Module& module_;
};

}  // namespace

bool CompileGcInstruction(uint32_t sub, BodyReader& reader, GcCompilerHost& host) {
  return GcCompiler(reader, host).Compile(sub);
}

}  // namespace linea::rt
