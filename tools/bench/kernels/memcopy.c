// Copies and compares blocks of memory with explicit loops (not memcpy): the address
// arithmetic of loads and stores dominates.
#include "common.h"
#define N (1 << 16)
static uint32_t a[N], b[N];
EXPORT int run(void) {
  for (uint32_t i = 0; i < N; i++) a[i] = i * 2654435761u;
  uint32_t sum = 0;
  for (int round = 0; round < 300; round++) {
    for (uint32_t i = 0; i < N; i++) b[i] = a[(i + round) & (N - 1)];
    for (uint32_t i = 0; i < N; i++) sum += b[i] ^ a[i];
  }
  return (int)sum;
}
