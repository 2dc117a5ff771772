#include "test/spec/spectest_module.h"

#include <memory>
#include <string_view>
#include <vector>

#include "runtime/store/global.h"
#include "runtime/store/memory.h"
#include "runtime/store/table.h"

namespace linea::spectest {
namespace {

using rt::ValType;

struct PrintFunction {
  std::string_view name;
  std::vector<ValType> params;
};

const PrintFunction kPrintFunctions[] = {
    {"print", {}},
    {"print_i32", {ValType::kI32}},
    {"print_i64", {ValType::kI64}},
    {"print_f32", {ValType::kF32}},
    {"print_f64", {ValType::kF64}},
    {"print_i32_f32", {ValType::kI32, ValType::kF32}},
    {"print_f64_f64", {ValType::kF64, ValType::kF64}},
};

struct GlobalDefinition {
  std::string_view name;
  rt::Value value;
};

const GlobalDefinition kGlobals[] = {
    {"global_i32", rt::Value::I32(666)},
    {"global_i64", rt::Value::I64(666)},
    {"global_f32", rt::Value::F32(666.6f)},
    {"global_f64", rt::Value::F64(666.6)},
};

}  // namespace

rt::Result<ExportMap> MakeSpectestModule(rt::Store& store) {
  ExportMap exports;
  for (const PrintFunction& print : kPrintFunctions) {
    // No assertion looks at what the scripts print, so the functions accept their arguments
    // and print nothing: the runner's output stays a list of verdicts.
    rt::Function* function = store.CreateHostFunction(
        rt::FuncType{print.params, {}},
        [](std::span<const rt::Value>, std::span<rt::Value>) { return rt::Outcome::Ok(); });
    exports.emplace(print.name, rt::Extern::Of(function));
  }
  for (const GlobalDefinition& global : kGlobals) {
    auto object =
        std::make_shared<rt::Global>(rt::GlobalType{global.value.type, false}, global.value);
    exports.emplace(global.name, rt::Extern::Of(std::move(object)));
  }
  // "table64" is the same with i64 indices (table64).
  for (const bool address64 : {false, true}) {
    const char* name = address64 ? "table64" : "table";
    rt::Result<std::shared_ptr<rt::Table>> table =
        rt::Table::Create(rt::TableType{ValType::kFuncRef, {10, 20}, address64});
    if (!table) return rt::Error{"spectest." + std::string(name) + ": " + table.error().message};
    exports.emplace(name, rt::Extern::Of(std::move(table).value()));
  }
  // "shared_memory" is the threads proposal's shared one.
  for (const bool shared : {false, true}) {
    const char* name = shared ? "shared_memory" : "memory";
    rt::Result<std::shared_ptr<rt::Memory>> memory =
        rt::Memory::Create(rt::MemoryType{{1, 2}, shared, false});
    if (!memory) return rt::Error{"spectest." + std::string(name) + ": " + memory.error().message};
    exports.emplace(name, rt::Extern::Of(std::move(memory).value()));
  }
  return exports;
}

}  // namespace linea::spectest
