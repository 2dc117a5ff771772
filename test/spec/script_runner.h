// Runs the commands of one wast2json script (one .wast file) against one rt::Store.
#ifndef LINEA_TEST_SPEC_SCRIPT_RUNNER_H_
#define LINEA_TEST_SPEC_SCRIPT_RUNNER_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "runtime/module.h"
#include "runtime/result.h"
#include "runtime/store.h"
#include "test/spec/reporter.h"
#include "test/spec/script_values.h"
#include "test/spec/spectest_module.h"

namespace linea::spectest {

struct RunnerOptions {
  // Also require decode, validation and link errors to contain the script's expected text.
  // Off by default: the spec leaves those messages to the engine (the reference
  // interpreter's wording is not normative); trap messages are always checked.
  bool strict_messages = false;
};

class ScriptRunner {
 public:
  // `directory` holds the script's .wasm files.
  ScriptRunner(std::filesystem::path directory, RunnerOptions options, Reporter& reporter);
  ~ScriptRunner();

  // Runs every command of `script` (wast2json's top-level object) in order.
  void Run(const nlohmann::json& script);

 private:
  struct Verdict;
  struct ModuleOutcome;
  struct ActionOutcome;

  Verdict RunCommand(const nlohmann::json& command);
  Verdict DefineModule(const nlohmann::json& command);
  Verdict Register(const nlohmann::json& command);
  Verdict PerformAction(const nlohmann::json& command);
  Verdict AssertReturn(const nlohmann::json& command);
  Verdict AssertTrap(const nlohmann::json& command);
  Verdict AssertException(const nlohmann::json& command);
  Verdict AssertRejected(const nlohmann::json& command);
  Verdict AssertUnlinkable(const nlohmann::json& command);
  Verdict AssertUninstantiable(const nlohmann::json& command);

  rt::Result<std::shared_ptr<const rt::Module>> Load(const std::string& filename);
  ModuleOutcome Instantiate(std::shared_ptr<const rt::Module> module);
  ActionOutcome Perform(const nlohmann::json& action);
  std::string DescribeAction(const nlohmann::json& action);
  std::string DescribeOutcome(const ActionOutcome& outcome);
  bool MessageMatches(const std::string& actual, const std::string& expected) const;

  std::filesystem::path directory_;
  RunnerOptions options_;
  Reporter& reporter_;
  rt::Store store_;
  ExternRefs extern_refs_;
  std::map<std::string, ExportMap, std::less<>> registry_;  // Importable modules by name.
  // Modules the script named ($M); nullptr when that module failed.
  std::map<std::string, rt::Instance*, std::less<>> named_;
  rt::Instance* current_ = nullptr;  // The last module defined; nullptr when it failed.
  std::string no_current_reason_ = "no module has been defined yet";
};

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SCRIPT_RUNNER_H_
