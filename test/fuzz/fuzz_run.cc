// Fuzz target "run": arbitrary bytes as a module, run by RunModule (module_runner.h) if valid.
#include <cstddef>
#include <cstdint>

#include "test/fuzz/host_environment.h"
#include "test/fuzz/module_runner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  linea::fuzz::RunModule(bytes, linea::fuzz::HashBytes(bytes));
  return 0;
}
