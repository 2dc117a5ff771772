// A debugging aid: prints a function's internal code (runtime/code.h) as the compiler emits it,
// one instruction a line, when the environment variable LINEA_PRINT_CODE is set (to anything).
// For reading what a hot loop compiles to (tools/bench/README.md); nothing depends on its format.
#ifndef LINEA_RUNTIME_COMPILE_CODE_DUMP_H_
#define LINEA_RUNTIME_COMPILE_CODE_DUMP_H_

#include <cstdint>
#include <span>
#include <string>

#include "runtime/code.h"

namespace linea::rt {

// Whether LINEA_PRINT_CODE is set (read once).
bool PrintCodeEnabled();

// `f`'s code as text: a header with its frame layout and constants, then per instruction its
// code position, op name and operand words (slot words are byte offsets: slot n is 16n).
// `instruction_starts` are the code positions of its instructions, in order.
std::string DumpCode(const CompiledFunction& f, std::span<const uint32_t> instruction_starts);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_CODE_DUMP_H_
