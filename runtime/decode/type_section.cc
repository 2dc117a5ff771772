#include "runtime/decode/type_section.h"

#include <string>
#include <vector>

#include "runtime/decode/decoder_limits.h"

namespace linea::rt {
namespace {

// Implementation limits, as in V8 (wasm-limits.h).
constexpr uint32_t kMaxStructFields = 10000;
constexpr uint32_t kMaxSubtypingDepth = 63;

FieldType ReadFieldType(BinaryReader& r) {
  FieldType field;
  field.type = r.ReadStorageType();
  const size_t at = r.offset();
  const uint8_t mutability = r.U8();
  if (r.ok() && mutability > 1) r.Fail(at, "malformed mutability");
  field.mutable_ = mutability == 1;
  return field;
}

// comptype (5.3.x): func, struct or array.
void ReadCompositeType(BinaryReader& r, TypeDef* type) {
  const size_t at = r.offset();
  const uint8_t form = r.TypeByte();
  if (!r.ok()) return;
  switch (form) {
    case 0x60: {
      type->kind = CompositeKind::kFunc;
      const uint32_t params = r.Count();
      if (r.ok() && params > kMaxFunctionParams) r.Fail(at, "too many parameters");
      for (uint32_t p = 0; p < params && r.ok(); ++p) type->params.push_back(r.ReadValType());
      const uint32_t results = r.Count();
      if (r.ok() && results > kMaxFunctionResults) r.Fail(at, "too many results");
      for (uint32_t p = 0; p < results && r.ok(); ++p) type->results.push_back(r.ReadValType());
      return;
    }
    case 0x5f: {
      type->kind = CompositeKind::kStruct;
      const uint32_t fields = r.Count();
      if (r.ok() && fields > kMaxStructFields) r.Fail(at, "too many struct fields");
      for (uint32_t f = 0; f < fields && r.ok(); ++f) type->fields.push_back(ReadFieldType(r));
      return;
    }
    case 0x5e:
      type->kind = CompositeKind::kArray;
      type->fields.push_back(ReadFieldType(r));
      return;
    default:
      r.Fail(at, "malformed composite type");
  }
}

// subtype: `sub final? supertypes comptype`, or a bare comptype (final, no supertype).
// `index` is the type's own index: a supertype must come before it.
void ReadSubType(BinaryReader& r, const TypeSpace& space, uint32_t index, TypeDef* type) {
  const std::optional<uint8_t> form = r.PeekU8();
  if (form == 0x50 || form == 0x4f) {
    r.U8();
    type->final = form == 0x4f;
    const uint32_t count = r.Count();
    if (r.ok() && count > 1) r.Fail("invalid subtype: multiple supertypes");
    if (count == 1) {
      const size_t at = r.offset();
      const uint32_t super = r.U32();
      if (!r.ok()) return;
      if (super >= index) {
        r.Fail(at, super < space.rec_end ? "invalid subtype: supertype " + std::to_string(super) +
                                               " does not precede type " + std::to_string(index)
                                         : "unknown type " + std::to_string(super));
        return;
      }
      ValType super_type;
      if (HeapRefType(super, false, space, &super_type)) return r.Fail(at, "unknown type");
      type->super = super_type;
    }
  }
  ReadCompositeType(r, type);
}

bool FieldMatches(const FieldType& sub, const FieldType& super) {
  if (sub.mutable_ != super.mutable_) return false;
  if (sub.mutable_) return sub.type == super.type;
  return IsSubtype(sub.type, super.type);
}

// Core spec 3.2.x: the canonical type `id`'s declared supertype is not final, of the same
// kind and matched structurally. Returns an error message, or empty.
std::string CheckSubtype(uint32_t id) {
  const TypeDef& type = CanonicalType(id);
  if (!type.super) return {};
  const uint32_t super_id = type.super->index();
  const TypeDef& super = CanonicalType(super_id);
  if (super.final) return "sub type " + std::to_string(id) + " has a final supertype";
  if (CanonicalDepth(id) > kMaxSubtypingDepth) return "subtyping depth is greater than allowed";
  if (super.kind != type.kind) return "sub type does not match super type";
  bool ok = true;
  switch (type.kind) {
    case CompositeKind::kFunc:
      ok = type.params.size() == super.params.size() && type.results.size() == super.results.size();
      for (size_t i = 0; ok && i < type.params.size(); ++i) {
        ok = IsSubtype(super.params[i], type.params[i]);
      }
      for (size_t i = 0; ok && i < type.results.size(); ++i) {
        ok = IsSubtype(type.results[i], super.results[i]);
      }
      break;
    case CompositeKind::kStruct:
    case CompositeKind::kArray:
      ok = type.fields.size() >= super.fields.size();
      for (size_t i = 0; ok && i < super.fields.size(); ++i) {
        ok = FieldMatches(type.fields[i], super.fields[i]);
      }
      break;
  }
  return ok ? std::string() : "sub type does not match super type";
}

}  // namespace

void DecodeTypes(BinaryReader& r, Module& m) {
  const uint32_t count = r.Count();
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t at = r.offset();
    uint32_t group_size = 1;
    const bool explicit_group = r.PeekU8() == 0x4e;
    if (explicit_group) {
      r.U8();
      group_size = r.Count();
    }
    const uint32_t first = static_cast<uint32_t>(m.types.size());
    if (!r.ok()) return;
    if (uint64_t{first} + group_size > kMaxTypes) {
      r.Fail(at, "too many types (the implementation limit is " + std::to_string(kMaxTypes) + ")");
      return;
    }
    const TypeSpace space{&m.canonical_type_ids, first, first + group_size};
    r.set_type_space(&space);
    std::vector<TypeDef> group(group_size);
    for (uint32_t k = 0; k < group_size && r.ok(); ++k) {
      ReadSubType(r, space, first + k, &group[k]);
    }
    r.set_type_space(nullptr);
    if (!r.ok()) return;
    const uint32_t base = InternRecGroup(group);
    for (uint32_t k = 0; k < group_size; ++k) {
      m.canonical_type_ids.push_back(base + k);
      m.types.push_back(CanonicalType(base + k));
    }
    for (uint32_t k = 0; k < group_size; ++k) {
      std::string error = CheckSubtype(base + k);
      if (!error.empty()) return r.Fail(at, std::move(error));
    }
  }
}

}  // namespace linea::rt
