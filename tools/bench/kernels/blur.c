// A 3x3 box blur (bench: simd): run.py times its -O3 scalar build and its -msimd128 build,
// which clang vectorizes (tools/bench/run.py --only blur).
#include <stdint.h>
#include <emscripten.h>

#define W 256
#define H 256
static uint8_t src[W * H], dst[W * H];

// A 3x3 box blur of a 256x256 8-bit image, 40 times; returns a checksum.
EMSCRIPTEN_KEEPALIVE uint32_t run(void) {
  for (int i = 0; i < W * H; ++i) src[i] = (uint8_t)((i * 7) ^ (i >> 5));
  for (int rep = 0; rep < 40; ++rep) {
    for (int y = 1; y < H - 1; ++y) {
      for (int x = 1; x < W - 1; ++x) {
        unsigned sum = 0;
        for (int dy = -1; dy <= 1; ++dy)
          sum += src[(y + dy) * W + x - 1] + src[(y + dy) * W + x] + src[(y + dy) * W + x + 1];
        dst[y * W + x] = (uint8_t)(sum / 9);
      }
    }
    for (int i = 0; i < W * H; ++i) src[i] = dst[i];
  }
  uint32_t checksum = 0;
  for (int i = 0; i < W * H; ++i) checksum = checksum * 31 + dst[i];
  return checksum;
}
