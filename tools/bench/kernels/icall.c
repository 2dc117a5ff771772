// Calls through a table of function pointers (call_indirect), as virtual calls and
// interpreters' dispatch loops do.
#include "common.h"
typedef uint32_t (*op_fn)(uint32_t, uint32_t);
static uint32_t op_add(uint32_t a, uint32_t b) { return a + b; }
static uint32_t op_xor(uint32_t a, uint32_t b) { return a ^ (b << 1); }
static uint32_t op_mul(uint32_t a, uint32_t b) { return a * (b | 1); }
static uint32_t op_rot(uint32_t a, uint32_t b) { return (a << (b & 31)) | (a >> ((32 - b) & 31)); }
static op_fn volatile ops[4] = {op_add, op_xor, op_mul, op_rot};
EXPORT int run(void) {
  uint32_t acc = 1;
  for (uint32_t i = 0; i < 8000000; i++) acc = ops[(i ^ (acc >> 7)) & 3](acc, i);
  return (int)acc;
}
