// How the engine's rt::Value holds a v128: the one place the runner depends on it.
// Value::bits holds bytes 0..7 and Value::high bytes 8..15, each little-endian.
#include <cstring>

#include "test/spec/script_values.h"

namespace linea::spectest {

rt::Result<rt::Value> MakeV128Value(const V128Bytes& bytes) {
  uint64_t low, high;
  std::memcpy(&low, bytes.data(), 8);
  std::memcpy(&high, bytes.data() + 8, 8);
  return rt::Value::V128(low, high);
}

std::optional<V128Bytes> V128Of(const rt::Value& value) {
  if (value.type != rt::ValType::kV128) return std::nullopt;
  V128Bytes bytes;
  std::memcpy(bytes.data(), &value.bits, 8);
  std::memcpy(bytes.data() + 8, &value.high, 8);
  return bytes;
}

}  // namespace linea::spectest
