// The type section of WebAssembly 3.0 (core spec 5.5.4): recursive type groups of
// subtypes, each group interned (iso-recursive canonicalization, runtime/types.h) as soon as
// it is read, then validated (core spec 3.2.x: supertypes precede their subtypes, are not
// final and are matched structurally).
#ifndef LINEA_RUNTIME_DECODE_TYPE_SECTION_H_
#define LINEA_RUNTIME_DECODE_TYPE_SECTION_H_

#include "runtime/decode/binary_reader.h"
#include "runtime/decode/module.h"

namespace linea::rt {

// Appends the section's types to m.types and m.canonical_type_ids; errors go to `r`.
void DecodeTypes(BinaryReader& r, Module& m);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_TYPE_SECTION_H_
