import './syntax_error.mjs';
