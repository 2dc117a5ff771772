#include "test/spec/file_job.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "test/spec/reporter.h"
#include "test/spec/wast_conversion.h"

namespace linea::spectest {

void RunTestFile(const TestFile& file, const std::filesystem::path& scratch, int verbosity,
                 RunnerOptions options, FileProgress& progress) {
  Reporter reporter(file.name, verbosity, progress);
  reporter.Begin(0, "wast2json");
  rt::Result<std::filesystem::path> json_file =
      ConvertWast(file.path, file.wast2json_flags, scratch);
  if (!json_file) {
    reporter.Fail(json_file.error().message);
    reporter.Finish();
    return;
  }
  nlohmann::json script;
  try {
    std::ifstream input(json_file.value());
    script = nlohmann::json::parse(input);
  } catch (const nlohmann::json::exception& e) {
    reporter.Fail(std::string("cannot parse wast2json's output: ") + e.what());
    reporter.Finish();
    return;
  }
  ScriptRunner runner(scratch, options, reporter);
  runner.Run(script);
  reporter.Finish();
}

}  // namespace linea::spectest
