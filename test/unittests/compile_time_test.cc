// Compile time stays linear in the body: the two shapes that were once quadratic (a br_table's
// stubs found by a linear search, and every local write rescanning the operand stack; see
// test/fuzz/regressions/*-quadratic.wasm) compile a million-entry body well within a generous
// guard, and the code they produce computes the right answer.
#include <gtest/gtest.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// Far above the expected tenth of a second (also under ASan), far below the minutes the
// quadratic paths took. CPU seconds, of every thread, not wall time: a loaded machine (CI with
// parallel builds) stretches wall time several-fold without the compile doing more work.
constexpr double kGuardSeconds = 10;

void AppendLeb(Bytes* out, uint32_t v) {
  do {
    const uint8_t byte = v & 0x7f;
    v >>= 7;
    out->push_back(v ? (byte | 0x80) : byte);
  } while (v);
}

// (module (type (func (param i32) (result i32))) (func (export "f") (type 0) <body>)), with
// `body` including its locals declaration and final `end`.
Bytes ModuleWithBody(const Bytes& body) {
  Bytes module = Header();
  const Bytes sections = {0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,  // type (i32) -> i32
                          0x03, 0x02, 0x01, 0x00,                          // one function
                          0x07, 0x05, 0x01, 0x01, 'f',  0x00, 0x00};       // export "f"
  module.insert(module.end(), sections.begin(), sections.end());
  Bytes code = {0x01};
  AppendLeb(&code, static_cast<uint32_t>(body.size()));
  code.insert(code.end(), body.begin(), body.end());
  module.push_back(0x0a);
  AppendLeb(&module, static_cast<uint32_t>(code.size()));
  module.insert(module.end(), code.begin(), code.end());
  return module;
}

// Decodes (and so validates and compiles) `bytes`, checking the time it takes.
std::shared_ptr<const Module> DecodeWithinGuard(const Bytes& bytes) {
  const std::clock_t start = std::clock();
  Result<std::shared_ptr<const Module>> module = DecodeModule(bytes);
  const double took = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  EXPECT_TRUE(module.ok()) << module.error().message;
  EXPECT_LT(took, kGuardSeconds);
  return module.ok() ? module.value() : nullptr;
}

int32_t CallF(Store& store, const std::shared_ptr<const Module>& module, int32_t arg) {
  InstantiateResult instance = store.Instantiate(module, {});
  EXPECT_EQ(instance.kind, InstantiateResult::Kind::kOk) << instance.message;
  if (instance.kind != InstantiateResult::Kind::kOk) return 0;
  const std::vector<Value> args = {Value::I32(arg)};
  std::vector<Value> results;
  Outcome outcome = store.Call(instance.instance->FindExport("f")->function, args, &results);
  EXPECT_TRUE(outcome.ok()) << outcome.trap.message;
  return results.empty() ? 0 : results[0].i32();
}

// (func (param i32) (result i32)
//   (block (result i32))*d                  ;; the innermost block is depth 0
//   local.get 0 local.get 0
//   br_table [0 1 .. d-1 0 1 ..] (t entries) d-1
//   (end i32.const 1 i32.add)*d)             ;; leaving block j adds 1 for it and each outer one
// Entry p targets depth p % d: the result is p + d - p % d, or p + 1 by the default.
TEST(CompileTimeTest, MillionEntryBrTable) {
  constexpr uint32_t kEntries = 1000000, kDepth = 100000;
  Bytes body = {0x00};
  for (uint32_t i = 0; i < kDepth; ++i) body.insert(body.end(), {0x02, 0x7f});
  body.insert(body.end(), {0x20, 0x00, 0x20, 0x00, 0x0e});
  AppendLeb(&body, kEntries);
  for (uint32_t i = 0; i < kEntries; ++i) AppendLeb(&body, i % kDepth);
  AppendLeb(&body, kDepth - 1);
  for (uint32_t i = 0; i < kDepth; ++i) body.insert(body.end(), {0x0b, 0x41, 0x01, 0x6a});
  body.push_back(0x0b);
  std::shared_ptr<const Module> module = DecodeWithinGuard(ModuleWithBody(body));
  ASSERT_NE(module, nullptr);
  Store store;
  for (int32_t p : {0, 1, 99999, 100000, 123457, 999999}) {
    EXPECT_EQ(CallF(store, module, p), p + static_cast<int32_t>(kDepth - p % kDepth)) << p;
  }
  EXPECT_EQ(CallF(store, module, 1000000), 1000001);
  EXPECT_EQ(CallF(store, module, -1), 0);
}

// (func (param i32) (result i32) (local i32)
//   (local.get 0 local.get 1 local.set 0)*n    ;; and every 1000th time: local 1 += 1
//   (i32.add)*(n-1))
// Each write of local 0 happens while the stack still refers to it: the referring entry must
// keep the old value. The result is the sum of the old values.
TEST(CompileTimeTest, MillionLocalWrites) {
  constexpr uint32_t kWrites = 1000000;
  constexpr int32_t kArg = 12345;
  Bytes body = {0x01, 0x01, 0x7f};
  uint32_t local0 = kArg, local1 = 0, sum = 0;
  for (uint32_t i = 0; i < kWrites; ++i) {
    if (i % 1000 == 999) {
      body.insert(body.end(), {0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01});
      ++local1;
    }
    body.insert(body.end(), {0x20, 0x00, 0x20, 0x01, 0x21, 0x00});
    sum += local0;
    local0 = local1;
  }
  body.insert(body.end(), kWrites - 1, 0x6a);
  body.push_back(0x0b);
  std::shared_ptr<const Module> module = DecodeWithinGuard(ModuleWithBody(body));
  ASSERT_NE(module, nullptr);
  Store store;
  EXPECT_EQ(static_cast<uint32_t>(CallF(store, module, kArg)), sum);
}

}  // namespace
}  // namespace linea::rt::testing
