// Compiling the code section on the compile threads gives the same module and the same error as
// compiling it on one thread, and validation alone accepts and rejects exactly what a compile
// does (runtime/compile/code_section_compiler.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "runtime/code.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

void AppendU32(Bytes* out, uint32_t v) {
  do {
    uint8_t byte = v & 0x7f;
    v >>= 7;
    if (v != 0) byte |= 0x80;
    out->push_back(byte);
  } while (v != 0);
}

void AppendSection(Bytes* out, uint8_t id, const Bytes& payload) {
  out->push_back(id);
  AppendU32(out, static_cast<uint32_t>(payload.size()));
  out->insert(out->end(), payload.begin(), payload.end());
}

// Body `i`: (func (param i32 i32) (result i32) (local i32) ...) with a loop, memory accesses,
// a division and i-dependent constants, so bodies differ in code, constants and traps.
Bytes Body(uint32_t i, bool broken) {
  Bytes e = {0x01, 0x01, 0x7f};                 // One i32 local.
  e.insert(e.end(), {0x03, 0x40});              // loop
  e.insert(e.end(), {0x20, 0x02, 0x41});        // local.get 2, i32.const i
  AppendU32(&e, i % 1000);                      //
  e.insert(e.end(), {0x6a, 0x21, 0x02});        // i32.add, local.set 2
  e.insert(e.end(), {0x20, 0x00, 0x20, 0x01});  // local.get 0, local.get 1
  e.insert(e.end(), {0x6a, 0x28, 0x02, 0x04});  // i32.add, i32.load offset=4
  e.insert(e.end(), {0x20, 0x02, 0x6d, 0x21});  // local.get 2, i32.div_s, local.set 1
  e.insert(e.end(), {0x01, 0x20, 0x01, 0x0d});  // 1, local.get 1, br_if 0
  e.insert(e.end(), {0x00, 0x0b});              // 0, end
  if (broken) e.insert(e.end(), {0x42, 0x00});  // i64.const 0: the result is not an i32.
  e.insert(e.end(), {0x20, 0x02, 0x0b});        // local.get 2, end
  Bytes body;
  AppendU32(&body, static_cast<uint32_t>(e.size()));
  body.insert(body.end(), e.begin(), e.end());
  return body;
}

// A module of `count` such functions and a memory; bodies in `broken` fail validation, and
// `tail` is appended after the code section.
Bytes ManyFunctions(uint32_t count, std::initializer_list<uint32_t> broken = {},
                    const Bytes& tail = {}) {
  Bytes bytes = Header();
  AppendSection(&bytes, 1, {0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f});
  Bytes functions;
  AppendU32(&functions, count);
  for (uint32_t i = 0; i < count; ++i) functions.push_back(0x00);
  AppendSection(&bytes, 3, functions);
  AppendSection(&bytes, 5, {0x01, 0x00, 0x01});
  Bytes code;
  AppendU32(&code, count);
  for (uint32_t i = 0; i < count; ++i) {
    Bytes body = Body(i, std::find(broken.begin(), broken.end(), i) != broken.end());
    code.insert(code.end(), body.begin(), body.end());
  }
  AppendSection(&bytes, 10, code);
  bytes.insert(bytes.end(), tail.begin(), tail.end());
  return bytes;
}

constexpr CompileOptions kSerial{.lazy = false, .parallel_min_code_bytes = 0};
constexpr CompileOptions kParallel{.lazy = false, .parallel_min_code_bytes = 1};

TEST(ParallelCompileTest, SameCodeAsSerial) {
  const Bytes bytes = ManyFunctions(20000);
  Result<std::shared_ptr<const Module>> serial = DecodeModule(bytes, kSerial);
  Result<std::shared_ptr<const Module>> parallel = DecodeModule(bytes, kParallel);
  ASSERT_TRUE(serial.ok()) << serial.error().message;
  ASSERT_TRUE(parallel.ok()) << parallel.error().message;
  const Module& a = *serial.value();
  const Module& b = *parallel.value();
  ASSERT_EQ(a.code.size(), 20000u);
  ASSERT_EQ(b.code.size(), a.code.size());
  for (size_t i = 0; i < a.code.size(); ++i) {
    SCOPED_TRACE("function " + std::to_string(i));
    const CompiledFunction& x = *a.code[i];
    const CompiledFunction& y = *b.code[i];
    EXPECT_EQ(x.func_index, y.func_index);
    EXPECT_EQ(x.frame_slots, y.frame_slots);
    EXPECT_EQ(x.max_stack, y.max_stack);
    EXPECT_EQ(x.code, y.code);
    ASSERT_EQ(x.frame_init.size(), y.frame_init.size());
    for (size_t s = 0; s < x.frame_init.size(); ++s) {
      EXPECT_EQ(x.frame_init[s].lanes[0], y.frame_init[s].lanes[0]);
      EXPECT_EQ(x.frame_init[s].lanes[1], y.frame_init[s].lanes[1]);
    }
    ASSERT_EQ(x.source_map.size(), y.source_map.size());
    for (size_t s = 0; s < x.source_map.size(); ++s) {
      EXPECT_EQ(x.source_map[s].code_pos, y.source_map[s].code_pos);
      EXPECT_EQ(x.source_map[s].module_offset, y.source_map[s].module_offset);
    }
  }
}

void ExpectSameError(const Bytes& bytes) {
  Result<std::shared_ptr<const Module>> serial = DecodeModule(bytes, kSerial);
  ASSERT_FALSE(serial.ok());
  for (const CompileOptions& options :
       {kParallel, CompileOptions{.validate_only = true, .parallel_min_code_bytes = 0},
        CompileOptions{.validate_only = true, .parallel_min_code_bytes = 1},
        CompileOptions{.lazy = true, .parallel_min_code_bytes = 1}}) {
    Result<std::shared_ptr<const Module>> other = DecodeModule(bytes, options);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().message, serial.error().message);
    EXPECT_EQ(other.error().offset, serial.error().offset);
  }
  // Streamed in pieces, as WebAssembly.compileStreaming feeds it.
  StreamingDecoder decoder(kParallel);
  Status fed = Ok{};
  for (size_t pos = 0; pos < bytes.size() && fed.ok(); pos += 4096) {
    fed = decoder.Feed({bytes.data() + pos, std::min<size_t>(4096, bytes.size() - pos)});
  }
  Result<std::shared_ptr<const Module>> streamed =
      fed.ok() ? decoder.Finish() : Result<std::shared_ptr<const Module>>(fed.take_error());
  ASSERT_FALSE(streamed.ok());
  EXPECT_EQ(streamed.error().message, serial.error().message);
}

TEST(ParallelCompileTest, FirstFailingBodyIsTheError) {
  SCOPED_TRACE("two broken bodies");
  ExpectSameError(ManyFunctions(20000, {7000, 15000}));
  SCOPED_TRACE("the last body broken");
  ExpectSameError(ManyFunctions(20000, {19999}));
}

TEST(ParallelCompileTest, FirstFailingBodyOfABatchIsTheError) {
  // Bodies are claimed one at a time by every thread (a batch is ~64 KiB, ~1,800 bodies here):
  // whichever thread fails first, the lowest failing index is reported, every time.
  const Bytes bytes = ManyFunctions(20000, {7003, 7001, 7900, 16000});
  for (int run = 0; run < 20; ++run) {
    SCOPED_TRACE("run " + std::to_string(run));
    ExpectSameError(bytes);
  }
  EXPECT_NE(DecodeModule(bytes, {.validate_only = true, .parallel_min_code_bytes = 1})
                .error()
                .message.find("function 7001"),
            std::string::npos);
}

TEST(ParallelCompileTest, BodyErrorBeatsALaterSectionError) {
  // After the code section, a data section that claims more bytes than the module has.
  const Bytes truncated_data = {0x0b, 0x10, 0x01};
  const Bytes bytes = ManyFunctions(20000, {12345}, truncated_data);
  ExpectSameError(bytes);
  EXPECT_NE(DecodeModule(bytes, kSerial).error().message.find("function 12345"), std::string::npos);
  // Without the broken body the section's own error stands.
  ExpectSameError(ManyFunctions(20000, {}, truncated_data));
}

TEST(ParallelCompileTest, ValidationOnlyGeneratesNoCode) {
  Result<std::shared_ptr<const Module>> validated =
      DecodeModule(ManyFunctions(100), {.validate_only = true});
  ASSERT_TRUE(validated.ok()) << validated.error().message;
  for (const auto& code : validated.value()->code) EXPECT_EQ(code, nullptr);
}

}  // namespace
}  // namespace linea::rt::testing
