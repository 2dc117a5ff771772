// Module instantiation (core spec 4.5.4, WebAssembly 2.0): import matching, allocation of the
// instance's functions, globals, tables and memories, exports, then the element and data
// segments in order, then the start function.
#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/interpreter/shared_memory_access.h"
#include "runtime/interpreter/trap.h"
#include "runtime/store/gc_heap.h"
#include "runtime/store/store.h"

namespace linea::rt {

namespace {

std::string DescribeLimits(const Limits& limits) {
  std::string text = "{min " + std::to_string(limits.min);
  if (limits.max) text += ", max " + std::to_string(*limits.max);
  return text + "}";
}

std::string DescribeTypes(const std::vector<ValType>& types) {
  std::string text = "[";
  for (size_t i = 0; i < types.size(); ++i) {
    if (i > 0) text += " ";
    text += ValTypeName(types[i]);
  }
  return text + "]";
}

std::string Describe(const FuncType& type) {
  return "function " + DescribeTypes(type.params) + " -> " + DescribeTypes(type.results);
}
std::string Describe(const TableType& type) {
  return "table " + std::string(type.address64 ? "i64 " : "") + DescribeLimits(type.limits) + " " +
         std::string(ValTypeName(type.element));
}
std::string Describe(const MemoryType& type) {
  return "memory " + std::string(type.address64 ? "i64 " : "") + DescribeLimits(type.limits) +
         (type.shared ? " shared" : "");
}
std::string DescribeTag(const FuncType& type) { return "tag " + DescribeTypes(type.params); }
std::string Describe(const GlobalType& type) {
  const std::string name(ValTypeName(type.type));
  return "global " + (type.mutable_ ? "(mut " + name + ")" : name);
}

// Describes what an import of `module` expects.
std::string DescribeImport(const Module& module, const Import& import) {
  switch (import.kind) {
    case ExternKind::kFunction:
      return Describe(module.types[import.type_index]);
    case ExternKind::kTable:
      return Describe(import.table);
    case ExternKind::kMemory:
      return Describe(import.memory);
    case ExternKind::kGlobal:
      return Describe(import.global);
    case ExternKind::kTag:
      return DescribeTag(module.types[import.type_index]);
  }
  return "?";
}

// Describes an external value with its current type, or says what is missing.
std::string DescribeExtern(const Extern& value) {
  switch (value.kind) {
    case ExternKind::kFunction:
      return value.function ? Describe(value.function->type()) : "no function";
    case ExternKind::kTable:
      return value.table ? Describe(value.table->type()) : "no table";
    case ExternKind::kMemory:
      return value.memory ? Describe(value.memory->type()) : "no memory";
    case ExternKind::kGlobal:
      return value.global ? Describe(value.global->type()) : "no global";
    case ExternKind::kTag:
      return value.tag ? DescribeTag(value.tag->type()) : "no tag";
  }
  return "?";
}

// Whether `value` matches the import's type (core spec 4.5.2, "Import Matching"). Tables and
// memories match with their current size, as the spec's external types of them say.
bool Matches(const Module& module, const Import& import, const Extern& value) {
  if (value.kind != import.kind) return false;
  switch (import.kind) {
    case ExternKind::kFunction:
      // 3.0: the function's type matches (is a subtype of) the import's; equal types, the
      // usual case, are equal canonical ids.
      return value.function != nullptr &&
             IsCanonicalSubtype(value.function->canonical_type_id(),
                                module.canonical_type_ids[import.type_index]);
    case ExternKind::kTable:
      return value.table != nullptr && value.table->element_type() == import.table.element &&
             value.table->type().address64 == import.table.address64 &&
             LimitsMatch(value.table->type().limits, import.table.limits);
    case ExternKind::kMemory:
      return value.memory != nullptr && value.memory->shared() == import.memory.shared &&
             value.memory->type().address64 == import.memory.address64 &&
             LimitsMatch(value.memory->type().limits, import.memory.limits);
    case ExternKind::kGlobal:
      // A mutable global's type must be equal, an immutable one's a subtype.
      if (value.global == nullptr || value.global->type().mutable_ != import.global.mutable_) {
        return false;
      }
      return import.global.mutable_ ? value.global->type().type == import.global.type
                                    : IsSubtype(value.global->type().type, import.global.type);
    case ExternKind::kTag:
      return value.tag != nullptr &&
             value.tag->canonical_type_id() == module.canonical_type_ids[import.type_index];
  }
  return false;
}

Trap SegmentTrap(TrapKind kind) { return Trap{kind, std::string(TrapMessage(kind)), {}}; }

}  // namespace

// Does the work of Store::Instantiate; a friend of Store so it can add to its deques.
class Instantiator {
 public:
  Instantiator(Store& store, std::shared_ptr<const Module> module, std::span<const Extern> imports)
      : store_(store), module_(std::move(module)), imports_(imports) {}

  InstantiateResult Run();

 private:
  std::optional<InstantiateResult> LinkImports();
  std::optional<InstantiateResult> Allocate();
  void InitializeGlobals();
  void CreateExports();
  void EvaluateElementSegments();
  std::optional<Trap> ApplyElementSegments();
  std::optional<Trap> ApplyDataSegments();

  // The value of a constant expression (validated by the decoder) in the new instance.
  Value Evaluate(const ConstExpr& e) const;
  // One instruction of it, with the values of those before it on `stack`.
  Value EvaluateOne(const ConstExpr& e, std::vector<Value>& stack) const;
  Value EvaluateGc(const ConstExpr& e, std::vector<Value>& stack) const;
  // The first allocation a constant expression could not make: instantiation traps.
  mutable std::optional<TrapKind> allocation_trap_;

  static InstantiateResult Failure(InstantiateResult::Kind kind, std::string message) {
    InstantiateResult result;
    result.kind = kind;
    result.message = std::move(message);
    return result;
  }

  Store& store_;
  std::shared_ptr<const Module> module_;
  std::span<const Extern> imports_;
  std::unique_ptr<Instance> owned_instance_;          // Until committed to the store.
  std::vector<std::unique_ptr<Function>> functions_;  // Defined functions, likewise.
  Instance* instance_ = nullptr;
};

InstantiateResult Instantiator::Run() {
  if (module_ == nullptr) return Failure(InstantiateResult::Kind::kLinkError, "no module");
  owned_instance_ = std::make_unique<Instance>();
  instance_ = owned_instance_.get();
  instance_->module = module_;
  if (auto failure = LinkImports()) return *failure;
  if (auto failure = Allocate()) return *failure;

  // Nothing can fail from here on but the segments and the start function, and neither
  // undoes anything: the instance and its functions become part of the store now, since
  // functions written into imported tables before a trap stay reachable.
  store_.instances_.push_back(std::move(owned_instance_));
  for (auto& function : functions_) store_.functions_.push_back(std::move(function));
  functions_.clear();

  // The values constant expressions build are on no stack the GC heap scans.
  store_.gc_heap().DisableCollection();
  InitializeGlobals();
  CreateExports();
  EvaluateElementSegments();
  store_.gc_heap().EnableCollection();
  std::optional<Trap> trap;
  if (allocation_trap_) trap = SegmentTrap(*allocation_trap_);
  if (!trap) trap = ApplyElementSegments();
  if (!trap) trap = ApplyDataSegments();
  if (trap) {
    InstantiateResult result;
    result.kind = InstantiateResult::Kind::kTrap;
    result.message = trap->message;
    result.trap = std::move(*trap);
    return result;
  }

  if (module_->start) {
    std::vector<Value> results;
    Outcome outcome = store_.Call(instance_->functions[*module_->start], {}, &results);
    if (outcome.kind == Outcome::Kind::kTrap) {
      InstantiateResult result;
      result.kind = InstantiateResult::Kind::kTrap;
      result.message = outcome.trap.message;
      result.trap = std::move(outcome.trap);
      return result;
    }
    if (outcome.kind == Outcome::Kind::kException) {
      return Failure(InstantiateResult::Kind::kException, "the start function threw");
    }
    if (outcome.kind == Outcome::Kind::kThrow) {
      InstantiateResult result =
          Failure(InstantiateResult::Kind::kThrow, "the start function threw a wasm exception");
      result.exception = outcome.exception;
      return result;
    }
  }
  InstantiateResult result;
  result.instance = instance_;
  return result;
}

std::optional<InstantiateResult> Instantiator::LinkImports() {
  const Module& m = *module_;
  if (imports_.size() != m.imports.size()) {
    return Failure(InstantiateResult::Kind::kLinkError,
                   "the module has " + std::to_string(m.imports.size()) + " imports, but " +
                       std::to_string(imports_.size()) + " values were given");
  }
  Instance& inst = *instance_;
  for (size_t i = 0; i < imports_.size(); ++i) {
    const Import& import = m.imports[i];
    const Extern& value = imports_[i];
    if (!Matches(m, import, value)) {
      return Failure(InstantiateResult::Kind::kLinkError,
                     "import \"" + import.module + "\" \"" + import.name +
                         "\": incompatible import type: expected " + DescribeImport(m, import) +
                         ", got " + DescribeExtern(value));
    }
    switch (import.kind) {
      case ExternKind::kFunction:
        inst.functions.push_back(value.function);
        break;
      case ExternKind::kTable:
        inst.tables.push_back(value.table);
        break;
      case ExternKind::kMemory:
        inst.memories.push_back(value.memory);
        break;
      case ExternKind::kGlobal:
        inst.globals.push_back(value.global);
        break;
      case ExternKind::kTag:
        inst.tags.push_back(value.tag);
        break;
    }
  }
  return std::nullopt;
}

std::optional<InstantiateResult> Instantiator::Allocate() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  for (uint32_t i = m.num_imported_funcs; i < m.func_type_indices.size(); ++i) {
    const uint32_t type_id = m.canonical_type_ids[m.func_type_indices[i]];
    functions_.push_back(
        std::make_unique<Function>(type_id, &inst, i, m.FunctionCode(i - m.num_imported_funcs)));
    inst.functions.push_back(functions_.back().get());
  }
  for (size_t i = m.num_imported_tables; i < m.tables.size(); ++i) {
    Result<std::shared_ptr<Table>> table = Table::Create(m.tables[i]);
    if (!table.ok()) {
      return Failure(InstantiateResult::Kind::kResourceExhausted,
                     "table " + std::to_string(i) + ": " + table.error().message);
    }
    inst.tables.push_back(std::move(table).value());
  }
  for (size_t i = m.num_imported_tags; i < m.tag_type_indices.size(); ++i) {
    inst.tags.push_back(std::make_shared<Tag>(m.canonical_type_ids[m.tag_type_indices[i]]));
  }
  for (size_t i = m.num_imported_memories; i < m.memories.size(); ++i) {
    Result<std::shared_ptr<Memory>> memory =
        Memory::Create(m.memories[i], store_.limits().max_memory_pages);
    if (!memory.ok()) {
      return Failure(InstantiateResult::Kind::kResourceExhausted,
                     "memory " + std::to_string(i) + ": " + memory.error().message);
    }
    inst.memories.push_back(std::move(memory).value());
  }
  return std::nullopt;
}

Value Instantiator::EvaluateOne(const ConstExpr& e, std::vector<Value>& stack) const {
  auto pop = [&stack] {
    const Value v = stack.back();
    stack.pop_back();
    return v;
  };
  switch (e.op) {
    case ConstExpr::Op::kI32Const:
    case ConstExpr::Op::kI64Const:
    case ConstExpr::Op::kF32Const:
    case ConstExpr::Op::kF64Const:
      return Value{e.type, e.bits};
    case ConstExpr::Op::kV128Const:
      return Value::V128(e.bits, e.high);
    case ConstExpr::Op::kRefNull:
      return Value::Null(e.type);
    case ConstExpr::Op::kRefFunc:
      return Value::FuncRef(instance_->functions[e.index]);
    case ConstExpr::Op::kGlobalGet:
      return instance_->globals[e.index]->value();
    case ConstExpr::Op::kStructNew:
    case ConstExpr::Op::kStructNewDefault:
    case ConstExpr::Op::kArrayNew:
    case ConstExpr::Op::kArrayNewDefault:
    case ConstExpr::Op::kArrayNewFixed:
    case ConstExpr::Op::kRefI31:
    case ConstExpr::Op::kAnyConvertExtern:
    case ConstExpr::Op::kExternConvertAny:
      return EvaluateGc(e, stack);
    default:
      break;
  }
  // Arithmetic wraps (unsigned): the validator checked there are two operands of e.type.
  const Value b = pop(), a = pop();
  switch (e.op) {
    case ConstExpr::Op::kI32Add:
      return Value{ValType::kI32, static_cast<uint32_t>(a.bits + b.bits)};
    case ConstExpr::Op::kI32Sub:
      return Value{ValType::kI32, static_cast<uint32_t>(a.bits - b.bits)};
    case ConstExpr::Op::kI32Mul:
      return Value{ValType::kI32, static_cast<uint32_t>(a.bits * b.bits)};
    case ConstExpr::Op::kI64Add:
      return Value{ValType::kI64, a.bits + b.bits};
    case ConstExpr::Op::kI64Sub:
      return Value{ValType::kI64, a.bits - b.bits};
    case ConstExpr::Op::kI64Mul:
      return Value{ValType::kI64, a.bits * b.bits};
    default:
      return Value{};
  }
}

// The GC instructions of constant expressions (the interpreter's handlers do the same in
// runtime/interpreter/interpreter_gc.inc). An allocation that fails gives null and notes the
// trap (allocation_trap_) that ends the instantiation.
Value Instantiator::EvaluateGc(const ConstExpr& e, std::vector<Value>& stack) const {
  GcHeap& heap = store_.gc_heap();
  auto pop = [&stack] {
    const Value v = stack.back();
    stack.pop_back();
    return v;
  };
  const uint32_t id = e.op == ConstExpr::Op::kRefI31 || e.op == ConstExpr::Op::kAnyConvertExtern ||
                              e.op == ConstExpr::Op::kExternConvertAny
                          ? 0
                          : module_->canonical_type_ids[e.index];
  auto fill = [](uint8_t* to, const Value& v, uint32_t size) {
    const Slot slot = v.slot();
    std::memcpy(to, &slot, size);
  };
  switch (e.op) {
    case ConstExpr::Op::kStructNew:
    case ConstExpr::Op::kStructNewDefault: {
      const GcLayout& layout = CanonicalLayout(id);
      GcObject* object = heap.Allocate(id, 0, layout.size, nullptr);
      if (object == nullptr) {
        allocation_trap_ = allocation_trap_.value_or(TrapKind::kOutOfMemory);
        return Value::Null(e.type);
      }
      if (e.op == ConstExpr::Op::kStructNew) {
        for (size_t i = layout.offsets.size(); i-- > 0;) {
          fill(reinterpret_cast<uint8_t*>(object) + layout.offsets[i], pop(),
               layout.field_sizes[i]);
        }
      }
      return Value{e.type, reinterpret_cast<uintptr_t>(object)};
    }
    case ConstExpr::Op::kArrayNew:
    case ConstExpr::Op::kArrayNewDefault:
    case ConstExpr::Op::kArrayNewFixed: {
      const uint32_t size = CanonicalLayout(id).element_size;
      std::vector<Value> elements;
      uint32_t length;
      if (e.op == ConstExpr::Op::kArrayNewFixed) {
        length = static_cast<uint32_t>(e.bits);
        elements.resize(length);
        for (uint32_t i = length; i-- > 0;) elements[i] = pop();
      } else {
        length = static_cast<uint32_t>(pop().bits);
        if (e.op == ConstExpr::Op::kArrayNew) elements.push_back(pop());
      }
      const uint64_t bytes = GcLayout::kHeaderSize + uint64_t{length} * size;
      GcObject* object =
          bytes > GcHeap::kMaxObjectBytes ? nullptr : heap.Allocate(id, length, bytes, nullptr);
      if (object == nullptr) {
        allocation_trap_ = allocation_trap_.value_or(
            bytes > GcHeap::kMaxObjectBytes ? TrapKind::kArrayTooLarge : TrapKind::kOutOfMemory);
        return Value::Null(e.type);
      }
      for (uint32_t i = 0; i < length && !elements.empty(); ++i) {
        fill(object->payload() + size_t{i} * size, elements[elements.size() == 1 ? 0 : i], size);
      }
      return Value{e.type, reinterpret_cast<uintptr_t>(object)};
    }
    case ConstExpr::Op::kRefI31:
      return Value{e.type, MakeI31(static_cast<uint32_t>(pop().bits))};
    case ConstExpr::Op::kAnyConvertExtern: {
      const uint64_t bits = pop().bits;
      if (bits == 0 || IsI31(bits)) return Value{e.type, bits};
      if (IsExternalizedObject(bits)) return Value{e.type, bits & ~uint64_t{2}};
      GcObject* box = heap.NewBox(reinterpret_cast<void*>(static_cast<uintptr_t>(bits)), nullptr);
      if (box == nullptr) allocation_trap_ = allocation_trap_.value_or(TrapKind::kOutOfMemory);
      return Value{e.type, reinterpret_cast<uintptr_t>(box)};
    }
    case ConstExpr::Op::kExternConvertAny: {
      const uint64_t bits = pop().bits;
      if (bits == 0 || IsI31(bits)) return Value{e.type, bits};
      auto* object = reinterpret_cast<GcObject*>(static_cast<uintptr_t>(bits));
      if (object->is_box()) return Value{e.type, reinterpret_cast<uintptr_t>(object->boxed())};
      return Value{e.type, bits | 2};
    }
    default:
      return Value{};
  }
}

Value Instantiator::Evaluate(const ConstExpr& e) const {
  std::vector<Value> stack;
  for (const ConstExpr& instr : e.prefix) stack.push_back(EvaluateOne(instr, stack));
  return EvaluateOne(e, stack);
}

void Instantiator::InitializeGlobals() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  // Initialisers read only imported and earlier globals, so evaluating in order is enough.
  for (size_t i = 0; i < m.global_inits.size(); ++i) {
    const GlobalType& type = m.globals[m.num_imported_globals + i];
    Value value = Evaluate(m.global_inits[i]);
    value.type = type.type;
    inst.globals.push_back(std::make_shared<Global>(type, value));
  }
  // 3.0: a table's initializer may read globals, so tables are filled after them.
  for (size_t i = 0; i < m.table_inits.size(); ++i) {
    if (!m.table_inits[i]) continue;
    void* init = Evaluate(*m.table_inits[i]).ref();
    for (void*& element : inst.tables[m.num_imported_tables + i]->elements()) element = init;
  }
}

void Instantiator::CreateExports() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  inst.exports.reserve(m.exports.size());
  for (const Export& e : m.exports) {
    Extern value;
    switch (e.kind) {
      case ExternKind::kFunction:
        value = Extern::Of(inst.functions[e.index]);
        break;
      case ExternKind::kTable:
        value = Extern::Of(inst.tables[e.index]);
        break;
      case ExternKind::kMemory:
        value = Extern::Of(inst.memories[e.index]);
        break;
      case ExternKind::kGlobal:
        value = Extern::Of(inst.globals[e.index]);
        break;
      case ExternKind::kTag:
        value = Extern::Of(inst.tags[e.index]);
        break;
    }
    inst.exports.emplace_back(e.name, std::move(value));
  }
}

void Instantiator::EvaluateElementSegments() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  inst.element_segments.resize(m.elements.size());
  for (size_t i = 0; i < m.elements.size(); ++i) {
    std::vector<void*>& refs = inst.element_segments[i];
    refs.reserve(m.elements[i].items.size());
    for (const ConstExpr& item : m.elements[i].items) refs.push_back(Evaluate(item).ref());
  }
  inst.data_dropped.assign(m.data.size(), false);
}

std::optional<Trap> Instantiator::ApplyElementSegments() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  for (size_t i = 0; i < m.elements.size(); ++i) {
    const ElementSegment& seg = m.elements[i];
    std::vector<void*>& refs = inst.element_segments[i];
    if (seg.mode == SegmentMode::kActive) {
      // table.init (with the segment's own length) and elem.drop.
      Table& table = *inst.tables[seg.table_index];
      const uint64_t offset = Evaluate(seg.offset).slot().bits;  // i32 or i64 (table64).
      if (offset > table.size() || refs.size() > table.size() - offset) {
        return SegmentTrap(TrapKind::kTableOutOfBounds);
      }
      std::copy(refs.begin(), refs.end(), table.elements().begin() + offset);
    }
    if (seg.mode != SegmentMode::kPassive) {
      refs.clear();
      refs.shrink_to_fit();
    }
  }
  return std::nullopt;
}

std::optional<Trap> Instantiator::ApplyDataSegments() {
  const Module& m = *module_;
  Instance& inst = *instance_;
  for (size_t i = 0; i < m.data.size(); ++i) {
    const DataSegment& seg = m.data[i];
    if (seg.mode != SegmentMode::kActive) continue;
    // memory.init (with the segment's own length) and data.drop.
    Memory& memory = *inst.memories[seg.memory_index];
    const uint64_t offset = Evaluate(seg.offset).slot().bits;  // i32 or i64 (memory64).
    if (offset > memory.size_bytes() || seg.bytes.size() > memory.size_bytes() - offset) {
      return SegmentTrap(TrapKind::kMemoryOutOfBounds);
    }
    // A shared memory may be in use by other threads already (an imported one).
    if (!seg.bytes.empty()) WriteMemory(memory, offset, seg.bytes.data(), seg.bytes.size());
    inst.data_dropped[i] = true;
  }
  return std::nullopt;
}

InstantiateResult Store::Instantiate(std::shared_ptr<const Module> module,
                                     std::span<const Extern> imports) {
  CallScope scope(*this);
  return Instantiator(*this, std::move(module), imports).Run();
}

}  // namespace linea::rt
