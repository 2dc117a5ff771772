// Module's special members live here because they need CompiledFunction to be complete.
#include "runtime/decode/module.h"

#include "runtime/code.h"

namespace linea::rt {

Module::Module() = default;
Module::~Module() = default;
Module::Module(Module&&) noexcept = default;
Module& Module::operator=(Module&&) noexcept = default;

}  // namespace linea::rt
