// The hash of a module's bytes that names it in stack traces. It is V8's string hash of the
// bytes (StringHasher::HashSequentialString with seed 0, as V8 names a module's script
// "wasm://wasm/<hash>"), so a frame reads `wasm://wasm/605cc3ce:wasm-function[1]:0x2e` in linea
// exactly as in node and Chromium and the same module is recognisable across them. Like V8, a
// module over 16383 bytes hashes its length only.
#ifndef LINEA_RUNTIME_DECODE_MODULE_HASH_H_
#define LINEA_RUNTIME_DECODE_MODULE_HASH_H_

#include <cstddef>
#include <cstdint>
#include <span>

namespace linea::rt {

class ModuleHasher {
 public:
  // Adds the next bytes of the module (in any chunks).
  void Add(std::span<const uint8_t> bytes);
  // The hash of the `total` bytes added.
  uint32_t Finish() const;

 private:
  static constexpr size_t kMaxHashedLength = 16383;  // V8's String::kMaxHashCalcLength.
  uint32_t running_ = 0;
  size_t length_ = 0;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_MODULE_HASH_H_
