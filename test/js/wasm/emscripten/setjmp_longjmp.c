// setjmp/longjmp across frames with -sSUPPORT_LONGJMP=wasm.
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static void deep(int n) {
  if (n == 0) longjmp(env, 42);
  deep(n - 1);
}

int main(void) {
  int v = setjmp(env);
  if (v == 0) {
    printf("setjmp returned 0, jumping from 5 frames down\n");
    deep(5);
    printf("not reached\n");
  } else {
    printf("longjmp delivered %d\n", v);
  }
  return 0;
}
