// Shared by the benchmark kernels: each is a C file exporting `int run(void)` that returns a
// checksum, so every engine's result can be compared, and takes long enough to time.
#include <stdint.h>
#define EXPORT __attribute__((used, visibility("default")))
