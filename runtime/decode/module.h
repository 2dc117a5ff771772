// A decoded, validated and compiled module: plain data, independent of any store, so it can be
// built off the JS thread and instantiated any number of times.
#ifndef LINEA_RUNTIME_DECODE_MODULE_H_
#define LINEA_RUNTIME_DECODE_MODULE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/types.h"

namespace linea::rt {

struct CompiledFunction;  // The interpreter's internal code; see runtime/compile/compiler.h.
class LazyCode;           // runtime/compile/lazy_compile.h

// A constant expression (core spec 3.3.10). Usually a single instruction, described by the
// struct itself; an extended one (3.0: i32/i64 add, sub, mul) keeps its earlier instructions
// in `prefix` and its last one here.
struct ConstExpr {
  enum class Op : uint8_t {
    kI32Const,
    kI64Const,
    kF32Const,
    kF64Const,
    kV128Const,
    kRefNull,
    kRefFunc,
    kGlobalGet,
    // Extended constant expressions: pop two operands, push the result.
    kI32Add,
    kI32Sub,
    kI32Mul,
    kI64Add,
    kI64Sub,
    kI64Mul,
    // GC (3.0): `index` is a type index; they pop their operands (kArrayNewFixed: `bits` of them).
    kStructNew,
    kStructNewDefault,
    kArrayNew,
    kArrayNewDefault,
    kArrayNewFixed,
    kRefI31,
    kAnyConvertExtern,
    kExternConvertAny,
  };
  Op op = Op::kI32Const;
  ValType type = ValType::kI32;  // Type of the value it produces.
  uint64_t bits = 0;             // Constant's bits (for the *Const ops).
  uint32_t index = 0;            // Function index (kRefFunc) or global index (kGlobalGet).
  uint64_t high = 0;             // kV128Const: bytes 8..15 (`bits` has bytes 0..7).
  // The instructions before this one, in order, each with an empty prefix of its own.
  std::vector<ConstExpr> prefix;
};

struct Import {
  std::string module;
  std::string name;
  ExternKind kind = ExternKind::kFunction;
  uint32_t type_index = 0;  // kFunction and kTag: index into Module::types.
  TableType table;          // kTable
  MemoryType memory;        // kMemory
  GlobalType global;        // kGlobal
};

struct Export {
  std::string name;
  ExternKind kind = ExternKind::kFunction;
  uint32_t index = 0;  // In the index space of `kind` (imports first).
};

enum class SegmentMode : uint8_t { kActive, kPassive, kDeclarative };

struct ElementSegment {
  SegmentMode mode = SegmentMode::kActive;
  ValType type = ValType::kFuncRef;
  uint32_t table_index = 0;      // kActive only.
  ConstExpr offset;              // kActive only; type i32.
  std::vector<ConstExpr> items;  // Each a ref.func, ref.null or global.get of `type`.
};

struct DataSegment {
  SegmentMode mode = SegmentMode::kActive;  // Never kDeclarative.
  uint32_t memory_index = 0;
  ConstExpr offset;
  std::vector<uint8_t> bytes;
};

struct CustomSection {
  std::string name;
  std::vector<uint8_t> bytes;
};

struct Module {
  // The type section's defined types, their references resolved to canonical ids (see
  // runtime/types.h): types[i] is CanonicalType(canonical_type_ids[i]).
  std::vector<TypeDef> types;
  std::vector<uint32_t> canonical_type_ids;
  std::vector<Import> imports;

  // Index spaces, imports first. func_type_indices[i] indexes `types`.
  std::vector<uint32_t> func_type_indices;
  uint32_t num_imported_funcs = 0;
  std::vector<TableType> tables;
  uint32_t num_imported_tables = 0;
  // One per defined table: its initializer (3.0 table with an init expression), else the
  // elements start null.
  std::vector<std::optional<ConstExpr>> table_inits;
  std::vector<MemoryType> memories;
  uint32_t num_imported_memories = 0;
  std::vector<GlobalType> globals;
  uint32_t num_imported_globals = 0;
  std::vector<ConstExpr> global_inits;  // One per defined (non-imported) global.
  // Exception tags (3.0): the index into `types` of each tag's function type (no results).
  std::vector<uint32_t> tag_type_indices;
  uint32_t num_imported_tags = 0;

  std::vector<Export> exports;
  std::optional<uint32_t> start;
  std::vector<ElementSegment> elements;
  std::optional<uint32_t> data_count;
  std::vector<DataSegment> data;
  std::vector<CustomSection> custom_sections;  // In binary order, the name section included.

  // C.refs of the validation context: functions that may appear in ref.func inside code.
  std::vector<bool> declared_func_refs;  // Indexed by function index.

  // Name section (names are optional; malformed name sections are ignored as the spec allows).
  std::optional<std::string> module_name;
  // The hash of the module's bytes that names it in stack traces (runtime/decode/module_hash.h).
  uint32_t bytes_hash = 0;
  std::map<uint32_t, std::string> function_names;

  // One per defined function, parallel to func_type_indices[num_imported_funcs...]; empty when
  // compiled lazily.
  std::vector<std::unique_ptr<CompiledFunction>> code;
  // Compiled lazily (CompileOptions::lazy): the bodies and the code compiled so far (shared by
  // every thread that runs this module; thread-safe). Null when compiled eagerly or validated.
  std::unique_ptr<LazyCode> lazy_code;

  Module();
  ~Module();
  Module(Module&&) noexcept;
  Module& operator=(Module&&) noexcept;

  // The code a new Function of defined function `defined_index` starts with: compiled code, or
  // when compiled lazily and not called yet, the stub that compiles it on its first call.
  const CompiledFunction* FunctionCode(uint32_t defined_index) const;

  const FuncType& func_type(uint32_t func_index) const {
    return types[func_type_indices[func_index]];
  }
  // The type of ref.func of a function: (ref $t), $t its canonical type.
  ValType func_ref_type(uint32_t func_index) const {
    return ValType::Concrete(canonical_type_ids[func_type_indices[func_index]], false);
  }
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_MODULE_H_
