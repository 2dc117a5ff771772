// Module instances (core spec 4.2.5) and the externals they import and export.
#ifndef LINEA_RUNTIME_STORE_INSTANCE_H_
#define LINEA_RUNTIME_STORE_INSTANCE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "runtime/decode/module.h"
#include "runtime/store/function.h"
#include "runtime/store/global.h"
#include "runtime/store/memory.h"
#include "runtime/store/table.h"
#include "runtime/store/tag.h"

namespace linea::rt {

// An external value (core spec 4.2.10): what an import is given and an export yields.
struct Extern {
  ExternKind kind = ExternKind::kFunction;
  Function* function = nullptr;
  std::shared_ptr<Table> table;
  std::shared_ptr<Memory> memory;
  std::shared_ptr<Global> global;
  std::shared_ptr<Tag> tag;

  static Extern Of(Function* f) { return {ExternKind::kFunction, f, {}, {}, {}, {}}; }
  static Extern Of(std::shared_ptr<Table> t) {
    return {ExternKind::kTable, {}, std::move(t), {}, {}, {}};
  }
  static Extern Of(std::shared_ptr<Memory> m) {
    return {ExternKind::kMemory, {}, {}, std::move(m), {}, {}};
  }
  static Extern Of(std::shared_ptr<Global> g) {
    return {ExternKind::kGlobal, {}, {}, {}, std::move(g), {}};
  }
  static Extern Of(std::shared_ptr<Tag> t) {
    return {ExternKind::kTag, {}, {}, {}, {}, std::move(t)};
  }
};

// Everything here is filled in by Store::Instantiate and read by the interpreter.
class Instance {
 public:
  std::shared_ptr<const Module> module;
  // Index spaces of the module, imports first.
  std::vector<Function*> functions;
  std::vector<std::shared_ptr<Table>> tables;
  std::vector<std::shared_ptr<Memory>> memories;
  std::vector<std::shared_ptr<Global>> globals;
  std::vector<std::shared_ptr<Tag>> tags;
  // Element segments evaluated to references; emptied by elem.drop, and after instantiation
  // for active and declarative segments.
  std::vector<std::vector<void*>> element_segments;
  // Data segments; a dropped one (data.drop, or active after instantiation) has dropped = true.
  std::vector<bool> data_dropped;
  // In the order of the module's export section.
  std::vector<std::pair<std::string, Extern>> exports;

  // References the host holds (e.g. a live JS object): while non-zero, a root of
  // Store::Collect.
  uint32_t host_refs = 0;

  // Finds an export by name; nullptr if there is none.
  const Extern* FindExport(std::string_view name) const;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_STORE_INSTANCE_H_
