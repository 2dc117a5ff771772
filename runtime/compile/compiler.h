// Validates one function body and lowers it to the interpreter's internal code in one pass.
// Called by the decoder for each body as soon as it is complete; every section a body can
// depend on (types, imports, functions, tables, memories, globals, exports, elements, data
// count) precedes the code section, so `module` already holds them.
#ifndef LINEA_RUNTIME_COMPILE_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_COMPILER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "runtime/decode/module.h"
#include "runtime/result.h"

namespace linea::rt {

// `body` is the function body as in the binary (locals vector, then the expression);
// `body_offset` is its offset in the module, so errors carry absolute offsets. The returned
// Error's message is bare (e.g. "type mismatch: expected i32, got f64"); the decoder adds the
// section and function context. With `validate_only` the body is validated exactly as for a
// compile but no code is generated (the whole body is treated as the compiler treats
// unreachable code), and the result is nullptr on success.
Result<std::unique_ptr<CompiledFunction>> CompileFunction(const Module& module, uint32_t func_index,
                                                          std::span<const uint8_t> body,
                                                          size_t body_offset,
                                                          bool validate_only = false);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_COMPILER_H_
