// The interactive shell: `linea` with a terminal on stdin.
//
// Input is read through libedit (line editing, history in ~/.linea_history, tab completion of
// globals and properties); while it waits for a key the libuv loop runs, so timers and fetches
// go on at the prompt. Each input is evaluated in V8's REPL mode
// (top-level await; let/const may be declared again) and its result printed with the console
// formatter; input that is not yet a complete program continues on a "... " line.
#ifndef LINEA_SHELL_REPL_H_
#define LINEA_SHELL_REPL_H_

namespace linea::shell {

class Environment;

// Runs the REPL until .exit or Ctrl-D (errors print and the session goes on).
void RunRepl(Environment& env);

}  // namespace linea::shell

#endif  // LINEA_SHELL_REPL_H_
