// A mix of i64 and f64 arithmetic with divisions and conversions (the checked operations).
#include "common.h"
EXPORT int run(void) {
  uint64_t x = 88172645463325252ull;
  double acc = 0.0;
  int64_t s = 0;
  for (int i = 1; i < 8000000; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    s += (int64_t)(x % 1000003u) / (i | 1);
    double d = (double)(x >> 11) * (1.0 / 9007199254740992.0);
    acc += d * d - (double)(int32_t)(d * 1000.0);
  }
  return (int)(s ^ (int64_t)acc);
}
