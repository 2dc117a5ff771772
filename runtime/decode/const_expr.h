// Constant expressions (core spec 3.3.10, binary 5.4.9): the initialisers of globals and the
// offsets and items of element and data segments.
#ifndef LINEA_RUNTIME_DECODE_CONST_EXPR_H_
#define LINEA_RUNTIME_DECODE_CONST_EXPR_H_

#include <cstdint>

#include "runtime/decode/binary_reader.h"
#include "runtime/decode/module.h"

namespace linea::rt {

// Reads an expression up to and including its `end` and validates it against `module` as
// decoded so far: it must be constant and produce exactly one value of type `expected`.
// As in WebAssembly 3.0, global.get may name any immutable global in `module.globals` (the
// caller decides which are visible by what it has added), arithmetic is i32/i64 add, sub and
// mul, and ref.func names any function of the module. Errors go to `reader`.
// A heap type (s33) as the reference type (ref null? ht), for ref.null and the GC
// instructions' immediates.
ValType ReadHeapRefType(BinaryReader& reader, const Module& module, bool nullable);

ConstExpr DecodeConstExpr(BinaryReader& reader, const Module& module, ValType expected);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_CONST_EXPR_H_
