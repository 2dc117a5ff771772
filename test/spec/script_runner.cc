#include "test/spec/script_runner.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <span>
#include <string_view>
#include <utility>

#include "runtime/decode/decoder.h"
#include "runtime/interpreter/trap.h"
#include "runtime/store/function.h"
#include "runtime/store/gc_heap.h"
#include "runtime/store/instance.h"

namespace linea::spectest {
namespace {

using nlohmann::json;

constexpr std::string_view kTextModuleSkip =
    "text-format module (a binary engine cannot load wast2json's .wat output)";

// Names may hold any UTF-8 and even control characters (names.wast); keep messages printable.
std::string Quoted(std::string_view name) {
  std::string text = "\"";
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\x%02x", c);
      text += escape;
    } else {
      text += static_cast<char>(c);
    }
  }
  return text + "\"";
}

std::string DescribeError(const rt::Error& error) {
  if (error.offset == rt::kNoOffset) return error.message;
  char offset[32];
  std::snprintf(offset, sizeof offset, " [offset 0x%zx]", error.offset);
  return error.message + offset;
}

// A trap satisfies the script's text when its message or its kind's standard wording contains
// the text, or when the text extends that wording with a detail: the reference interpreter
// says "uninitialized element 2" where engines say "uninitialized element".
bool TrapMatches(const rt::Trap& trap, std::string_view expected) {
  for (std::string_view actual : {std::string_view(trap.message), rt::TrapMessage(trap.kind)}) {
    if (actual.empty()) continue;
    if (actual.find(expected) != std::string_view::npos) return true;
    if (expected.starts_with(actual) && expected.size() > actual.size() &&
        expected[actual.size()] == ' ') {
      return true;
    }
  }
  return false;
}

std::string DescribeTrap(const rt::Trap& trap) {
  return "trap \"" +
         (trap.message.empty() ? std::string(rt::TrapMessage(trap.kind)) : trap.message) + "\"";
}

// Text modules exist only in assert_malformed/assert_invalid; wast2json writes them as .wat.
bool IsTextModule(const json& command) {
  return command.value("module_type", std::string("binary")) == "text";
}

}  // namespace

struct ScriptRunner::Verdict {
  enum class Kind : uint8_t { kPass, kFail, kSkip };
  Kind kind = Kind::kPass;
  std::string message;  // kFail: what went wrong; kSkip: why it cannot run.

  static Verdict Pass() { return {}; }
  static Verdict Fail(std::string message) { return {Kind::kFail, std::move(message)}; }
  static Verdict Skip(std::string_view reason) { return {Kind::kSkip, std::string(reason)}; }
};

struct ScriptRunner::ModuleOutcome {
  enum class Stage : uint8_t {
    kUnknownImport,
    kLinkError,
    kTrap,
    kException,
    kResourceExhausted,
    kInstantiated,
  };
  Stage stage = Stage::kInstantiated;
  std::string message;
  rt::Trap trap;
  rt::Instance* instance = nullptr;

  std::string Describe() const {
    switch (stage) {
      case Stage::kUnknownImport:
        return "unknown import: " + message;
      case Stage::kLinkError:
        return "link error: " + message;
      case Stage::kTrap:
        return "instantiation trapped: " + DescribeTrap(trap);
      case Stage::kException:
        return "instantiation raised a host exception";
      case Stage::kResourceExhausted:
        return "resources exhausted: " + message;
      case Stage::kInstantiated:
        return "instantiated";
    }
    return "?";
  }
};

struct ScriptRunner::ActionOutcome {
  enum class Kind : uint8_t {
    kReturned,
    kTrapped,
    kException,
    kThrown,  // A wasm exception escaped.
    kNotRun,  // The runner could not perform it (no such module/export, bad arguments).
  };
  Kind kind = Kind::kReturned;
  std::vector<rt::Value> results;
  rt::Trap trap;
  std::string problem;  // kNotRun
};

ScriptRunner::ScriptRunner(std::filesystem::path directory, RunnerOptions options,
                           Reporter& reporter)
    : directory_(std::move(directory)), options_(options), reporter_(reporter) {}

ScriptRunner::~ScriptRunner() = default;

void ScriptRunner::Run(const json& script) {
  rt::Result<ExportMap> spectest = MakeSpectestModule(store_);
  if (!spectest) {
    reporter_.Fail("cannot build the spectest module: " + spectest.error().message);
    return;
  }
  registry_.emplace("spectest", std::move(spectest).value());
  for (const json& command : script.at("commands")) {
    Verdict verdict;
    try {
      verdict = RunCommand(command);
    } catch (const json::exception& e) {
      verdict = Verdict::Fail(std::string("runner cannot read this command: ") + e.what());
    }
    switch (verdict.kind) {
      case Verdict::Kind::kPass:
        reporter_.Pass();
        break;
      case Verdict::Kind::kFail:
        reporter_.Fail(verdict.message);
        break;
      case Verdict::Kind::kSkip:
        reporter_.Skip(verdict.message);
        break;
    }
  }
}

ScriptRunner::Verdict ScriptRunner::RunCommand(const json& command) {
  using Handler = Verdict (ScriptRunner::*)(const json&);
  static const std::map<std::string_view, Handler> kHandlers = {
      {"module", &ScriptRunner::DefineModule},
      {"module_definition", &ScriptRunner::DefineModuleOnly},
      {"module_instance", &ScriptRunner::InstantiateDefinition},
      {"register", &ScriptRunner::Register},
      {"action", &ScriptRunner::PerformAction},
      {"assert_return", &ScriptRunner::AssertReturn},
      {"assert_trap", &ScriptRunner::AssertTrap},
      {"assert_exhaustion", &ScriptRunner::AssertTrap},
      {"assert_exception", &ScriptRunner::AssertException},
      {"assert_invalid", &ScriptRunner::AssertRejected},
      {"assert_malformed", &ScriptRunner::AssertRejected},
      {"assert_unlinkable", &ScriptRunner::AssertUnlinkable},
      {"assert_uninstantiable", &ScriptRunner::AssertUninstantiable},
  };
  const std::string& type = command.at("type").get_ref<const std::string&>();
  std::string description = type;
  if (command.contains("action")) description += " " + DescribeAction(command.at("action"));
  if (command.contains("name")) description += " " + command.at("name").get<std::string>();
  if (command.contains("filename")) description += " " + command.at("filename").get<std::string>();
  reporter_.Begin(command.value("line", 0u), description);
  auto handler = kHandlers.find(type);
  if (handler == kHandlers.end()) return Verdict::Fail("unknown command type " + Quoted(type));
  return (this->*handler->second)(command);
}

rt::Result<std::shared_ptr<const rt::Module>> ScriptRunner::Load(const std::string& filename) {
  std::ifstream file(directory_ / filename, std::ios::binary);
  if (!file) return rt::Error{"runner cannot read " + filename};
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)),
                             std::istreambuf_iterator<char>());
  return rt::DecodeModule(bytes);
}

ScriptRunner::ModuleOutcome ScriptRunner::Instantiate(std::shared_ptr<const rt::Module> module) {
  using Stage = ModuleOutcome::Stage;
  std::vector<rt::Extern> imports;
  for (const rt::Import& import : module->imports) {
    auto exporter = registry_.find(import.module);
    const rt::Extern* found = nullptr;
    if (exporter != registry_.end()) {
      auto it = exporter->second.find(import.name);
      if (it != exporter->second.end()) found = &it->second;
    }
    if (found == nullptr) {
      std::string missing = Quoted(import.module) + "." + Quoted(import.name);
      auto failed = failed_registrations_.find(import.module);
      if (failed != failed_registrations_.end()) missing += " (" + failed->second + ")";
      return {Stage::kUnknownImport, missing, {}, nullptr};
    }
    imports.push_back(*found);
  }
  rt::InstantiateResult result = store_.Instantiate(std::move(module), imports);
  switch (result.kind) {
    case rt::InstantiateResult::Kind::kOk:
      return {Stage::kInstantiated, {}, {}, result.instance};
    case rt::InstantiateResult::Kind::kLinkError:
      return {Stage::kLinkError, result.message, {}, nullptr};
    case rt::InstantiateResult::Kind::kTrap:
      return {Stage::kTrap, result.message, result.trap, nullptr};
    case rt::InstantiateResult::Kind::kException:
      return {Stage::kException, result.message, {}, nullptr};
    case rt::InstantiateResult::Kind::kResourceExhausted:
      return {Stage::kResourceExhausted, result.message, {}, nullptr};
    case rt::InstantiateResult::Kind::kThrow:
      return {Stage::kException, result.message, {}, nullptr};
  }
  return {Stage::kException, "unknown InstantiateResult kind", {}, nullptr};
}

void ScriptRunner::SetCurrent(const std::optional<std::string>& name, rt::Instance* instance,
                              std::string failure) {
  NamedInstance entry{instance, std::move(failure)};
  if (name) named_[*name] = entry;
  named_[""] = std::move(entry);
}

// `module`: decode, validate and instantiate; the instance becomes the current module.
ScriptRunner::Verdict ScriptRunner::DefineModule(const json& command) {
  std::optional<std::string> name;
  if (command.contains("name")) name = command.at("name").get<std::string>();
  std::string where = "the module at line " + std::to_string(command.value("line", 0u));
  rt::Result<std::shared_ptr<const rt::Module>> module = Load(command.at("filename"));
  if (!module) {
    std::string error = DescribeError(module.error());
    SetCurrent(name, nullptr, where + " was rejected: " + error);
    return Verdict::Fail("module rejected: " + error);
  }
  ModuleOutcome outcome = Instantiate(std::move(module).value());
  if (outcome.stage != ModuleOutcome::Stage::kInstantiated) {
    SetCurrent(name, nullptr, where + " was not instantiated: " + outcome.Describe());
    return Verdict::Fail(outcome.Describe());
  }
  SetCurrent(name, outcome.instance, {});
  return Verdict::Pass();
}

// `module definition`: decode and validate only; a later `module instance` instantiates it.
ScriptRunner::Verdict ScriptRunner::DefineModuleOnly(const json& command) {
  if (IsTextModule(command)) return Verdict::Skip(kTextModuleSkip);
  std::optional<std::string> name;
  if (command.contains("name")) name = command.at("name").get<std::string>();
  rt::Result<std::shared_ptr<const rt::Module>> module = Load(command.at("filename"));
  Definition definition{module ? module.value() : nullptr,
                        module ? "" : DescribeError(module.error())};
  if (name) definitions_[*name] = definition;
  definitions_[""] = definition;
  if (!module) return Verdict::Fail("module rejected: " + DescribeError(module.error()));
  return Verdict::Pass();
}

// `module instance $I $M`: instantiates definition $M (else the last one) as $I.
ScriptRunner::Verdict ScriptRunner::InstantiateDefinition(const json& command) {
  std::optional<std::string> name;
  if (command.contains("instance")) name = command.at("instance").get<std::string>();
  std::string definition_name = command.value("module", std::string());
  auto definition = definitions_.find(definition_name);
  std::string where = "the instance at line " + std::to_string(command.value("line", 0u));
  std::string problem;
  if (definition == definitions_.end()) {
    problem = definition_name.empty() ? "no module definition precedes it"
                                      : "no module definition named " + definition_name;
  } else if (definition->second.module == nullptr) {
    problem = "its module definition was rejected: " + definition->second.failure;
  }
  if (!problem.empty()) {
    SetCurrent(name, nullptr, where + " failed: " + problem);
    return Verdict::Fail("cannot instantiate: " + problem);
  }
  ModuleOutcome outcome = Instantiate(definition->second.module);
  if (outcome.stage != ModuleOutcome::Stage::kInstantiated) {
    SetCurrent(name, nullptr, where + " was not instantiated: " + outcome.Describe());
    return Verdict::Fail(outcome.Describe());
  }
  SetCurrent(name, outcome.instance, {});
  return Verdict::Pass();
}

ScriptRunner::Verdict ScriptRunner::Register(const json& command) {
  std::string name = command.value("name", std::string());
  const std::string& as = command.at("as").get_ref<const std::string&>();
  auto it = named_.find(name);
  std::string problem = it == named_.end()               ? "no module named " + name
                        : it->second.instance == nullptr ? it->second.failure
                                                         : "";
  if (!problem.empty()) {
    failed_registrations_[as] = "registering " + Quoted(as) + " failed: " + problem;
    registry_.erase(as);
    return Verdict::Fail("cannot register: " + problem);
  }
  failed_registrations_.erase(as);
  ExportMap exports;
  for (const auto& [export_name, value] : it->second.instance->exports) {
    exports[export_name] = value;
  }
  registry_[as] = std::move(exports);
  return Verdict::Pass();
}

ScriptRunner::ActionOutcome ScriptRunner::Perform(const json& action) {
  using Kind = ActionOutcome::Kind;
  auto not_run = [](std::string problem) {
    return ActionOutcome{Kind::kNotRun, {}, {}, std::move(problem)};
  };
  std::string module_name = action.value("module", std::string());
  auto named = named_.find(module_name);
  if (named == named_.end()) return not_run("no module named " + module_name);
  if (named->second.instance == nullptr) return not_run(named->second.failure);
  rt::Instance* instance = named->second.instance;
  const std::string& field = action.at("field").get_ref<const std::string&>();
  const rt::Extern* target = instance->FindExport(field);
  if (target == nullptr) return not_run("no export named " + Quoted(field));

  const std::string& type = action.at("type").get_ref<const std::string&>();
  if (type == "get") {
    if (target->kind != rt::ExternKind::kGlobal) return not_run(Quoted(field) + " is not a global");
    return {Kind::kReturned, {target->global->value()}, {}, {}};
  }
  if (type != "invoke") return not_run("unknown action type " + Quoted(type));
  if (target->kind != rt::ExternKind::kFunction) {
    return not_run(Quoted(field) + " is not a function");
  }
  rt::Function* function = target->function;
  const rt::FuncType& signature = function->type();
  std::vector<rt::Value> args;
  // The boxes made below are held only by `args` until the call puts them on the stack.
  struct NoCollection {
    explicit NoCollection(rt::GcHeap& heap) : heap(heap) { heap.DisableCollection(); }
    ~NoCollection() { heap.EnableCollection(); }
    rt::GcHeap& heap;
  } no_collection(store_.gc_heap());
  for (const json& arg : action.at("args")) {
    rt::Result<rt::Value> value = ParseArgument(arg, extern_refs_);
    if (!value) return not_run(value.error().message);
    if (rt::IsAnyRefType(value.value().type) && !value.value().is_null()) {
      // A host value as an anyref is a box of it (runtime/store/gc_heap.h).
      value.value().bits = reinterpret_cast<uintptr_t>(
          store_.gc_heap().NewBox(value.value().ref(), /*stack_top=*/nullptr));
    }
    args.push_back(value.value());
  }
  // Store::Call requires matching arguments; a mismatch is the script's (or the export's) fault.
  if (args.size() != signature.params.size()) {
    return not_run(Quoted(field) + " takes " + std::to_string(signature.params.size()) +
                   " arguments, the script passes " + std::to_string(args.size()));
  }
  for (size_t i = 0; i < args.size(); ++i) {
    // A reference argument is a value of the parameter's type if it is in its hierarchy
    // (the script's references are null or host values of the top type) and, when null,
    // the parameter is nullable.
    const rt::ValType param = signature.params[i];
    if (args[i].type.is_ref() && param.is_ref() &&
        rt::TopHeap(args[i].type) == rt::TopHeap(param) &&
        (param.nullable() || !args[i].is_null())) {
      args[i].type = param;
    }
    if (args[i].type != param) {
      return not_run("argument " + std::to_string(i) + " is " +
                     std::string(TypeName(args[i].type)) + ", " + Quoted(field) + " takes " +
                     std::string(TypeName(signature.params[i])));
    }
  }
  ActionOutcome outcome;
  rt::Outcome call = store_.Call(function, args, &outcome.results);
  switch (call.kind) {
    case rt::Outcome::Kind::kOk:
      outcome.kind = Kind::kReturned;
      break;
    case rt::Outcome::Kind::kTrap:
      outcome.kind = Kind::kTrapped;
      outcome.trap = std::move(call.trap);
      break;
    case rt::Outcome::Kind::kException:
    case rt::Outcome::Kind::kSuspend:  // The spec tests' hosts never suspend.
      outcome.kind = Kind::kException;
      break;
    case rt::Outcome::Kind::kThrow:
      outcome.kind = Kind::kThrown;
      break;
  }
  return outcome;
}

std::string ScriptRunner::DescribeAction(const json& action) {
  std::string text = action.value("type", std::string("?")) + " ";
  if (action.contains("module")) text += action.at("module").get<std::string>() + ".";
  text += Quoted(action.value("field", std::string()));
  if (!action.contains("args")) return text;
  text += "(";
  bool first = true;
  for (const json& arg : action.at("args")) {
    if (!first) text += ", ";
    first = false;
    rt::Result<rt::Value> value = ParseArgument(arg, extern_refs_);
    text += value ? Describe(value.value(), extern_refs_) : arg.dump();
  }
  return text + ")";
}

std::string ScriptRunner::DescribeOutcome(const ActionOutcome& outcome) {
  switch (outcome.kind) {
    case ActionOutcome::Kind::kReturned:
      return "returned " + DescribeValues(outcome.results, extern_refs_);
    case ActionOutcome::Kind::kTrapped:
      return DescribeTrap(outcome.trap);
    case ActionOutcome::Kind::kException:
      return "host exception";
    case ActionOutcome::Kind::kThrown:
      return "wasm exception";
    case ActionOutcome::Kind::kNotRun:
      return "not run: " + outcome.problem;
  }
  return "?";
}

bool ScriptRunner::MessageMatches(const std::string& actual, const std::string& expected) const {
  return !options_.strict_messages || actual.find(expected) != std::string::npos;
}

ScriptRunner::Verdict ScriptRunner::PerformAction(const json& command) {
  ActionOutcome outcome = Perform(command.at("action"));
  if (outcome.kind == ActionOutcome::Kind::kReturned) return Verdict::Pass();
  return Verdict::Fail(DescribeAction(command.at("action")) + ": " + DescribeOutcome(outcome));
}

ScriptRunner::Verdict ScriptRunner::AssertReturn(const json& command) {
  const json& action = command.at("action");
  ActionOutcome outcome = Perform(action);
  // "expected" lists one pattern per result; a command-level "either" (relaxed SIMD) lists
  // alternatives for a single result.
  std::vector<ExpectedValue> patterns;
  if (command.contains("either")) {
    rt::Result<ExpectedValue> either =
        ParseExpected(json{{"type", "either"}, {"values", command.at("either")}}, extern_refs_);
    if (!either) return Verdict::Fail("cannot check the result: " + either.error().message);
    patterns.push_back(std::move(either).value());
  } else {
    for (const json& value : command.at("expected")) {
      rt::Result<ExpectedValue> pattern = ParseExpected(value, extern_refs_);
      if (!pattern) return Verdict::Fail("cannot check the result: " + pattern.error().message);
      patterns.push_back(std::move(pattern).value());
    }
  }
  bool matches =
      outcome.kind == ActionOutcome::Kind::kReturned && outcome.results.size() == patterns.size();
  for (size_t i = 0; matches && i < patterns.size(); ++i) {
    matches = Matches(patterns[i], outcome.results[i], extern_refs_);
  }
  if (matches) return Verdict::Pass();
  std::string wanted;
  for (const ExpectedValue& pattern : patterns) {
    wanted += (wanted.empty() ? "" : ", ") + Describe(pattern);
  }
  return Verdict::Fail(DescribeAction(action) + ": expected (" + wanted + "), got " +
                       DescribeOutcome(outcome));
}

// assert_trap and assert_exhaustion: the action must trap with the script's message.
ScriptRunner::Verdict ScriptRunner::AssertTrap(const json& command) {
  const std::string& text = command.at("text").get_ref<const std::string&>();
  const json& action = command.at("action");
  ActionOutcome outcome = Perform(action);
  if (outcome.kind == ActionOutcome::Kind::kTrapped && TrapMatches(outcome.trap, text)) {
    return Verdict::Pass();
  }
  return Verdict::Fail(DescribeAction(action) + ": expected trap \"" + text + "\", got " +
                       DescribeOutcome(outcome));
}

// assert_exception: a wasm exception must escape the call.
ScriptRunner::Verdict ScriptRunner::AssertException(const json& command) {
  const json& action = command.at("action");
  ActionOutcome outcome = Perform(action);
  if (outcome.kind == ActionOutcome::Kind::kThrown) return Verdict::Pass();
  return Verdict::Fail(DescribeAction(action) + ": expected a wasm exception, got " +
                       DescribeOutcome(outcome));
}

// assert_invalid and assert_malformed: decoding (with validation) must fail.
ScriptRunner::Verdict ScriptRunner::AssertRejected(const json& command) {
  if (IsTextModule(command)) return Verdict::Skip(kTextModuleSkip);
  const std::string& text = command.at("text").get_ref<const std::string&>();
  rt::Result<std::shared_ptr<const rt::Module>> module = Load(command.at("filename"));
  if (module) return Verdict::Fail("module accepted; expected rejection \"" + text + "\"");
  if (!MessageMatches(module.error().message, text)) {
    return Verdict::Fail("rejected with \"" + DescribeError(module.error()) + "\"; expected \"" +
                         text + "\"");
  }
  return Verdict::Pass();
}

ScriptRunner::Verdict ScriptRunner::AssertUnlinkable(const json& command) {
  if (IsTextModule(command)) return Verdict::Skip(kTextModuleSkip);
  const std::string& text = command.at("text").get_ref<const std::string&>();
  rt::Result<std::shared_ptr<const rt::Module>> module = Load(command.at("filename"));
  if (!module) {
    return Verdict::Fail("module rejected (" + DescribeError(module.error()) +
                         "); expected link error \"" + text + "\"");
  }
  ModuleOutcome outcome = Instantiate(std::move(module).value());
  bool linked = outcome.stage != ModuleOutcome::Stage::kUnknownImport &&
                outcome.stage != ModuleOutcome::Stage::kLinkError;
  if (linked || !MessageMatches(outcome.Describe(), text)) {
    return Verdict::Fail("expected link error \"" + text + "\", got " + outcome.Describe());
  }
  return Verdict::Pass();
}

ScriptRunner::Verdict ScriptRunner::AssertUninstantiable(const json& command) {
  if (IsTextModule(command)) return Verdict::Skip(kTextModuleSkip);
  const std::string& text = command.at("text").get_ref<const std::string&>();
  rt::Result<std::shared_ptr<const rt::Module>> module = Load(command.at("filename"));
  if (!module) {
    return Verdict::Fail("module rejected (" + DescribeError(module.error()) +
                         "); expected instantiation to trap \"" + text + "\"");
  }
  ModuleOutcome outcome = Instantiate(std::move(module).value());
  if (outcome.stage == ModuleOutcome::Stage::kTrap && TrapMatches(outcome.trap, text)) {
    return Verdict::Pass();
  }
  return Verdict::Fail("expected instantiation to trap \"" + text + "\", got " +
                       outcome.Describe());
}

}  // namespace linea::spectest
