// The "name" custom section (core spec 7.4): debug names for the module and its functions.
#ifndef LINEA_RUNTIME_DECODE_NAME_SECTION_H_
#define LINEA_RUNTIME_DECODE_NAME_SECTION_H_

#include <cstddef>
#include <cstdint>
#include <span>

#include "runtime/decode/module.h"

namespace linea::rt {

// Parses the contents of a name section (after its name) into module->module_name and
// module->function_names. The section is only a hint, and the spec says a malformed one is
// to be ignored, so on any problem nothing is stored and the module stays valid. Returns
// whether the section was well formed.
bool ParseNameSection(std::span<const uint8_t> content, size_t offset, Module* module);

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_NAME_SECTION_H_
