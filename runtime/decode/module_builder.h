// Builds a Module section by section (core spec 5.5) and validates each section against the
// ones before it (core spec 3.4) as it goes: every index a section can name refers to an
// earlier section, so one pass suffices. The framing of the binary (header, section ids and
// sizes, the code section's bodies arriving one by one) is the caller's: see decoder.cc.
#ifndef LINEA_RUNTIME_DECODE_MODULE_BUILDER_H_
#define LINEA_RUNTIME_DECODE_MODULE_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "runtime/compile/code_section_compiler.h"
#include "runtime/decode/binary_reader.h"
#include "runtime/decode/module.h"
#include "runtime/result.h"

namespace linea::rt {

inline constexpr uint8_t kCustomSectionId = 0;
inline constexpr uint8_t kCodeSectionId = 10;
inline constexpr uint8_t kLastSectionId = 13;  // The tag section (exception handling).

// "section 10 (code)".
std::string SectionContext(uint8_t id);
// Prefixes a bare error with where it happened: "<context> at offset 0x1a: <message>".
Error WithContext(std::string_view context, Error error);

class ModuleBuilder {
 public:
  explicit ModuleBuilder(const CompileOptions& options = {});
  ~ModuleBuilder();
  ModuleBuilder(const ModuleBuilder&) = delete;
  ModuleBuilder& operator=(const ModuleBuilder&) = delete;

  // Called with each section's id before its contents: rejects ids past the last known one
  // and non-custom sections that are duplicated or out of order.
  Status BeginSection(uint8_t id, size_t offset);
  // Decodes a whole section other than the code section. `offset` is that of payload[0];
  // `lookahead` is what is known to follow the section (see BinaryReader::set_lookahead).
  // If the section fails on an integer the lookahead could not word, `cut` receives it.
  Status DecodeSection(uint8_t id, std::span<const uint8_t> payload, size_t offset,
                       std::span<const uint8_t> lookahead = {},
                       std::optional<BinaryReader::CutInteger>* cut = nullptr);

  // The code section arrives in pieces: its function count, then each body as soon as it
  // is complete, so compilation overlaps reading (runtime/compile/code_section_compiler.h: a
  // large section compiles on the compile threads, and a body's error may then come later).
  Status BeginCodeSection(uint32_t count, size_t offset, size_t section_size);
  Status DecodeFunctionBody(std::span<const uint8_t> body, size_t offset);
  uint32_t functions_compiled() const { return bodies_; }
  // Waits for the bodies handed over; the first one's error, if any failed. An error the caller
  // finds later in the module must give way to it, as in a serial compile.
  std::optional<Error> FirstCompileError() { return code_compiler_.FirstError(); }

  // Checks what only the end of the module can tell and hands the module over.
  Result<std::shared_ptr<const Module>> Finish(size_t end_offset, uint32_t bytes_hash);

 private:
  void DecodeTypeSection(BinaryReader& r);
  void DecodeImportSection(BinaryReader& r);
  void DecodeFunctionSection(BinaryReader& r);
  void DecodeTableSection(BinaryReader& r);
  void DecodeMemorySection(BinaryReader& r);
  void DecodeGlobalSection(BinaryReader& r);
  void DecodeExportSection(BinaryReader& r);
  void DecodeStartSection(BinaryReader& r);
  void DecodeElementSection(BinaryReader& r);
  void DecodeDataCountSection(BinaryReader& r);
  void DecodeDataSection(BinaryReader& r);
  void DecodeCustomSection(BinaryReader& r, std::span<const uint8_t> payload, size_t offset);

  TableType ReadTableType(BinaryReader& r);
  void DecodeTagSection(BinaryReader& r);
  uint32_t ReadTagType(BinaryReader& r);
  MemoryType ReadMemoryType(BinaryReader& r);
  GlobalType ReadGlobalType(BinaryReader& r);
  ConstExpr ReadConstExpr(BinaryReader& r, ValType expected);
  void AddMemory(BinaryReader& r, size_t at, const MemoryType& type);
  // Fails unless the module stays within `limit` of something ("too many types ...").
  void CheckLimit(BinaryReader& r, uint64_t count, uint32_t limit, std::string_view what);
  void DeclareFuncRef(uint32_t func_index);
  void CheckFuncTypeIndex(BinaryReader& r, size_t at, uint32_t index);

  std::unique_ptr<Module> module_;
  TypeSpace type_space_;  // The module's types, for the value types of every section.
  int last_section_order_ = 0;
  bool saw_data_section_ = false;
  bool saw_name_section_ = false;
  std::set<std::string, std::less<>> export_names_;
  uint32_t bodies_ = 0;  // Handed to code_compiler_.
  CodeSectionCompiler code_compiler_;
};

}  // namespace linea::rt

#endif  // LINEA_RUNTIME_DECODE_MODULE_BUILDER_H_
