// A static import of a module with a syntax error (two levels down) reports the SyntaxError at
// its file and line and exits 1, without running anything (V8 10.2 used to abort here).
import './modules/errors/imports_syntax_error.mjs';
console.log('not reached');
