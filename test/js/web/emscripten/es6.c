// Emscripten test program for -sEXPORT_ES6: main runs at instantiation, add is exported.
#include <stdio.h>
#include <emscripten.h>
EMSCRIPTEN_KEEPALIVE int add(int a, int b) { return a + b; }
int main() { printf("es6 module main ran\n"); return 0; }
