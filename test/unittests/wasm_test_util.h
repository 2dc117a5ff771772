// Helpers for the decoding unit tests: modules are written as byte arrays (the WAT they
// encode in a comment above each), usually as a list of sections after the 8-byte header.
#ifndef LINEA_TEST_UNITTESTS_WASM_TEST_UTIL_H_
#define LINEA_TEST_UNITTESTS_WASM_TEST_UTIL_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/decode/module.h"

namespace linea::rt::testing {

using Bytes = std::vector<uint8_t>;

// "\0asm" and version 1.
inline Bytes Header() { return {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}; }

// The header followed by the given sections (each already complete with id and size).
inline Bytes WasmModule(std::initializer_list<Bytes> sections) {
  Bytes bytes = Header();
  for (const Bytes& s : sections) bytes.insert(bytes.end(), s.begin(), s.end());
  return bytes;
}

// Decodes `bytes`, which must be valid.
inline std::shared_ptr<const Module> MustDecode(const Bytes& bytes) {
  Result<std::shared_ptr<const Module>> result = DecodeModule(bytes);
  if (!result.ok()) return nullptr;
  return result.value();
}

}  // namespace linea::rt::testing

#endif  // LINEA_TEST_UNITTESTS_WASM_TEST_UTIL_H_
