;; Imports base (a Number in env.mjs) as a function: a LinkError at evaluation.
(module (import "./env.mjs" "base" (func)))
