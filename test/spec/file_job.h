// One script's whole run: read its JSON (converting a .wast with wast2json first), then run its
// commands against a fresh store, reporting into a FileProgress.
#ifndef LINEA_TEST_SPEC_FILE_JOB_H_
#define LINEA_TEST_SPEC_FILE_JOB_H_

#include <filesystem>
#include <span>

#include "test/spec/file_progress.h"
#include "test/spec/script_runner.h"
#include "test/spec/status_file.h"
#include "test/spec/suite_layout.h"

namespace linea::spectest {

// `scratch` is an empty directory for wast2json's output.
void RunScriptFile(const ScriptFile& file, const std::filesystem::path& scratch, int verbosity,
                   RunnerOptions options, std::span<const StatusEntry> expected,
                   FileProgress& progress);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_FILE_JOB_H_
