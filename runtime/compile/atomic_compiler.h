// Validation and lowering of the 0xFE-prefixed (threads proposal) atomic instructions, kept
// apart from the rest of the function compiler (runtime/compile/compiler.cc), which it drives
// through the same narrow interface as the SIMD compiler.
#ifndef LINEA_RUNTIME_COMPILE_ATOMIC_COMPILER_H_
#define LINEA_RUNTIME_COMPILE_ATOMIC_COMPILER_H_

#include "runtime/compile/compiler_reader.h"
#include "runtime/compile/simd_compiler.h"

namespace linea::rt {

// Compiles the instruction after a 0xFE prefix byte.
bool CompileAtomicInstruction(BodyReader& reader, SimdCompilerHost& host);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_COMPILE_ATOMIC_COMPILER_H_
