// Module's special members live here because they need CompiledFunction to be complete.
#include "runtime/decode/module.h"

#include "runtime/code.h"
#include "runtime/compile/lazy_compile.h"

namespace linea::rt {

Module::Module() = default;
Module::~Module() = default;
Module::Module(Module&&) noexcept = default;
Module& Module::operator=(Module&&) noexcept = default;

const CompiledFunction* Module::FunctionCode(uint32_t defined_index) const {
  return lazy_code != nullptr ? lazy_code->Current(defined_index) : code[defined_index].get();
}

}  // namespace linea::rt
