#include "runtime/compile/superinstructions.h"

namespace linea::rt {

// code.h lists the *Add accesses in the order of the plain loads and stores.
Op AddressAddAccess(Op access) {
  return static_cast<Op>(static_cast<uint32_t>(Op::kI32LoadAdd) + static_cast<uint32_t>(access) -
                         static_cast<uint32_t>(Op::kI32Load));
}

}  // namespace linea::rt
