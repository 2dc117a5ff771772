// Streaming decoding: any split of the input gives what DecodeModule gives, and function
// bodies are compiled as soon as their last byte arrives.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/decode/decoder.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (module
//   (type (func (param i32) (result i32)))
//   (import "env" "f" (func $f (type 0)))
//   (func $g (type 0) (local.get 0))
//   (func $h (type 0) (call $f (local.get 0)))
//   (export "g" (func $g)))
const Bytes kTwoBodies = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,              // header         0-7
    0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,              // type           8-15
    0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00,  // import         16-26
    0x00,                                                        //
    0x03, 0x03, 0x02, 0x00, 0x00,                                // function       27-31
    0x07, 0x05, 0x01, 0x01, 0x67, 0x00, 0x01,                    // export         32-38
    0x0a, 0x0d, 0x02,                                            // code           39-41
    0x04, 0x00, 0x20, 0x00, 0x0b,                                // $g: size 42, body 43-46
    0x06, 0x00, 0x20, 0x00, 0x10, 0x00, 0x0b,                    // $h: size 47, body 48-53
};

// (module (memory 1) (global i64 (i64.const -1)) (data (i32.const 0) "hello") (@custom "c" "x"))
const Bytes kDataAndCustom = WasmModule({
    {0x05, 0x03, 0x01, 0x00, 0x01},
    {0x06, 0x06, 0x01, 0x7e, 0x00, 0x42, 0x7f, 0x0b},
    {0x0b, 0x0b, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x05, 0x68, 0x65, 0x6c, 0x6c, 0x6f},
    {0x00, 0x03, 0x01, 0x63, 0x78},
});

// Malformed and invalid modules failing in different places: in the header, in a section's
// framing, inside a section, in a function body's framing, at the end.
const std::vector<Bytes> kBadModules = {
    {0x00, 0x61, 0x73},
    {0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00},
    WasmModule({{0x0e, 0x00}}),
    WasmModule({{0x01, 0x07, 0x01, 0x60, 0x00, 0x00}}),
    WasmModule({{0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00}, {0x03, 0x02, 0x01, 0x00}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                {0x03, 0x03, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
                {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                {0x03, 0x02, 0x01, 0x00},
                {0x0a, 0x05, 0x01, 0x02, 0x00, 0x0b, 0x00}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                {0x03, 0x02, 0x01, 0x00},
                {0x0a, 0x04, 0x01, 0x05, 0x00, 0x0b}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                {0x03, 0x02, 0x01, 0x00},
                {0x0a, 0x03, 0x01, 0x80, 0x80}}),
    WasmModule({{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
                {0x03, 0x02, 0x01, 0x00},
                {0x0a, 0x03, 0x01, 0x80, 0x80},
                {0x80, 0x80, 0x80, 0x00}}),
    WasmModule({{0x0c, 0x01, 0x01}}),
    WasmModule({{0x05, 0x03, 0x01, 0x00, 0x01}, {0x05, 0x03, 0x01, 0x00, 0x01}}),
};

Result<std::shared_ptr<const Module>> DecodeInChunks(const Bytes& bytes, size_t chunk) {
  StreamingDecoder decoder;
  for (size_t pos = 0; pos < bytes.size(); pos += chunk) {
    const size_t n = std::min(chunk, bytes.size() - pos);
    Status fed = decoder.Feed({bytes.data() + pos, n});
    if (!fed.ok()) {
      // Sticky: the same error again, for feeding and finishing.
      Status again = decoder.Feed({bytes.data(), 1});
      EXPECT_FALSE(again.ok());
      if (!again.ok()) {
        EXPECT_EQ(again.error().message, fed.error().message);
      }
      return fed.take_error();
    }
  }
  return decoder.Finish();
}

void ExpectSameResultForEveryChunkSize(const Bytes& bytes) {
  Result<std::shared_ptr<const Module>> whole = DecodeModule(bytes);
  for (size_t chunk = 1; chunk <= bytes.size(); ++chunk) {
    Result<std::shared_ptr<const Module>> split = DecodeInChunks(bytes, chunk);
    ASSERT_EQ(split.ok(), whole.ok()) << "chunk size " << chunk;
    if (!whole.ok()) {
      EXPECT_EQ(split.error().message, whole.error().message) << "chunk size " << chunk;
      EXPECT_EQ(split.error().offset, whole.error().offset) << "chunk size " << chunk;
      continue;
    }
    const Module& a = *whole.value();
    const Module& b = *split.value();
    EXPECT_EQ(a.types, b.types);
    EXPECT_EQ(a.func_type_indices, b.func_type_indices);
    EXPECT_EQ(a.code.size(), b.code.size());
    EXPECT_EQ(a.exports.size(), b.exports.size());
    EXPECT_EQ(a.data.size(), b.data.size());
    EXPECT_EQ(a.custom_sections.size(), b.custom_sections.size());
    EXPECT_EQ(a.declared_func_refs, b.declared_func_refs);
  }
}

TEST(StreamingDecoderTest, EveryChunkSizeGivesTheSameModule) {
  ExpectSameResultForEveryChunkSize(Header());
  ExpectSameResultForEveryChunkSize(kTwoBodies);
  ExpectSameResultForEveryChunkSize(kDataAndCustom);
}

TEST(StreamingDecoderTest, EveryChunkSizeGivesTheSameError) {
  for (size_t i = 0; i < kBadModules.size(); ++i) {
    SCOPED_TRACE("bad module " + std::to_string(i));
    ASSERT_FALSE(DecodeModule(kBadModules[i]).ok());
    ExpectSameResultForEveryChunkSize(kBadModules[i]);
  }
}

TEST(StreamingDecoderTest, BodiesCompileAsSoonAsTheyAreComplete) {
  StreamingDecoder decoder({.lazy = false});
  std::vector<uint32_t> compiled;  // functions_compiled() after each byte.
  for (uint8_t byte : kTwoBodies) {
    ASSERT_TRUE(decoder.Feed({&byte, 1}).ok());
    compiled.push_back(decoder.functions_compiled());
  }
  // Body 0 ends at offset 46, body 1 at 53 (the last byte).
  for (size_t i = 0; i < compiled.size(); ++i) {
    const uint32_t expected = i < 46 ? 0 : i < 53 ? 1 : 2;
    EXPECT_EQ(compiled[i], expected) << "after byte " << i;
  }
  Result<std::shared_ptr<const Module>> m = decoder.Finish();
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m.value()->code.size(), 2u);
  EXPECT_EQ(decoder.functions_compiled(), 2u);
}

TEST(StreamingDecoderTest, IncompleteInput) {
  StreamingDecoder decoder;
  ASSERT_TRUE(decoder.Feed({kTwoBodies.data(), 45}).ok());
  Result<std::shared_ptr<const Module>> m = decoder.Finish();
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message.find("section 10 (code)"), std::string::npos) << m.error().message;
  EXPECT_NE(m.error().message.find("length out of bounds"), std::string::npos) << m.error().message;
  // Finished means finished.
  EXPECT_FALSE(decoder.Feed({kTwoBodies.data(), 1}).ok());
  EXPECT_FALSE(decoder.Finish().ok());
}

TEST(StreamingDecoderTest, FeedingNothingChangesNothing) {
  StreamingDecoder decoder;
  ASSERT_TRUE(decoder.Feed({}).ok());
  ASSERT_TRUE(decoder.Feed({kTwoBodies.data(), 20}).ok());
  ASSERT_TRUE(decoder.Feed({}).ok());
  ASSERT_TRUE(decoder.Feed({kTwoBodies.data() + 20, kTwoBodies.size() - 20}).ok());
  ASSERT_TRUE(decoder.Feed({}).ok());
  EXPECT_TRUE(decoder.Finish().ok());
}

TEST(StreamingDecoderTest, AnErrorStopsCompilation) {
  // A third body is announced by the section but the function section has two functions.
  Bytes bytes = kTwoBodies;
  bytes[41] = 0x03;
  StreamingDecoder decoder;
  Status fed = decoder.Feed(bytes);
  ASSERT_FALSE(fed.ok());
  EXPECT_NE(fed.error().message.find("function and code section have inconsistent lengths"),
            std::string::npos);
  EXPECT_EQ(decoder.functions_compiled(), 0u);
  EXPECT_FALSE(decoder.Finish().ok());
}

}  // namespace
}  // namespace linea::rt::testing
