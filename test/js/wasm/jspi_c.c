// A C program calling an async JS function in a loop, under JSPI (emscripten 3.1.6 predates
// -sJSPI, so the import is wired by hand: jspi_c.js makes it a WebAssembly.Suspending).
extern int wait_and_double(int x);  // Imported from "env": awaits a timer, returns 2x.

__attribute__((export_name("run"))) int run(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) total += wait_and_double(i);
  return total;
}
