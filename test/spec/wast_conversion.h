// Converts a .wast script to wast2json's JSON and .wasm files by running Debian's wast2json.
#ifndef LINEA_TEST_SPEC_WAST_CONVERSION_H_
#define LINEA_TEST_SPEC_WAST_CONVERSION_H_

#include <filesystem>
#include <span>
#include <string>

#include "runtime/result.h"

namespace linea::spectest {

// Runs `wast2json <flags> <wast> -o <directory>/script.json` and returns the JSON's path, or
// an error holding wast2json's diagnostics.
rt::Result<std::filesystem::path> ConvertWast(const std::filesystem::path& wast,
                                              std::span<const std::string> flags,
                                              const std::filesystem::path& directory);

// A fresh private directory under the system's temporary directory.
rt::Result<std::filesystem::path> MakeTemporaryDirectory();

}  // namespace linea::spectest

#endif  // LINEA_TEST_SPEC_WAST_CONVERSION_H_
