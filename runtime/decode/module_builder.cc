#include "runtime/decode/module_builder.h"

#include <algorithm>
#include <utility>

#include "runtime/code.h"
#include "runtime/compile/compiler.h"
#include "runtime/decode/const_expr.h"
#include "runtime/decode/decoder_limits.h"
#include "runtime/decode/name_section.h"
#include "runtime/decode/type_section.h"

namespace linea::rt {

namespace {

constexpr std::string_view kSectionNames[] = {
    "custom", "type",  "import",  "function", "table", "memory",     "global",
    "export", "start", "element", "code",     "data",  "data count", "tag",
};

// Position of each known section id in the order the binary format prescribes (core spec
// 5.5.2): the data count section (12) sits between the element (9) and code (10) sections,
// the tag section (13) between the memory (5) and global (6) sections.
constexpr int kSectionOrder[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

std::string Unknown(std::string_view what, uint32_t index) {
  return "unknown " + std::string(what) + " " + std::to_string(index);
}

uint32_t TotalFunctions(const Module& m) {
  return static_cast<uint32_t>(m.func_type_indices.size());
}

}  // namespace

std::string SectionContext(uint8_t id) {
  std::string context = "section " + std::to_string(id);
  if (id <= kLastSectionId) context += " (" + std::string(kSectionNames[id]) + ")";
  return context;
}

Error WithContext(std::string_view context, Error error) {
  std::string message(context);
  if (error.offset != kNoOffset)
    message += (context.empty() ? "at offset " : " at offset ") + HexOffset(error.offset);
  message += ": " + error.message;
  return Error{std::move(message), error.offset};
}

ModuleBuilder::ModuleBuilder(const CompileOptions& options)
    : module_(std::make_unique<Module>()), code_compiler_(options) {
  type_space_.canonical_ids = &module_->canonical_type_ids;
}
ModuleBuilder::~ModuleBuilder() = default;

Status ModuleBuilder::BeginSection(uint8_t id, size_t offset) {
  if (id > kLastSectionId) {
    return WithContext("section " + std::to_string(id), Error{"malformed section id", offset});
  }
  if (id == kCustomSectionId) return Ok{};
  const int order = kSectionOrder[id];
  if (order <= last_section_order_) {
    // The reference interpreter reads the sections in their fixed order, so a section out of
    // place is left over at the end; the spec tests expect its wording.
    return WithContext(SectionContext(id),
                       Error{"unexpected content after last section (sections must appear at "
                             "most once and in the prescribed order)",
                             offset});
  }
  last_section_order_ = order;
  return Ok{};
}

Status ModuleBuilder::DecodeSection(uint8_t id, std::span<const uint8_t> payload, size_t offset,
                                    std::span<const uint8_t> lookahead,
                                    std::optional<BinaryReader::CutInteger>* cut) {
  BinaryReader r(payload, offset);
  r.set_lookahead(lookahead);
  r.set_type_space(&type_space_);
  switch (id) {
    case 0:
      DecodeCustomSection(r, payload, offset);
      break;
    case 1:
      DecodeTypeSection(r);
      break;
    case 2:
      DecodeImportSection(r);
      break;
    case 3:
      DecodeFunctionSection(r);
      break;
    case 4:
      DecodeTableSection(r);
      break;
    case 5:
      DecodeMemorySection(r);
      break;
    case 6:
      DecodeGlobalSection(r);
      break;
    case 7:
      DecodeExportSection(r);
      break;
    case 8:
      DecodeStartSection(r);
      break;
    case 9:
      DecodeElementSection(r);
      break;
    case 11:
      DecodeDataSection(r);
      break;
    case 12:
      DecodeDataCountSection(r);
      break;
    case 13:
      DecodeTagSection(r);
      break;
    default:
      r.Fail(offset, "the code section is decoded body by body");
      break;
  }
  if (r.ok() && !r.at_end()) r.Fail("section size mismatch");
  if (cut != nullptr) *cut = r.cut_integer();
  if (!r.ok()) return WithContext(SectionContext(id), r.error());
  return Ok{};
}

void ModuleBuilder::CheckLimit(BinaryReader& r, uint64_t count, uint32_t limit,
                               std::string_view what) {
  if (count > limit) {
    r.Fail("too many " + std::string(what) + " (" + std::to_string(count) +
           "; the implementation limit is " + std::to_string(limit) + ")");
  }
}

void ModuleBuilder::DeclareFuncRef(uint32_t func_index) {
  if (module_->declared_func_refs.size() <= func_index) {
    module_->declared_func_refs.resize(TotalFunctions(*module_), false);
  }
  module_->declared_func_refs[func_index] = true;
}

// --- Types and imports ------------------------------------------------------------------

void ModuleBuilder::DecodeTypeSection(BinaryReader& r) {
  DecodeTypes(r, *module_);
  r.set_type_space(&type_space_);
}

// Fails unless type `index` exists and is a function type (of a function or a tag).
void ModuleBuilder::CheckFuncTypeIndex(BinaryReader& r, size_t at, uint32_t index) {
  if (!r.ok()) return;
  if (index >= module_->types.size()) {
    r.Fail(at, Unknown("type", index));
  } else if (!module_->types[index].is_func()) {
    r.Fail(at, "type " + std::to_string(index) + " is not a function type");
  }
}

void ModuleBuilder::DecodeImportSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  CheckLimit(r, count, kMaxImports, "imports");
  Module& m = *module_;
  m.imports.reserve(count);
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    Import import;
    import.module = r.Name();
    import.name = r.Name();
    const size_t at = r.offset();
    const uint8_t kind = r.U8();
    if (!r.ok()) return;
    switch (kind) {
      case 0: {
        import.kind = ExternKind::kFunction;
        const size_t index_at = r.offset();
        import.type_index = r.U32();
        CheckFuncTypeIndex(r, index_at, import.type_index);
        m.func_type_indices.push_back(import.type_index);
        ++m.num_imported_funcs;
        CheckLimit(r, m.func_type_indices.size(), kMaxFunctions, "functions");
        break;
      }
      case 1:
        import.kind = ExternKind::kTable;
        import.table = ReadTableType(r);
        m.tables.push_back(import.table);
        ++m.num_imported_tables;
        CheckLimit(r, m.tables.size(), kMaxTables, "tables");
        break;
      case 2:
        import.kind = ExternKind::kMemory;
        import.memory = ReadMemoryType(r);
        AddMemory(r, at, import.memory);
        ++m.num_imported_memories;
        break;
      case 3:
        import.kind = ExternKind::kGlobal;
        import.global = ReadGlobalType(r);
        m.globals.push_back(import.global);
        ++m.num_imported_globals;
        CheckLimit(r, m.globals.size(), kMaxGlobals, "globals");
        break;
      case 4:
        import.kind = ExternKind::kTag;
        import.type_index = ReadTagType(r);
        m.tag_type_indices.push_back(import.type_index);
        ++m.num_imported_tags;
        break;
      default:
        r.Fail(at, "malformed import kind");
        return;
    }
    m.imports.push_back(std::move(import));
  }
}

// --- Functions, tables, memories, globals -----------------------------------------------

void ModuleBuilder::DecodeFunctionSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  Module& m = *module_;
  CheckLimit(r, uint64_t{count} + m.func_type_indices.size(), kMaxFunctions, "functions");
  m.func_type_indices.reserve(m.func_type_indices.size() + count);
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t at = r.offset();
    const uint32_t type_index = r.U32();
    CheckFuncTypeIndex(r, at, type_index);
    m.func_type_indices.push_back(type_index);
  }
}

void ModuleBuilder::DecodeTableSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  CheckLimit(r, uint64_t{count} + module_->tables.size(), kMaxTables, "tables");
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    // 3.0: 0x40 0x00 tabletype expr gives the elements an initial value.
    const bool has_init = r.PeekU8() == 0x40;
    if (has_init) {
      r.U8();
      const size_t at = r.offset();
      if (r.U8() != 0 && r.ok()) r.Fail(at, "malformed table");
    }
    const size_t at = r.offset();
    const TableType type = ReadTableType(r);
    module_->tables.push_back(type);
    if (has_init) {
      module_->table_inits.push_back(ReadConstExpr(r, type.element));
    } else {
      if (r.ok() && !type.element.nullable()) {
        r.Fail(at, "type mismatch: a table of non-nullable references needs an initializer");
      }
      module_->table_inits.push_back(std::nullopt);
    }
  }
}

void ModuleBuilder::DecodeMemorySection(BinaryReader& r) {
  const uint32_t count = r.Count();
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t at = r.offset();
    AddMemory(r, at, ReadMemoryType(r));
  }
}

void ModuleBuilder::AddMemory(BinaryReader& r, size_t /*at*/, const MemoryType& type) {
  if (!r.ok()) return;
  module_->memories.push_back(type);
  CheckLimit(r, module_->memories.size(), kMaxMemories, "memories");
}

void ModuleBuilder::DecodeGlobalSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  Module& m = *module_;
  CheckLimit(r, uint64_t{count} + m.globals.size(), kMaxGlobals, "globals");
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const GlobalType type = ReadGlobalType(r);
    ConstExpr init = ReadConstExpr(r, type.type);
    m.globals.push_back(type);
    m.global_inits.push_back(init);
  }
}

TableType ModuleBuilder::ReadTableType(BinaryReader& r) {
  TableType type;
  type.element = r.ReadRefType();
  const size_t at = r.offset();
  const uint8_t flags = r.LimitsFlags();
  type.address64 = (flags & 4) != 0;
  type.limits.min = r.U64();
  if (flags & 1) type.limits.max = r.U64();
  if (!r.ok()) return type;
  const uint64_t limit = type.address64 ? UINT64_MAX : UINT32_MAX;
  if (type.limits.min > limit || (type.limits.max && *type.limits.max > limit)) {
    r.Fail(at, "table size must be at most 2^32-1 for i32");
  } else if (type.limits.max && type.limits.min > *type.limits.max) {
    r.Fail(at, "size minimum must not be greater than maximum");
  }
  return type;
}

MemoryType ModuleBuilder::ReadMemoryType(BinaryReader& r) {
  MemoryType type;
  const size_t at = r.offset();
  // Flag 2 is the threads proposal's `shared`.
  const uint8_t flags = r.LimitsFlags(BinaryReader::kMemoryLimitsFlags);
  type.address64 = (flags & 4) != 0;
  type.shared = (flags & 2) != 0;
  type.limits.min = r.U64();
  if (flags & 1) type.limits.max = r.U64();
  if (!r.ok()) return type;
  const uint64_t limit = type.address64 ? kMaxPages64 : kMaxPages;
  if (type.limits.min > limit || (type.limits.max && *type.limits.max > limit)) {
    r.Fail(at, type.address64 ? "memory size must be at most 2^48 pages (256 TiB) for i64"
                              : "memory size must be at most 65536 pages (4GiB)");
  } else if (type.limits.max && type.limits.min > *type.limits.max) {
    r.Fail(at, "size minimum must not be greater than maximum");
  } else if (type.shared && !type.limits.max) {
    r.Fail(at, "shared memory must have maximum");
  }
  return type;
}

GlobalType ModuleBuilder::ReadGlobalType(BinaryReader& r) {
  GlobalType type;
  type.type = r.ReadValType();
  const size_t at = r.offset();
  const uint8_t mutability = r.U8();
  if (r.ok() && mutability > 1) r.Fail(at, "malformed mutability");
  type.mutable_ = mutability == 1;
  return type;
}

ConstExpr ModuleBuilder::ReadConstExpr(BinaryReader& r, ValType expected) {
  if (!r.ok()) return {};
  ConstExpr e = DecodeConstExpr(r, *module_, expected);
  if (!r.ok()) return e;
  if (e.op == ConstExpr::Op::kRefFunc) DeclareFuncRef(e.index);
  for (const ConstExpr& instr : e.prefix) {
    if (instr.op == ConstExpr::Op::kRefFunc) DeclareFuncRef(instr.index);
  }
  return e;
}

// --- Tags (exception handling) --------------------------------------------------------------

void ModuleBuilder::DecodeTagSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  Module& m = *module_;
  CheckLimit(r, uint64_t{count} + m.tag_type_indices.size(), kMaxTags, "tags");
  for (uint32_t i = 0; i < count && r.ok(); ++i) m.tag_type_indices.push_back(ReadTagType(r));
}

// tagtype: attribute 0 (exception), then a function type index whose results are empty.
uint32_t ModuleBuilder::ReadTagType(BinaryReader& r) {
  const size_t at = r.offset();
  if (r.U8() != 0 && r.ok()) r.Fail(at, "malformed tag attribute");
  const size_t index_at = r.offset();
  const uint32_t type_index = r.U32();
  if (!r.ok()) return 0;
  CheckFuncTypeIndex(r, index_at, type_index);
  if (r.ok() && !module_->types[type_index].results.empty()) {
    r.Fail(index_at, "non-empty tag result type");
  }
  return type_index;
}

// --- Exports and start --------------------------------------------------------------------

void ModuleBuilder::DecodeExportSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  CheckLimit(r, count, kMaxExports, "exports");
  Module& m = *module_;
  m.exports.reserve(count);
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t name_at = r.offset();
    Export e;
    e.name = r.Name();
    const size_t kind_at = r.offset();
    const uint8_t kind = r.U8();
    const size_t index_at = r.offset();
    e.index = r.U32();
    if (!r.ok()) return;
    if (kind > 4) {
      r.Fail(kind_at, "malformed export kind");
      return;
    }
    e.kind = static_cast<ExternKind>(kind);
    size_t space = 0;
    switch (e.kind) {
      case ExternKind::kFunction:
        space = m.func_type_indices.size();
        break;
      case ExternKind::kTable:
        space = m.tables.size();
        break;
      case ExternKind::kMemory:
        space = m.memories.size();
        break;
      case ExternKind::kGlobal:
        space = m.globals.size();
        break;
      case ExternKind::kTag:
        space = m.tag_type_indices.size();
        break;
    }
    if (e.index >= space) {
      r.Fail(index_at, Unknown(ExternKindName(e.kind), e.index));
      return;
    }
    if (!export_names_.insert(e.name).second) {
      r.Fail(name_at, "duplicate export name \"" + e.name + "\"");
      return;
    }
    if (e.kind == ExternKind::kFunction) DeclareFuncRef(e.index);
    m.exports.push_back(std::move(e));
  }
}

void ModuleBuilder::DecodeStartSection(BinaryReader& r) {
  const size_t at = r.offset();
  const uint32_t index = r.U32();
  if (!r.ok()) return;
  if (index >= module_->func_type_indices.size()) {
    r.Fail(at, Unknown("function", index));
    return;
  }
  const FuncType& type = module_->func_type(index);
  if (!type.params.empty() || !type.results.empty()) {
    r.Fail(at, "start function must have type [] -> []");
    return;
  }
  module_->start = index;
}

// --- Element and data segments ------------------------------------------------------------

void ModuleBuilder::DecodeElementSection(BinaryReader& r) {
  const uint32_t count = r.Count();
  CheckLimit(r, count, kMaxElementSegments, "element segments");
  Module& m = *module_;
  m.elements.reserve(count);
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t at = r.offset();
    const uint32_t flags = r.U32();
    if (!r.ok()) return;
    if (flags > 7) {
      r.Fail(at, "malformed elements segment kind");
      return;
    }
    // Bit 0: passive or declarative (else active); bit 1: an explicit table index (active)
    // or declarative (not active); bit 2: items are expressions (else function indices),
    // and the element type is spelled out when the segment has an explicit form.
    const bool not_active = flags & 1;
    const bool explicit_form = flags & 2;
    const bool expressions = flags & 4;
    ElementSegment seg;
    // Function indices are (ref func), expressions without a type funcref (core spec 5.5.12).
    seg.type = expressions ? ValType::kFuncRef : ValType::Ref(ValType::kFuncCode, false);
    seg.mode = !not_active     ? SegmentMode::kActive
               : explicit_form ? SegmentMode::kDeclarative
                               : SegmentMode::kPassive;
    if (seg.mode == SegmentMode::kActive) {
      const size_t table_at = r.offset();
      seg.table_index = explicit_form ? r.U32() : 0;
      if (r.ok() && seg.table_index >= m.tables.size()) {
        r.Fail(table_at, Unknown("table", seg.table_index));
        return;
      }
      seg.offset = ReadConstExpr(r, AddressType(m.tables[seg.table_index]));
    }
    if (not_active || explicit_form) {
      if (expressions) {
        seg.type = r.ReadRefType();
      } else {
        const size_t kind_at = r.offset();
        if (r.U8() != 0x00 && r.ok()) {
          r.Fail(kind_at, "malformed element kind");
          return;
        }
        seg.type = ValType::Ref(ValType::kFuncCode, /*nullable=*/false);  // 3.0: (ref func)
      }
    }
    const size_t items_at = r.offset();
    const uint32_t items = r.Count();
    CheckLimit(r, items, kMaxTableInitEntries, "elements in a segment");
    if (!r.ok()) return;
    seg.items.reserve(items);
    for (uint32_t k = 0; k < items && r.ok(); ++k) {
      if (expressions) {
        seg.items.push_back(ReadConstExpr(r, seg.type));
        continue;
      }
      const size_t index_at = r.offset();
      const uint32_t func = r.U32();
      if (!r.ok()) return;
      if (func >= m.func_type_indices.size()) {
        r.Fail(index_at, Unknown("function", func));
        return;
      }
      DeclareFuncRef(func);
      seg.items.push_back({ConstExpr::Op::kRefFunc, m.func_ref_type(func), 0, func, 0, {}});
    }
    if (r.ok() && seg.mode == SegmentMode::kActive &&
        !IsSubtype(seg.type, m.tables[seg.table_index].element)) {
      r.Fail(items_at, "type mismatch: element segment of type " +
                           std::string(ValTypeName(seg.type)) + " for table " +
                           std::to_string(seg.table_index) + " of type " +
                           std::string(ValTypeName(m.tables[seg.table_index].element)));
    }
    m.elements.push_back(std::move(seg));
  }
}

void ModuleBuilder::DecodeDataCountSection(BinaryReader& r) {
  const uint32_t count = r.U32();
  CheckLimit(r, count, kMaxDataSegments, "data segments");
  if (r.ok()) module_->data_count = count;
}

void ModuleBuilder::DecodeDataSection(BinaryReader& r) {
  saw_data_section_ = true;
  const size_t count_at = r.offset();
  const uint32_t count = r.Count();
  CheckLimit(r, count, kMaxDataSegments, "data segments");
  Module& m = *module_;
  if (r.ok() && m.data_count && *m.data_count != count) {
    r.Fail(count_at, "data count and data section have inconsistent lengths (" +
                         std::to_string(*m.data_count) + " and " + std::to_string(count) + ")");
    return;
  }
  m.data.reserve(count);
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    const size_t at = r.offset();
    const uint32_t flags = r.U32();
    if (!r.ok()) return;
    if (flags > 2) {
      r.Fail(at, "malformed data segment kind");
      return;
    }
    DataSegment seg;
    seg.mode = flags == 1 ? SegmentMode::kPassive : SegmentMode::kActive;
    if (seg.mode == SegmentMode::kActive) {
      const size_t memory_at = r.offset();
      seg.memory_index = flags == 2 ? r.U32() : 0;
      if (r.ok() && seg.memory_index >= m.memories.size()) {
        r.Fail(memory_at, Unknown("memory", seg.memory_index));
        return;
      }
      seg.offset = ReadConstExpr(r, AddressType(m.memories[seg.memory_index]));
    }
    const uint32_t length = r.Length();
    std::span<const uint8_t> bytes = r.Bytes(length);
    if (!r.ok()) return;
    seg.bytes.assign(bytes.begin(), bytes.end());
    m.data.push_back(std::move(seg));
  }
}

// --- Custom sections ----------------------------------------------------------------------

void ModuleBuilder::DecodeCustomSection(BinaryReader& r, std::span<const uint8_t> payload,
                                        size_t offset) {
  CustomSection section;
  section.name = r.Name();
  if (!r.ok()) return;
  const size_t content_start = r.offset() - offset;
  std::span<const uint8_t> content = payload.subspan(content_start);
  r.Bytes(content.size());
  section.bytes.assign(content.begin(), content.end());
  // Only the first name section counts; a malformed one is ignored (core spec 7.4).
  if (section.name == "name" && !saw_name_section_) {
    saw_name_section_ = true;
    ParseNameSection(content, offset + content_start, module_.get());
  }
  module_->custom_sections.push_back(std::move(section));
}

// --- Code ---------------------------------------------------------------------------------

Status ModuleBuilder::BeginCodeSection(uint32_t count, size_t offset, size_t section_size) {
  const Module& m = *module_;
  const size_t defined = m.func_type_indices.size() - m.num_imported_funcs;
  if (count != defined) {
    return WithContext(
        SectionContext(kCodeSectionId),
        Error{"function and code section have inconsistent lengths (" + std::to_string(defined) +
                  " functions, " + std::to_string(count) + " bodies)",
              offset});
  }
  module_->declared_func_refs.resize(m.func_type_indices.size(), false);
  code_compiler_.Begin(module_.get(), count, section_size);
  return Ok{};
}

Status ModuleBuilder::DecodeFunctionBody(std::span<const uint8_t> body, size_t offset) {
  return code_compiler_.Add(bodies_++, body, offset);
}

Result<std::shared_ptr<const Module>> ModuleBuilder::Finish(size_t end_offset,
                                                            uint32_t bytes_hash) {
  if (std::optional<Error> error = code_compiler_.FirstError()) return *std::move(error);
  Module& m = *module_;
  m.bytes_hash = bytes_hash;
  const size_t defined = m.func_type_indices.size() - m.num_imported_funcs;
  if (bodies_ != defined) {
    return WithContext("", Error{"function and code section have inconsistent lengths (" +
                                     std::to_string(defined) + " functions, " +
                                     std::to_string(bodies_) + " bodies)",
                                 end_offset});
  }
  m.code = code_compiler_.TakeCode(&m);
  if (m.data_count && !saw_data_section_ && *m.data_count != 0) {
    return WithContext("", Error{"data count and data section have inconsistent lengths (" +
                                     std::to_string(*m.data_count) + " and no data section)",
                                 end_offset});
  }
  m.declared_func_refs.resize(m.func_type_indices.size(), false);
  std::shared_ptr<const Module> module(std::move(module_));
  module_ = std::make_unique<Module>();
  return module;
}

}  // namespace linea::rt
