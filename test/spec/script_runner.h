// Runs the commands of one wast2json-style script (one .wast file) against one rt::Store.
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

#include "runtime/decode/module.h"
#include "runtime/result.h"
#include "runtime/store/store.h"
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
  Verdict DefineModuleOnly(const nlohmann::json& command);
  Verdict InstantiateDefinition(const nlohmann::json& command);
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
  // Makes `instance` (nullptr: failed for `failure`) the current module and, when named, the
  // module of that name.
  void SetCurrent(const std::optional<std::string>& name, rt::Instance* instance,
                  std::string failure);
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
  // Names whose `register` failed, with why: an import from them says so.
  std::map<std::string, std::string, std::less<>> failed_registrations_;
  // An instance the script can name, or why there is none.
  struct NamedInstance {
    rt::Instance* instance = nullptr;
    std::string failure;  // When instance is nullptr.
  };
  // Instances the script named ($M); the current one (the last module instantiated) is "".
  std::map<std::string, NamedInstance, std::less<>> named_ = {
      {"", {nullptr, "no module has been defined yet"}}};
  // Module definitions (`module definition`) by name, or why the engine rejected them; the last
  // one is "".
  struct Definition {
    std::shared_ptr<const rt::Module> module;
    std::string failure;  // When module is nullptr.
  };
  std::map<std::string, Definition, std::less<>> definitions_;
};

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_SCRIPT_RUNNER_H_
