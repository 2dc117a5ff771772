#include "test/spec/file_job.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "test/spec/reporter.h"
#include "test/spec/wast_conversion.h"

namespace linea::spectest {

void RunScriptFile(const ScriptFile& file, const std::filesystem::path& scratch, int verbosity,
                   RunnerOptions options, std::span<const StatusEntry> expected,
                   FileProgress& progress) {
  Reporter reporter(file.name, verbosity, expected, progress);
  std::filesystem::path json_file = file.path;
  if (file.is_wast) {
    reporter.Begin(0, "wast2json");
    rt::Result<std::filesystem::path> converted =
        ConvertWast(file.path, file.wast2json_flags, scratch);
    if (!converted) {
      reporter.Fail(converted.error().message);
      reporter.Finish();
      return;
    }
    json_file = converted.value();
  }
  nlohmann::json script;
  try {
    std::ifstream input(json_file);
    script = nlohmann::json::parse(input);
  } catch (const nlohmann::json::exception& e) {
    reporter.Begin(0, "read the script");
    reporter.Fail("cannot parse " + json_file.string() + ": " + e.what());
    reporter.Finish();
    return;
  }
  // The script's modules lie beside its JSON.
  ScriptRunner runner(json_file.parent_path(), options, reporter);
  runner.Run(script);
  reporter.Finish();
}

}  // namespace linea::spectest
