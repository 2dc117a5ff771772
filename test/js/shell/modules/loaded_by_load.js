// Run by load() in emscripten_shell.js: a classic script in the global scope.
var loadedGlobal = 'from load()';
