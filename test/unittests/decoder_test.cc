// The binary decoder: module structure, malformed and invalid modules, and streaming.
#include "runtime/decode/decoder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/compile/lazy_compile.h"
#include "runtime/decode/module_hash.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// Decodes `bytes` whole and also fed one byte at a time; both must fail alike, with a message
// containing `text`. Returns the message.
std::string ExpectError(const Bytes& bytes, const std::string& text) {
  Result<std::shared_ptr<const Module>> whole = DecodeModule(bytes);
  EXPECT_FALSE(whole.ok()) << "expected \"" << text << "\"";
  if (whole.ok()) return "";
  const std::string& message = whole.error().message;
  EXPECT_NE(message.find(text), std::string::npos) << "message: " << message;

  StreamingDecoder streaming;
  Status fed = Ok{};
  for (size_t i = 0; i < bytes.size() && fed.ok(); ++i) fed = streaming.Feed({&bytes[i], 1});
  if (fed.ok()) {
    Result<std::shared_ptr<const Module>> finished = streaming.Finish();
    EXPECT_FALSE(finished.ok());
    if (!finished.ok()) {
      EXPECT_EQ(finished.error().message, message);
    }
  } else {
    EXPECT_EQ(fed.error().message, message);
    EXPECT_EQ(fed.error().offset, whole.error().offset);
  }
  return message;
}

// (module)
TEST(DecoderTest, EmptyModule) {
  std::shared_ptr<const Module> m = MustDecode(Header());
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->types.empty());
  EXPECT_TRUE(m->code.empty());
  EXPECT_FALSE(m->start.has_value());
  EXPECT_FALSE(m->data_count.has_value());
}

// (module
//   (type (func (param i32) (result i32)))
//   (import "env" "f" (func $f (type 0)))
//   (func $g (type 0) (local.get 0))
//   (func $h (type 0) (call $f (local.get 0)))
//   (export "g" (func $g)))
const Bytes kFunctions = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,              // header
    0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,              // type section
    0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00,  // import section
    0x00,                                                        //
    0x03, 0x03, 0x02, 0x00, 0x00,                                // function section
    0x07, 0x05, 0x01, 0x01, 0x67, 0x00, 0x01,                    // export section
    0x0a, 0x0d, 0x02,                                            // code section
    0x04, 0x00, 0x20, 0x00, 0x0b,                                // $g
    0x06, 0x00, 0x20, 0x00, 0x10, 0x00, 0x0b,                    // $h
};

TEST(DecoderTest, FunctionsImportsExports) {
  std::shared_ptr<const Module> m = MustDecode(kFunctions);
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->types.size(), 1u);
  EXPECT_EQ(m->types[0], (FuncType{{ValType::kI32}, {ValType::kI32}}));
  ASSERT_EQ(m->canonical_type_ids.size(), 1u);
  EXPECT_EQ(CanonicalType(m->canonical_type_ids[0]), m->types[0]);
  ASSERT_EQ(m->imports.size(), 1u);
  EXPECT_EQ(m->imports[0].module, "env");
  EXPECT_EQ(m->imports[0].name, "f");
  EXPECT_EQ(m->imports[0].kind, ExternKind::kFunction);
  EXPECT_EQ(m->num_imported_funcs, 1u);
  EXPECT_EQ(m->func_type_indices, (std::vector<uint32_t>{0, 0, 0}));
  // Compiled lazily (the default): the two bodies are kept for their first calls.
  EXPECT_TRUE(m->code.empty());
  ASSERT_NE(m->lazy_code, nullptr);
  EXPECT_EQ(m->lazy_code->compiled_count(), 0u);
  ASSERT_EQ(m->exports.size(), 1u);
  EXPECT_EQ(m->exports[0].name, "g");
  EXPECT_EQ(m->exports[0].index, 1u);
  // Exported functions may be referenced by ref.func (C.refs).
  EXPECT_EQ(m->declared_func_refs, (std::vector<bool>{false, true, false}));
}

TEST(DecoderTest, CanonicalTypeIdsAreSharedAcrossModules) {
  // (module (type (func (param i32) (result i32))) (type (func)) (type (func (param i32) (result
  // i32))))
  Bytes bytes = WasmModule({{0x01, 0x0e, 0x03, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x00, 0x60,
                             0x01, 0x7f, 0x01, 0x7f}});
  std::shared_ptr<const Module> a = MustDecode(bytes);
  std::shared_ptr<const Module> b = MustDecode(kFunctions);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->canonical_type_ids[0], a->canonical_type_ids[2]);
  EXPECT_NE(a->canonical_type_ids[0], a->canonical_type_ids[1]);
  EXPECT_EQ(a->canonical_type_ids[0], b->canonical_type_ids[0]);
  EXPECT_EQ(CanonicalTypeId(FuncType{}), a->canonical_type_ids[1]);
}

// --- Header and section framing ---------------------------------------------------------

TEST(DecoderTest, Header) {
  ExpectError({}, "unexpected end");
  ExpectError({0x00, 0x61, 0x73}, "unexpected end");
  ExpectError({0x00, 0x61, 0x73, 0x6d, 0x01, 0x00}, "unexpected end");
  ExpectError({0x00, 0x41, 0x53, 0x4d, 0x01, 0x00, 0x00, 0x00}, "magic header not detected");
  ExpectError({0x01}, "unexpected end");  // Too short to tell the magic.
  ExpectError({0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00}, "unknown binary version");
  std::string message =
      ExpectError({0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x00, 0x00}, "unknown binary version");
  EXPECT_EQ(message, "module header at offset 0x4: unknown binary version");
}

TEST(DecoderTest, SectionIds) {
  ExpectError(WasmModule({{0x0e, 0x00}}), "malformed section id");
  ExpectError(WasmModule({{0xff, 0x00}}), "malformed section id");
  // Two start sections, and a type section after a function section.
  const Bytes type = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
  const Bytes func = {0x03, 0x02, 0x01, 0x00};
  const Bytes start = {0x08, 0x01, 0x00};
  const Bytes code = {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b};
  EXPECT_NE(MustDecode(WasmModule({type, func, start, code})), nullptr);
  ExpectError(WasmModule({type, func, start, start, code}),
              "unexpected content after last section");
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01}, {0x04, 0x04, 0x01, 0x70, 0x00, 0x01}}),
              "unexpected content after last section");
  ExpectError(WasmModule({type, type}), "unexpected content after last section");
  // The data count section (12) goes between element (9) and code (10).
  const Bytes data_count = {0x0c, 0x01, 0x00};
  EXPECT_NE(MustDecode(WasmModule({type, func, data_count, code})), nullptr);
  ExpectError(WasmModule({type, func, code, data_count}), "unexpected content after last section");
}

TEST(DecoderTest, SectionSizes) {
  // Type section claiming 7 bytes with 3 present; then with 2 types declared, 1 given.
  ExpectError(WasmModule({{0x01, 0x07, 0x01, 0x60, 0x00, 0x00}}), "length out of bounds");
  ExpectError(WasmModule({{0x01, 0x04, 0x02, 0x60, 0x00, 0x00}}),
              "unexpected end of section or function");
  // 1 type declared, 2 given.
  ExpectError(WasmModule({{0x01, 0x07, 0x01, 0x60, 0x00, 0x00, 0x60, 0x00, 0x00}}),
              "section size mismatch");
  // Section size field cut off, and over-long.
  ExpectError(WasmModule({{0x01}}), "unexpected end");
  ExpectError(WasmModule({{0x01, 0x80}}), "unexpected end");
  ExpectError(WasmModule({{0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}}),
              "integer representation too long");
  ExpectError(WasmModule({{0x00, 0x80, 0x80, 0x80, 0x80, 0x10}}), "integer too large");
  // A code section body running past its section.
  ExpectError(WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                          {0x03, 0x02, 0x01, 0x00},
                          {0x0a, 0x04, 0x01, 0x05, 0x00, 0x0b}}),
              "length out of bounds");
}

TEST(DecoderTest, ErrorMessagesNameTheSection) {
  // (import "\ff" "" ...) : the module name is not UTF-8.
  std::string message = ExpectError(WasmModule({{0x02, 0x05, 0x01, 0x01, 0xff, 0x00, 0x00}}),
                                    "malformed UTF-8 encoding");
  EXPECT_EQ(message, "section 2 (import) at offset 0xc: malformed UTF-8 encoding");
}

// --- LEB128 and UTF-8 in context ----------------------------------------------------------

TEST(DecoderTest, OverlongIntegers) {
  const Bytes type = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
  const Bytes code = {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b};
  // Function 0's type index 0 in 5 bytes is fine, in 6 too long, with unused bits too large.
  EXPECT_NE(MustDecode(WasmModule({type, {0x03, 0x06, 0x01, 0x80, 0x80, 0x80, 0x80, 0x00}, code})),
            nullptr);
  ExpectError(WasmModule({type, {0x03, 0x07, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, code}),
              "integer representation too long");
  ExpectError(WasmModule({type, {0x03, 0x06, 0x01, 0x80, 0x80, 0x80, 0x80, 0x10}, code}),
              "integer too large");
  // An over-long integer running past the end of its section is still "too long".
  ExpectError(WasmModule({type, {0x03, 0x03, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, code}),
              "integer representation too long");
  // (global i32 (i32.const 0)) with the constant in 6 bytes; i64 with unused bits wrong.
  ExpectError(
      WasmModule({{0x06, 0x0b, 0x01, 0x7f, 0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b}}),
      "integer representation too long");
  ExpectError(WasmModule({{0x06, 0x0f, 0x01, 0x7e, 0x00, 0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                           0x80, 0x80, 0x80, 0x02, 0x0b}}),
              "integer too large");
}

TEST(DecoderTest, NamesMustBeUtf8) {
  // (export "\c0\80" (func 0)) : an overlong encoding of NUL.
  const Bytes type = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
  const Bytes func = {0x03, 0x02, 0x01, 0x00};
  const Bytes code = {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b};
  ExpectError(WasmModule({type, func, {0x07, 0x06, 0x01, 0x02, 0xc0, 0x80, 0x00, 0x00}, code}),
              "malformed UTF-8 encoding");
  // (@custom "\ed\a0\80") : a surrogate.
  ExpectError(WasmModule({{0x00, 0x04, 0x03, 0xed, 0xa0, 0x80}}), "malformed UTF-8 encoding");
  // (import "env" "\f4\90\80\80" (func)) : past U+10FFFF.
  ExpectError(WasmModule({type,
                          {0x02, 0x0b, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0xf4, 0x90, 0x80, 0x80,
                           0x00, 0x00}}),
              "malformed UTF-8 encoding");
  // A valid 4-byte character is fine: (export "\f0\9f\98\80" (func 0)).
  EXPECT_NE(MustDecode(WasmModule(
                {type, func, {0x07, 0x08, 0x01, 0x04, 0xf0, 0x9f, 0x98, 0x80, 0x00, 0x00}, code})),
            nullptr);
}

// --- Types, imports, limits ---------------------------------------------------------------

TEST(DecoderTest, MalformedTypes) {
  ExpectError(WasmModule({{0x01, 0x04, 0x01, 0x61, 0x00, 0x00}}), "malformed composite type");
  ExpectError(WasmModule({{0x01, 0x05, 0x01, 0xe0, 0x7f, 0x00, 0x00}}),
              "integer representation too long");
  ExpectError(WasmModule({{0x01, 0x05, 0x01, 0x60, 0x01, 0x7a, 0x00}}), "malformed value type");
  // (import "" "" (global (mut i32))) with mutability byte 2.
  ExpectError(WasmModule({{0x02, 0x06, 0x01, 0x00, 0x00, 0x03, 0x7f, 0x02}}),
              "malformed mutability");
  ExpectError(WasmModule({{0x02, 0x04, 0x01, 0x00, 0x00, 0x05}}), "malformed import kind");
  ExpectError(WasmModule({{0x02, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00}}), "unknown type 0");
  // (table 0 i32) : not a reference type.
  ExpectError(WasmModule({{0x04, 0x04, 0x01, 0x7f, 0x00, 0x00}}), "malformed reference type");
}

TEST(DecoderTest, Limits) {
  // (memory 2 1), (memory 65537), (memory 0 65537), (memory 0 65536)
  ExpectError(WasmModule({{0x05, 0x04, 0x01, 0x01, 0x02, 0x01}}),
              "size minimum must not be greater than maximum");
  ExpectError(WasmModule({{0x05, 0x05, 0x01, 0x00, 0x81, 0x80, 0x04}}),
              "memory size must be at most 65536 pages (4GiB)");
  ExpectError(WasmModule({{0x05, 0x06, 0x01, 0x01, 0x00, 0x81, 0x80, 0x04}}),
              "memory size must be at most 65536 pages (4GiB)");
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({{0x05, 0x06, 0x01, 0x01, 0x00, 0x80, 0x80, 0x04}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->memories[0].limits.max, 65536u);
  // Limits flags (3.0) are a byte with bits 0 (maximum) and 2 (64-bit), and for a memory bit 1
  // (shared, threads proposal), which needs a maximum; a table's bit 1 and 0x81 are malformed.
  m = MustDecode(WasmModule({{0x05, 0x04, 0x01, 0x03, 0x00, 0x01}}));  // (memory 0 1 shared)
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->memories[0].shared);
  EXPECT_EQ(m->memories[0].limits.max, 1u);
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x02, 0x00}}), "shared memory must have maximum");
  ExpectError(WasmModule({{0x04, 0x05, 0x01, 0x70, 0x03, 0x00, 0x01}}), "malformed limits flags");
  ExpectError(WasmModule({{0x05, 0x04, 0x01, 0x81, 0x00, 0x00}}), "malformed limits flags");
  // (memory i64 1 0x1_0000_0000_0000) is fine, one page more is not.
  m = MustDecode(
      WasmModule({{0x05, 0x0a, 0x01, 0x05, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40}}));
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->memories[0].address64);
  EXPECT_EQ(m->memories[0].limits.max, uint64_t{1} << 48);
  ExpectError(
      WasmModule({{0x05, 0x0a, 0x01, 0x05, 0x01, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40}}),
      "memory size must be at most 2^48 pages");
  // (table i64 0 0xffff_ffff_ffff_ffff funcref), and an i32 table past 2^32-1.
  m = MustDecode(WasmModule({{0x04, 0x0e, 0x01, 0x70, 0x05, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff,
                              0xff, 0xff, 0xff, 0xff, 0x01}}));
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->tables[0].address64);
  ExpectError(WasmModule({{0x04, 0x09, 0x01, 0x70, 0x01, 0x00, 0x80, 0x80, 0x80, 0x80, 0x10}}),
              "table size must be at most");
  // (table 1 0 funcref); (table 0 0xffffffff funcref) is fine.
  ExpectError(WasmModule({{0x04, 0x05, 0x01, 0x70, 0x01, 0x01, 0x00}}),
              "size minimum must not be greater than maximum");
  m = MustDecode(WasmModule({{0x04, 0x09, 0x01, 0x70, 0x01, 0x00, 0xff, 0xff, 0xff, 0xff, 0x0f}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->tables[0].limits.max, 0xffffffffu);
}

// (type (func (param i32 ... i32))) with `params` parameters (at most 16383, so that both the
// count and the section size take two LEB128 bytes).
Bytes TypeWithParams(uint32_t params) {
  const uint32_t size = 1 + 1 + 2 + params + 1;  // Count, 0x60, params, types, results.
  Bytes section = {
      0x01, static_cast<uint8_t>(0x80 | (size & 0x7f)),   static_cast<uint8_t>(size >> 7),  0x01,
      0x60, static_cast<uint8_t>(0x80 | (params & 0x7f)), static_cast<uint8_t>(params >> 7)};
  section.resize(section.size() + params, 0x7f);
  section.push_back(0x00);  // No results.
  return section;
}

TEST(DecoderTest, ImplementationLimits) {
  // The JS API's limit of 1000 parameters.
  std::shared_ptr<const Module> m = MustDecode(WasmModule({TypeWithParams(1000)}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->types[0].params.size(), 1000u);
  ExpectError(WasmModule({TypeWithParams(1001)}), "too many parameters");
  // The JS API's limit of 10,000,000 element segments, checked on the count before any segment
  // is read (js-api/limits.any.js "Validate element segments over limit"). The section holds
  // as many bytes as segments, so the count is plausible and only the limit rejects it.
  constexpr uint32_t kSegments = 10000001;
  Bytes elements = {0x09,
                    0x80 | ((kSegments + 4) & 0x7f),
                    0x80 | (((kSegments + 4) >> 7) & 0x7f),
                    0x80 | (((kSegments + 4) >> 14) & 0x7f),
                    (kSegments + 4) >> 21,
                    0x81,
                    0xad,
                    0xe2,
                    0x04};
  elements.resize(elements.size() + kSegments, 0x00);
  Bytes module = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
  module.insert(module.end(), elements.begin(), elements.end());
  Result<std::shared_ptr<const Module>> decoded = DecodeModule(module);
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.error().message.find("too many element segments"), std::string::npos)
      << decoded.error().message;
}

// The hash that names a module in stack traces is V8's, so frames read as in node and Chromium:
// node 20 names this module wasm://wasm/605cc3ce, and any module over 16383 bytes by its length.
TEST(DecoderTest, BytesHashIsV8s) {
  const Bytes module = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
                        0x00, 0x00, 0x02, 0x0a, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x02, 0x6a, 0x73,
                        0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00, 0x07, 0x0f, 0x02, 0x03, 0x72,
                        0x75, 0x6e, 0x00, 0x01, 0x05, 0x6f, 0x75, 0x74, 0x65, 0x72, 0x00, 0x02,
                        0x0a, 0x0b, 0x02, 0x04, 0x00, 0x10, 0x00, 0x0b, 0x04, 0x00, 0x10, 0x01,
                        0x0b, 0x00, 0x21, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x11, 0x03, 0x00,
                        0x02, 0x6a, 0x73, 0x01, 0x03, 0x72, 0x75, 0x6e, 0x02, 0x05, 0x6f, 0x75,
                        0x74, 0x65, 0x72, 0x02, 0x07, 0x03, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00};
  std::shared_ptr<const Module> m = MustDecode(module);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->bytes_hash, 0x605cc3ceu);

  ModuleHasher large;
  std::vector<uint8_t> bytes(20098, 0x61);
  large.Add(std::span(bytes).first(100));
  large.Add(std::span(bytes).subspan(100));
  EXPECT_EQ(large.Finish(), 0x00013a0au);  // (length << 2) | 2, as node names such a module.
}

TEST(DecoderTest, MultipleMemories) {
  // (memory 0) (memory 0)
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({{0x05, 0x05, 0x02, 0x00, 0x00, 0x00, 0x00}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->memories.size(), 2u);
  // (import "" "" (memory 0)) (memory 0)
  m = MustDecode(WasmModule(
      {{0x02, 0x06, 0x01, 0x00, 0x00, 0x02, 0x00, 0x00}, {0x05, 0x03, 0x01, 0x00, 0x00}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->num_imported_memories, 1u);
  // 101 memories: past the JS API's limit of 100.
  Bytes section = {0x05, 0xcb, 0x01, 0x65};
  for (int i = 0; i < 101; ++i) section.insert(section.end(), {0x00, 0x00});
  ExpectError(WasmModule({section}), "too many memories");
}

// --- Globals and constant expressions -----------------------------------------------------

// (import "env" "c" (global i32)) (import "env" "m" (global (mut i32)))
const Bytes kImportedGlobals = {0x02, 0x13, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x63, 0x03, 0x7f,
                                0x00, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x6d, 0x03, 0x7f, 0x01};

TEST(DecoderTest, ConstantExpressions) {
  // (global i32 (global.get 0)) (global (mut f64) (f64.const 1)) (global funcref (ref.null func))
  std::shared_ptr<const Module> m = MustDecode(
      WasmModule({kImportedGlobals,
                  {0x06, 0x17, 0x03, 0x7f, 0x00, 0x23, 0x00, 0x0b, 0x7c, 0x01, 0x44, 0x00, 0x00,
                   0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f, 0x0b, 0x70, 0x00, 0xd0, 0x70, 0x0b}}));
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->globals.size(), 5u);
  EXPECT_EQ(m->num_imported_globals, 2u);
  ASSERT_EQ(m->global_inits.size(), 3u);
  EXPECT_EQ(m->global_inits[0].op, ConstExpr::Op::kGlobalGet);
  EXPECT_EQ(m->global_inits[0].index, 0u);
  EXPECT_EQ(m->global_inits[1].op, ConstExpr::Op::kF64Const);
  EXPECT_EQ(m->global_inits[1].bits, 0x3ff0000000000000u);
  EXPECT_TRUE(m->globals[3].mutable_);
  EXPECT_EQ(m->global_inits[2].op, ConstExpr::Op::kRefNull);
  EXPECT_EQ(m->global_inits[2].type, ValType::kFuncRef);

  // (global i32 (global.get 1)) : a mutable global.
  ExpectError(WasmModule({kImportedGlobals, {0x06, 0x06, 0x01, 0x7f, 0x00, 0x23, 0x01, 0x0b}}),
              "constant expression required");
  // (global i32 (global.get 2)) : it is this global itself, not an earlier one.
  ExpectError(WasmModule({kImportedGlobals, {0x06, 0x06, 0x01, 0x7f, 0x00, 0x23, 0x02, 0x0b}}),
              "unknown global 2");
  // (global i32 (i32.const 0) (i32.const 0) (i32.div_s)) : not constant even in 3.0.
  ExpectError(WasmModule({{0x06, 0x09, 0x01, 0x7f, 0x00, 0x41, 0x00, 0x41, 0x00, 0x6d, 0x0b}}),
              "constant expression required");
  // (global i32 (nop)) and an opcode that is no instruction at all.
  ExpectError(WasmModule({{0x06, 0x05, 0x01, 0x7f, 0x00, 0x01, 0x0b}}),
              "constant expression required");
  ExpectError(WasmModule({{0x06, 0x05, 0x01, 0x7f, 0x00, 0x06, 0x0b}}), "illegal opcode");
  // (global i32 (f32.const 0)), (global i32), (global i32 (i32.const 0) (i32.const 0))
  ExpectError(WasmModule({{0x06, 0x09, 0x01, 0x7f, 0x00, 0x43, 0x00, 0x00, 0x00, 0x00, 0x0b}}),
              "type mismatch");
  ExpectError(WasmModule({{0x06, 0x04, 0x01, 0x7f, 0x00, 0x0b}}), "type mismatch");
  ExpectError(WasmModule({{0x06, 0x08, 0x01, 0x7f, 0x00, 0x41, 0x00, 0x41, 0x00, 0x0b}}),
              "type mismatch");
  // A missing end.
  ExpectError(WasmModule({{0x06, 0x05, 0x01, 0x7f, 0x00, 0x41, 0x00}}),
              "unexpected end of section or function");
}

TEST(DecoderTest, RefFuncInGlobalDeclaresTheFunction) {
  // (func $f) (func $g) (global funcref (ref.func $g))
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                             {0x03, 0x03, 0x02, 0x00, 0x00},
                             {0x06, 0x06, 0x01, 0x70, 0x00, 0xd2, 0x01, 0x0b},
                             {0x0a, 0x07, 0x02, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->declared_func_refs, (std::vector<bool>{false, true}));
  // (global funcref (ref.func 2)) with two functions.
  ExpectError(WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                          {0x03, 0x03, 0x02, 0x00, 0x00},
                          {0x06, 0x06, 0x01, 0x70, 0x00, 0xd2, 0x02, 0x0b},
                          {0x0a, 0x07, 0x02, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b}}),
              "unknown function 2");
}

// --- Exports and start --------------------------------------------------------------------

const Bytes kOneFuncType = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
const Bytes kOneFunc = {0x03, 0x02, 0x01, 0x00};
const Bytes kOneBody = {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b};

TEST(DecoderTest, Exports) {
  // (export "a" (func 0)) (export "a" (func 0))
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          {0x07, 0x09, 0x02, 0x01, 0x61, 0x00, 0x00, 0x01, 0x61, 0x00, 0x00},
                          kOneBody}),
              "duplicate export name");
  // (export "a" (func 1)), (export "a" (memory 0)), (export "a" (global 0)), (export "a" (table 0))
  for (uint8_t kind = 0; kind < 4; ++kind) {
    const char* names[] = {"unknown function 1", "unknown table 0", "unknown memory 0",
                           "unknown global 0"};
    ExpectError(WasmModule({kOneFuncType,
                            kOneFunc,
                            {0x07, 0x05, 0x01, 0x01, 0x61, kind, uint8_t(kind == 0 ? 1 : 0)},
                            kOneBody}),
                names[kind]);
  }
  ExpectError(
      WasmModule({kOneFuncType, kOneFunc, {0x07, 0x05, 0x01, 0x01, 0x61, 0x05, 0x00}, kOneBody}),
      "malformed export kind");
}

TEST(DecoderTest, Start) {
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({kOneFuncType, kOneFunc, {0x08, 0x01, 0x00}, kOneBody}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->start, 0u);
  ExpectError(WasmModule({kOneFuncType, kOneFunc, {0x08, 0x01, 0x01}, kOneBody}),
              "unknown function 1");
  // (func (param i32)) (start 0)
  ExpectError(
      WasmModule(
          {{0x01, 0x05, 0x01, 0x60, 0x01, 0x7f, 0x00}, kOneFunc, {0x08, 0x01, 0x00}, kOneBody}),
      "start function");
}

// --- Element segments ---------------------------------------------------------------------

// (module
//   (type (func))
//   (import "env" "g" (global i32))
//   (func $a) (func $b) (func $c)
//   (table $t 4 funcref) (table $e 2 externref)
//   (elem (i32.const 0) func $a)                          ;; flags 0
//   (elem func $b)                                        ;; flags 1
//   (elem (table $t) (i32.const 1) func $a $b)            ;; flags 2
//   (elem declare func $b)                                ;; flags 3
//   (elem (i32.const 3) (ref.func $a))                    ;; flags 4
//   (elem funcref (ref.null func) (ref.func $b))          ;; flags 5
//   (elem (table $e) (global.get 0) externref (ref.null extern))  ;; flags 6
//   (elem declare funcref (ref.func $a)))                 ;; flags 7
const Bytes kAllElementKinds = WasmModule({
    {0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
    {0x02, 0x0a, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x67, 0x03, 0x7f, 0x00},
    {0x03, 0x04, 0x03, 0x00, 0x00, 0x00},
    {0x04, 0x07, 0x02, 0x70, 0x00, 0x04, 0x6f, 0x00, 0x02},
    {0x09, 0x39, 0x08,                                            // element section
     0x00, 0x41, 0x00, 0x0b, 0x01, 0x00,                          // flags 0
     0x01, 0x00, 0x01, 0x01,                                      // flags 1
     0x02, 0x00, 0x41, 0x01, 0x0b, 0x00, 0x02, 0x00, 0x01,        // flags 2
     0x03, 0x00, 0x01, 0x01,                                      // flags 3
     0x04, 0x41, 0x03, 0x0b, 0x01, 0xd2, 0x00, 0x0b,              // flags 4
     0x05, 0x70, 0x02, 0xd0, 0x70, 0x0b, 0xd2, 0x01, 0x0b,        // flags 5
     0x06, 0x01, 0x23, 0x00, 0x0b, 0x6f, 0x01, 0xd0, 0x6f, 0x0b,  // flags 6
     0x07, 0x70, 0x01, 0xd2, 0x00, 0x0b},                         // flags 7
    {0x0a, 0x0a, 0x03, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b},
});

TEST(DecoderTest, AllElementSegmentEncodings) {
  std::shared_ptr<const Module> m = MustDecode(kAllElementKinds);
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->elements.size(), 8u);
  const std::vector<ElementSegment>& e = m->elements;
  const SegmentMode kActive = SegmentMode::kActive, kPassive = SegmentMode::kPassive,
                    kDeclarative = SegmentMode::kDeclarative;
  const SegmentMode modes[] = {kActive, kPassive, kActive, kDeclarative,
                               kActive, kPassive, kActive, kDeclarative};
  const size_t counts[] = {1, 1, 2, 1, 1, 2, 1, 1};
  for (size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(e[i].mode, modes[i]) << "segment " << i;
    EXPECT_EQ(e[i].items.size(), counts[i]) << "segment " << i;
    // Segments of function indices (flags 0-3) are (ref func) in 3.0.
    const ValType expected = i < 4    ? ValType::Ref(ValType::kFuncCode, false)
                             : i == 6 ? ValType::kExternRef
                                      : ValType::kFuncRef;
    EXPECT_EQ(e[i].type, expected) << "segment " << i;
  }
  EXPECT_EQ(e[2].offset.bits, 1u);
  EXPECT_EQ(e[2].items[1].op, ConstExpr::Op::kRefFunc);
  EXPECT_EQ(e[2].items[1].index, 1u);
  EXPECT_EQ(e[4].offset.bits, 3u);
  EXPECT_EQ(e[5].items[0].op, ConstExpr::Op::kRefNull);
  EXPECT_EQ(e[6].table_index, 1u);
  EXPECT_EQ(e[6].offset.op, ConstExpr::Op::kGlobalGet);
  // $a and $b are referenced by segments; $c by nothing.
  EXPECT_EQ(m->declared_func_refs, (std::vector<bool>{true, true, false}));
}

TEST(DecoderTest, InvalidElementSegments) {
  // (elem (i32.const 0) func 0) without a table.
  ExpectError(
      WasmModule(
          {kOneFuncType, kOneFunc, {0x09, 0x06, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x00}, kOneBody}),
      "unknown table 0");
  const Bytes funcref_table = {0x04, 0x04, 0x01, 0x70, 0x00, 0x01};
  const Bytes externref_table = {0x04, 0x04, 0x01, 0x6f, 0x00, 0x01};
  // Function index out of range.
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          funcref_table,
                          {0x09, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x05},
                          kOneBody}),
              "unknown function 5");
  // A funcref segment for an externref table.
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          externref_table,
                          {0x09, 0x07, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x01, 0x00},
                          kOneBody}),
              "type mismatch");
  // Flags 8, element kind 1, (elem funcref (i32.const 0)) and an i32 offset of type i64.
  ExpectError(WasmModule({kOneFuncType, kOneFunc, {0x09, 0x02, 0x01, 0x08}, kOneBody}),
              "malformed elements segment kind");
  ExpectError(WasmModule({kOneFuncType, kOneFunc, {0x09, 0x04, 0x01, 0x01, 0x01, 0x00}, kOneBody}),
              "malformed element kind");
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          {0x09, 0x07, 0x01, 0x05, 0x70, 0x01, 0x41, 0x00, 0x0b},
                          kOneBody}),
              "type mismatch");
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          funcref_table,
                          {0x09, 0x07, 0x01, 0x00, 0x42, 0x00, 0x0b, 0x01, 0x00},
                          kOneBody}),
              "type mismatch");
  // (elem (i32.const 0) funcref (ref.func 0) (nop))
  ExpectError(WasmModule({kOneFuncType,
                          kOneFunc,
                          funcref_table,
                          {0x09, 0x0a, 0x01, 0x04, 0x41, 0x00, 0x0b, 0x01, 0xd2, 0x00, 0x01, 0x0b},
                          kOneBody}),
              "constant expression required");
}

// --- Data segments and the data count -----------------------------------------------------

TEST(DecoderTest, DataSegments) {
  // (memory 1) (data (i32.const 8) "ab") (data "c") (data (memory 0) (i32.const 1) "")
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01},
                             {0x0b, 0x11, 0x03, 0x00, 0x41, 0x08, 0x0b, 0x02, 0x61, 0x62, 0x01,
                              0x01, 0x63, 0x02, 0x00, 0x41, 0x01, 0x0b, 0x00}}));
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->data.size(), 3u);
  EXPECT_EQ(m->data[0].mode, SegmentMode::kActive);
  EXPECT_EQ(m->data[0].offset.bits, 8u);
  EXPECT_EQ(m->data[0].bytes, (Bytes{0x61, 0x62}));
  EXPECT_EQ(m->data[1].mode, SegmentMode::kPassive);
  EXPECT_EQ(m->data[2].offset.bits, 1u);
  EXPECT_TRUE(m->data[2].bytes.empty());

  // (data (i32.const 0)) without a memory; with memory index 1; with flags 3.
  ExpectError(WasmModule({{0x0b, 0x06, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x00}}), "unknown memory 0");
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01},
                          {0x0b, 0x07, 0x01, 0x02, 0x01, 0x41, 0x00, 0x0b, 0x00}}),
              "unknown memory 1");
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01}, {0x0b, 0x03, 0x01, 0x03, 0x00}}),
              "malformed data segment kind");
  // 7 bytes declared, 6 given (the spec tests' wording); 20 declared.
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01},
                          {0x0b, 0x0c, 0x01, 0x00, 0x41, 0x03, 0x0b, 0x07, 0x61, 0x62, 0x63, 0x64,
                           0x65, 0x66}}),
              "unexpected end of section or function");
  ExpectError(WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01},
                          {0x0b, 0x0c, 0x01, 0x00, 0x41, 0x03, 0x0b, 0x14, 0x61, 0x62, 0x63, 0x64,
                           0x65, 0x66}}),
              "length out of bounds");
}

TEST(DecoderTest, DataCount) {
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({{0x0c, 0x01, 0x02}, {0x0b, 0x05, 0x02, 0x01, 0x00, 0x01, 0x00}}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->data_count, 2u);
  ExpectError(WasmModule({{0x0c, 0x01, 0x03}, {0x0b, 0x05, 0x02, 0x01, 0x00, 0x01, 0x00}}),
              "data count and data section have inconsistent lengths");
  ExpectError(WasmModule({{0x0c, 0x01, 0x01}}),
              "data count and data section have inconsistent lengths");
  EXPECT_NE(MustDecode(WasmModule({{0x0c, 0x01, 0x00}})), nullptr);
}

// --- Code ---------------------------------------------------------------------------------

TEST(DecoderTest, FunctionAndCodeCountsMustAgree) {
  ExpectError(WasmModule({kOneFuncType, kOneFunc}),
              "function and code section have inconsistent lengths");
  ExpectError(WasmModule({kOneFuncType, {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b}}),
              "function and code section have inconsistent lengths");
  ExpectError(WasmModule({kOneFuncType, {0x03, 0x03, 0x02, 0x00, 0x00}, kOneBody}),
              "function and code section have inconsistent lengths");
  // Empty function and code sections may both be there or not.
  EXPECT_NE(MustDecode(WasmModule({{0x03, 0x01, 0x00}})), nullptr);
  EXPECT_NE(MustDecode(WasmModule({{0x0a, 0x01, 0x00}})), nullptr);
  // One body, and a byte left over in the section.
  ExpectError(WasmModule({kOneFuncType, kOneFunc, {0x0a, 0x05, 0x01, 0x02, 0x00, 0x0b, 0x00}}),
              "section size mismatch");
}

TEST(DecoderTest, BodyErrorsNameTheFunction) {
  // (import "env" "f" (func)) (func (result i32) (f64.const 0)) : function 1 is ill-typed.
  Bytes bytes = WasmModule(
      {{0x01, 0x08, 0x02, 0x60, 0x00, 0x00, 0x60, 0x00, 0x01, 0x7f},
       {0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00},
       {0x03, 0x02, 0x01, 0x01},
       {0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0b}});
  std::string message = ExpectError(bytes, "type mismatch");
  EXPECT_EQ(message.rfind("section 10 (code), function 1 at offset 0x", 0), 0u) << message;
}

// --- Custom sections and names ------------------------------------------------------------

TEST(DecoderTest, CustomSections) {
  // Custom sections may appear anywhere, even between the others; their bytes are kept.
  std::shared_ptr<const Module> m = MustDecode(WasmModule({{0x00, 0x04, 0x01, 0x61, 0x01, 0x02},
                                                           kOneFuncType,
                                                           {0x00, 0x02, 0x01, 0x62},
                                                           kOneFunc,
                                                           kOneBody,
                                                           {0x00, 0x01, 0x00}}));
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->custom_sections.size(), 3u);
  EXPECT_EQ(m->custom_sections[0].name, "a");
  EXPECT_EQ(m->custom_sections[0].bytes, (Bytes{0x01, 0x02}));
  EXPECT_EQ(m->custom_sections[1].name, "b");
  EXPECT_EQ(m->custom_sections[2].name, "");
  // A custom section needs a name.
  ExpectError(WasmModule({{0x00, 0x00}}), "unexpected end");
  ExpectError(WasmModule({{0x00, 0x01, 0x05}}), "length out of bounds");
}

// A name section giving the module name "m" and function 0 the name "f".
const Bytes kNameSection = {0x00, 0x0f, 0x04, 0x6e, 0x61, 0x6d, 0x65,  // "name"
                            0x00, 0x02, 0x01, 0x6d,                    // module name "m"
                            0x01, 0x04, 0x01, 0x00, 0x01, 0x66};       // function 0: "f"

TEST(DecoderTest, NameSection) {
  std::shared_ptr<const Module> m =
      MustDecode(WasmModule({kOneFuncType, kOneFunc, kOneBody, kNameSection}));
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->module_name, "m");
  ASSERT_EQ(m->function_names.size(), 1u);
  EXPECT_EQ(m->function_names.at(0), "f");
}

TEST(DecoderTest, MalformedNameSectionIsIgnored) {
  // The function names subsection claims two names but holds one.
  Bytes bad = kNameSection;
  bad[13] = 0x02;
  std::shared_ptr<const Module> m = MustDecode(WasmModule({kOneFuncType, kOneFunc, kOneBody, bad}));
  ASSERT_NE(m, nullptr);
  EXPECT_FALSE(m->module_name.has_value());
  EXPECT_TRUE(m->function_names.empty());
  EXPECT_EQ(m->custom_sections.size(), 1u);
  // Subsections out of order.
  const Bytes swapped = {0x00, 0x0f, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x04,
                         0x01, 0x00, 0x01, 0x66, 0x00, 0x02, 0x01, 0x6d};
  m = MustDecode(WasmModule({kOneFuncType, kOneFunc, kOneBody, swapped}));
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->function_names.empty());
}

}  // namespace
}  // namespace linea::rt::testing
