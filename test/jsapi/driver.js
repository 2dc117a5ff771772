// Runs one JS API test the way WPT's jsshell scope does: each file named on the command line is
// loaded in order as a classic script of the global scope (testharness.js, our report shim, the
// test's `// META: script=` files, then the test itself).
for (const file of scriptArgs) load(file);
