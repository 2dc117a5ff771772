// One .wast file's whole run: convert it with wast2json, then run the script against a fresh
// store, reporting into a FileProgress.
#ifndef LINEA_TEST_SPEC_FILE_JOB_H_
#define LINEA_TEST_SPEC_FILE_JOB_H_

#include <filesystem>

#include "test/spec/file_progress.h"
#include "test/spec/script_runner.h"
#include "test/spec/suite_layout.h"

namespace linea::spectest {

// `scratch` is an empty directory for wast2json's output.
void RunTestFile(const TestFile& file, const std::filesystem::path& scratch, int verbosity,
                 RunnerOptions options, FileProgress& progress);

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_FILE_JOB_H_
