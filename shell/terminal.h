// What linea asks of the terminal it writes to: whether to colour, and how wide it is.
#ifndef LINEA_SHELL_TERMINAL_H_
#define LINEA_SHELL_TERMINAL_H_

namespace linea::shell {

// True when output to `fd` should carry ANSI colours, as node decides for its REPL and console:
// `fd` is a terminal (never a pipe or a file), TERM is set and not "dumb", NO_COLOR is unset or
// empty (no-color.org) and `--no-color` was not given (`no_color_flag`).
bool ShouldColor(int fd, bool no_color_flag);

// The width of the terminal on `fd` in columns; 80 when it is not a terminal or will not say.
int TerminalColumns(int fd);

}  // namespace linea::shell

#endif  // LINEA_SHELL_TERMINAL_H_
