// Sorts 1M pseudo-random integers with a hand-written quicksort (recursion, compares, swaps).
#include "common.h"
#define N (1 << 20)
static int32_t v[N];
static void quicksort(int32_t* a, int n) {
  while (n > 16) {
    int32_t pivot = a[n / 2];
    int i = 0, j = n - 1;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { int32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (j + 1 < n - i) { quicksort(a, j + 1); a += i; n -= i; }
    else { quicksort(a + i, n - i); n = j + 1; }
  }
  for (int k = 1; k < n; k++) {
    int32_t x = a[k];
    int m = k - 1;
    while (m >= 0 && a[m] > x) { a[m + 1] = a[m]; m--; }
    a[m + 1] = x;
  }
}
EXPORT int run(void) {
  uint32_t x = 2463534242u;
  for (int i = 0; i < N; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; v[i] = (int32_t)x; }
  quicksort(v, N);
  uint32_t sum = 0;
  for (int i = 0; i < N; i += 1024) sum = sum * 31 + (uint32_t)v[i];
  return (int)sum;
}
