// Prints, for each file named on the command line, whether rt::DecodeModule accepts it:
// "<file>\tok" or "<file>\terror\t<message>". compare_with_wabt.sh compares this with wabt's
// wasm-validate over a fuzzing corpus (differential validation).
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "runtime/decode/decoder.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
    auto result = linea::rt::DecodeModule(bytes);
    if (result.ok()) {
      printf("%s\tok\n", argv[i]);
    } else {
      printf("%s\terror\t%s\n", argv[i], result.error().message.c_str());
    }
  }
  return 0;
}
