/* linea's CoreMark port to WebAssembly: what CoreMark's core_main.c and coremark.h ask a port
 * for (types, seeds, timing, output), for a standalone module built by emcc that exports `run`.
 * The clock is the import `env.clock_ms` (milliseconds, i32), which wasm3's CLI links in its
 * libc module and tools/bench/bench.js provides to linea and node. CoreMark itself is not part
 * of linea: tools/bench/run.py builds it from a checkout named by --coremark-src. */
#ifndef LINEA_COREMARK_PORTME_H
#define LINEA_COREMARK_PORTME_H

#include <stddef.h>

#define HAS_FLOAT 1
#define HAS_TIME_H 0
#define USE_CLOCK 0
#define HAS_STDIO 0
#define HAS_PRINTF 0
#define MAIN_HAS_NOARGC 1
#define MAIN_HAS_NORETURN 0
#define SEED_METHOD SEED_VOLATILE
#define MEM_METHOD MEM_STATIC
#define MULTITHREAD 1
#define USE_PTHREAD 0
#define USE_FORK 0
#define USE_SOCKET 0

#ifndef COMPILER_VERSION
#define COMPILER_VERSION "emcc (clang " __clang_version__ ")"
#endif
#ifndef COMPILER_FLAGS
#define COMPILER_FLAGS "-O2"
#endif
#define MEM_LOCATION "STATIC"

typedef signed short ee_s16;
typedef unsigned short ee_u16;
typedef signed int ee_s32;
typedef double ee_f32;
typedef unsigned char ee_u8;
typedef unsigned int ee_u32;
typedef ee_u32 ee_ptr_int; /* wasm32 pointers */
typedef size_t ee_size_t;

/* Rounds an address up to a multiple of 4 (the matrix data's alignment). */
#define align_mem(x) (void *)(4 + (((ee_ptr_int)(x)-1) & ~3))

typedef ee_u32 CORE_TICKS; /* milliseconds of env.clock_ms */

typedef struct CORE_PORTABLE_S {
  ee_u8 portable_id;
} core_portable;

extern ee_u32 default_num_contexts;

void portable_init(core_portable *p, int *argc, char *argv[]);
void portable_fini(core_portable *p);
int ee_printf(const char *fmt, ...);

#endif /* LINEA_COREMARK_PORTME_H */
