// How the engine's rt::Value holds a v128: the one place the runner depends on it.
//
// TODO(SIMD, issue 11): rt::Value holds 64 bits today, so a v128 can neither be passed in nor
// read back; commands with v128 arguments or results fail with this message until it can.
#include "test/spec/script_values.h"

namespace linea::spectest {

rt::Result<rt::Value> MakeV128Value(const V128Bytes&) {
  return rt::Error{"the engine's rt::Value cannot hold a v128 yet (SIMD is not implemented)"};
}

std::optional<V128Bytes> V128Of(const rt::Value&) { return std::nullopt; }

}  // namespace linea::spectest
