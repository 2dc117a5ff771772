// Store::CollectExceptions: caught exceptions nothing refers to are freed; those in exnref
// globals (and what their payloads hold) stay, and stay intact.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/store/store.h"
#include "runtime/store/store_inline.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// Built with the JS API suite's wasm-module-builder.js (its tag section then moved before the
// global section, where the binary format puts it):
//   (tag $t (param i32))
//   (global $g (mut exnref) (ref.null exn))
//   (func (export "keep") (param i32)   ;; throws $t, keeps the exnref in $g
//     (global.set $g (block (result exnref)
//       (try_table (catch_all_ref 0) (throw $t (local.get 0))) (unreachable))))
//   (func (export "drop") (param i32)   ;; throws $t and catches it without a reference
//     (block (try_table (catch_all 0) (throw $t (local.get 0)))))
//   (func (export "get") (result i32)   ;; the payload of the exception in $g
//     (block (result i32 exnref)
//       (try_table (catch_ref $t 0) (throw_ref (global.get $g))) (unreachable))
//     (drop))
const Bytes kModule = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, 0x19, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01,
    0x12, 0x03, 0x00, 0x04, 0x6b, 0x65, 0x65, 0x70, 0x01, 0x04, 0x64, 0x72, 0x6f, 0x70, 0x02, 0x03,
    0x67, 0x65, 0x74, 0x01, 0x16, 0x05, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x02, 0x7f, 0x69, 0x60,
    0x01, 0x7f, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x04, 0x03, 0x02, 0x03,
    0x04, 0x0d, 0x03, 0x01, 0x00, 0x00, 0x06, 0x06, 0x01, 0x69, 0x01, 0xd0, 0x69, 0x0b, 0x07, 0x15,
    0x03, 0x04, 0x6b, 0x65, 0x65, 0x70, 0x00, 0x00, 0x04, 0x64, 0x72, 0x6f, 0x70, 0x00, 0x01, 0x03,
    0x67, 0x65, 0x74, 0x00, 0x02, 0x0a, 0x36, 0x03, 0x12, 0x00, 0x02, 0x69, 0x1f, 0x40, 0x01, 0x03,
    0x00, 0x20, 0x00, 0x08, 0x00, 0x0b, 0x00, 0x0b, 0x24, 0x00, 0x0b, 0x0f, 0x00, 0x02, 0x40, 0x1f,
    0x40, 0x01, 0x02, 0x00, 0x20, 0x00, 0x08, 0x00, 0x0b, 0x0b, 0x0b, 0x11, 0x00, 0x02, 0x01, 0x1f,
    0x40, 0x01, 0x01, 0x00, 0x00, 0x23, 0x00, 0x0a, 0x0b, 0x00, 0x0b, 0x1a, 0x0b,
};

Function* ExportedFunction(const Instance& instance, std::string_view name) {
  const Extern* e = instance.FindExport(name);
  return e != nullptr ? e->function : nullptr;
}

TEST(ExceptionCollectTest, FreesWhatNothingReaches) {
  Store store;
  InstantiateResult r = store.Instantiate(MustDecode(kModule), {});
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  Function* keep = ExportedFunction(*r.instance, "keep");
  Function* drop = ExportedFunction(*r.instance, "drop");
  Function* get = ExportedFunction(*r.instance, "get");
  ASSERT_TRUE(keep && drop && get);
  std::vector<Value> results;
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(store.Call(drop, std::vector<Value>{Value::I32(i)}, &results).ok());
  }
  ASSERT_TRUE(store.Call(keep, std::vector<Value>{Value::I32(77)}, &results).ok());
  EXPECT_EQ(store.exception_count(), 101u);
  ASSERT_TRUE(store.CollectExceptions());
  EXPECT_EQ(store.exception_count(), 1u);  // The one in $g.
  ASSERT_TRUE(store.Call(get, {}, &results).ok());
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].i32(), 77);
  // Replacing it makes the old one garbage; a host reference keeps an exception alive.
  ASSERT_TRUE(store.Call(keep, std::vector<Value>{Value::I32(5)}, &results).ok());
  ASSERT_TRUE(store.CollectExceptions());
  EXPECT_EQ(store.exception_count(), 1u);
  Exception* held = store.NewException(r.instance->tags[0], std::vector<Value>{Value::I32(9)});
  ++held->host_refs;
  ASSERT_TRUE(store.CollectExceptions());
  EXPECT_EQ(store.exception_count(), 2u);
  --held->host_refs;
  ASSERT_TRUE(store.CollectExceptions());
  EXPECT_EQ(store.exception_count(), 1u);
}

// The countdown a host tests on every call: due once n exceptions have been made since
// SetExceptionsUntilCollection(n), whether wasm threw them or the host made them; never due
// before the host first sets it.
TEST(ExceptionCollectTest, CollectionDueAfterTheCountedExceptions) {
  Store store;
  InstantiateResult r = store.Instantiate(MustDecode(kModule), {});
  ASSERT_EQ(r.kind, InstantiateResult::Kind::kOk) << r.message;
  Function* drop = ExportedFunction(*r.instance, "drop");
  ASSERT_TRUE(drop);
  std::vector<Value> results;
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(store.Call(drop, std::vector<Value>{Value::I32(i)}, &results).ok());
  }
  EXPECT_FALSE(store.exception_collection_due());
  store.SetExceptionsUntilCollection(3);
  ASSERT_TRUE(store.Call(drop, std::vector<Value>{Value::I32(1)}, &results).ok());
  store.NewException(r.instance->tags[0], std::vector<Value>{Value::I32(2)});
  EXPECT_FALSE(store.exception_collection_due());
  ASSERT_TRUE(store.Call(drop, std::vector<Value>{Value::I32(3)}, &results).ok());
  EXPECT_TRUE(store.exception_collection_due());
  ASSERT_TRUE(store.CollectExceptions());
  EXPECT_EQ(store.exception_count(), 0u);
  store.SetExceptionsUntilCollection(1);
  EXPECT_FALSE(store.exception_collection_due());
}

}  // namespace
}  // namespace linea::rt::testing
