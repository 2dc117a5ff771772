// An Emscripten program built with -O3 -msimd128 by emscripten_simd.test: loops clang
// auto-vectorizes (float, int and saturating byte arithmetic) and wasm_simd128.h intrinsics
// whose lanes are easy to get wrong (shuffle, narrows, dot, q15mulr, min/nearest with -0 and
// NaN, trunc_sat, bitmask). emscripten_simd.expected is node 20's output.
#include <stdint.h>
#include <stdio.h>
#include <wasm_simd128.h>

#define N 1024
static float xs[N], ys[N];
static int32_t is[N];
static uint8_t bytes[N];
static int16_t shorts[N];

// Loops that clang vectorizes at -O3 -msimd128.
static float saxpy(float a) {
  for (int i = 0; i < N; ++i) ys[i] = a * xs[i] + ys[i];
  float sum = 0;
  for (int i = 0; i < N; ++i) sum += ys[i];
  return sum;
}
static int32_t int_ops(void) {
  int32_t acc = 0;
  for (int i = 0; i < N; ++i) is[i] = (is[i] * 3 + 7) ^ (is[i] >> 2);
  for (int i = 0; i < N; ++i) acc += is[i] > 1000 ? is[i] : -is[i];
  return acc;
}
static uint32_t byte_ops(void) {
  for (int i = 0; i < N; ++i) {
    int v = bytes[i] + 100;
    bytes[i] = v > 255 ? 255 : v;  // Saturating add.
  }
  uint32_t sum = 0;
  for (int i = 0; i < N; ++i) sum += bytes[i];
  return sum;
}

// Explicit intrinsics.
static void intrinsics(void) {
  v128_t a = wasm_i8x16_make(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  v128_t b = wasm_i8x16_splat(-3);
  v128_t shuffled = wasm_i8x16_shuffle(a, b, 15, 16, 0, 17, 7, 31, 3, 3, 12, 20, 1, 2, 30, 8, 9, 0);
  printf("shuffle: %016llx %016llx\n", (unsigned long long)wasm_i64x2_extract_lane(shuffled, 0),
         (unsigned long long)wasm_i64x2_extract_lane(shuffled, 1));
  v128_t wide = wasm_i16x8_make(300, -300, 127, -129, 32767, -32768, 0, 255);
  v128_t narrow = wasm_i8x16_narrow_i16x8(wide, wasm_i16x8_neg(wide));
  v128_t unarrow = wasm_u8x16_narrow_i16x8(wide, wide);
  printf("narrow: %016llx %016llx  unsigned: %016llx\n",
         (unsigned long long)wasm_i64x2_extract_lane(narrow, 0),
         (unsigned long long)wasm_i64x2_extract_lane(narrow, 1),
         (unsigned long long)wasm_i64x2_extract_lane(unarrow, 0));
  v128_t dot = wasm_i32x4_dot_i16x8(wide, wasm_i16x8_splat(-2));
  printf("dot: %d %d %d %d\n", wasm_i32x4_extract_lane(dot, 0), wasm_i32x4_extract_lane(dot, 1),
         wasm_i32x4_extract_lane(dot, 2), wasm_i32x4_extract_lane(dot, 3));
  v128_t q = wasm_i16x8_q15mulr_sat(wasm_i16x8_splat(-32768), wide);
  printf("q15mulr: %d %d %d\n", wasm_i16x8_extract_lane(q, 0), wasm_i16x8_extract_lane(q, 5),
         wasm_i16x8_extract_lane(q, 7));
  v128_t f = wasm_f32x4_make(-0.0f, 1.5f, -2.5f, __builtin_nanf(""));
  v128_t m = wasm_f32x4_min(f, wasm_f32x4_splat(0.0f));
  v128_t r = wasm_f32x4_nearest(f);
  printf("min: %g %g %g %g  nearest: %g %g %g\n", wasm_f32x4_extract_lane(m, 0),
         wasm_f32x4_extract_lane(m, 1), wasm_f32x4_extract_lane(m, 2),
         wasm_f32x4_extract_lane(m, 3), wasm_f32x4_extract_lane(r, 0),
         wasm_f32x4_extract_lane(r, 1), wasm_f32x4_extract_lane(r, 2));
  v128_t t = wasm_i32x4_trunc_sat_f32x4(wasm_f32x4_make(3e9f, -3e9f, __builtin_nanf(""), -7.9f));
  printf("trunc_sat: %d %d %d %d  bitmask: %d  all_true: %d\n", wasm_i32x4_extract_lane(t, 0),
         wasm_i32x4_extract_lane(t, 1), wasm_i32x4_extract_lane(t, 2),
         wasm_i32x4_extract_lane(t, 3), wasm_i8x16_bitmask(narrow), wasm_i16x8_all_true(wide));
}

int main(void) {
  for (int i = 0; i < N; ++i) {
    xs[i] = (float)i * 0.25f;
    ys[i] = (float)(N - i);
    is[i] = i * 37 - 5000;
    bytes[i] = (uint8_t)(i * 7);
    shorts[i] = (int16_t)(i * 13);
  }
  float s = 0;
  for (int k = 0; k < 10; ++k) s = saxpy(0.5f);
  printf("saxpy: %.1f\n", s);
  printf("int ops: %d\n", int_ops());
  printf("byte ops: %u\n", byte_ops());
  intrinsics();
  return 0;
}
