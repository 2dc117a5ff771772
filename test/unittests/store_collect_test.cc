// Store::Collect: instances and functions nothing reaches are freed (with the memories, tables
// and globals only they held); roots are host_refs and tables/globals held outside the store;
// store edges (imports, tables, globals) keep what they reach; cycles inside the store are
// collected; no collection happens during a call.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/store/instance.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (module
//   (memory (export "mem") 1)
//   (global $g (mut i32) (i32.const 0))
//   (table $t (export "table") 2 funcref)
//   (func $count (export "count") (result i32)
//     (global.set $g (i32.add (global.get $g) (i32.const 1)))
//     (i32.store (i32.const 0) (global.get $g))
//     (global.get $g))
//   (func $viaTable (export "viaTable") (result i32) (call_indirect (result i32) (i32.const 0)))
//   (elem (i32.const 0) $count $viaTable))
const Bytes kModuleA = {
    0,   97,  115, 109, 1,   0,   0,   0,  1,  5,   1,  96,  0,   1,   127, 3,  3,  2,  0,   0,
    4,   4,   1,   112, 0,   2,   5,   3,  1,  0,   1,  6,   6,   1,   127, 1,  65, 0,  11,  7,
    34,  4,   3,   109, 101, 109, 2,   0,  5,  116, 97, 98,  108, 101, 1,   0,  5,  99, 111, 117,
    110, 116, 0,   0,   8,   118, 105, 97, 84, 97,  98, 108, 101, 0,   1,   9,  8,  1,  0,   65,
    0,   11,  2,   0,   1,   10,  28,  2,  18, 0,   35, 0,   65,  1,   106, 36, 0,  65, 0,   35,
    0,   54,  2,   0,   35,  0,   11,  7,  0,  65,  0,  17,  0,   0,   11};
// (module
//   (import "a" "count" (func $count (result i32)))
//   (func (export "callImport") (result i32) (call $count)))
const Bytes kModuleB = {0,   97,  115, 109, 1, 0,  0,  0,  1,   5,   1,   96,  0,  1,
                        127, 2,   11,  1,   1, 97, 5,  99, 111, 117, 110, 116, 0,  0,
                        3,   2,   1,   0,   7, 14, 1,  10, 99,  97,  108, 108, 73, 109,
                        112, 111, 114, 116, 0, 1,  10, 6,  1,   4,   0,   16,  0,  11};

class StoreCollectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    module_a_ = DecodeModule(kModuleA).value();
    module_b_ = DecodeModule(kModuleB).value();
    store_.set_function_finalizer([this](Function*) { ++finalized_; });
  }

  Instance* Instantiate(const std::shared_ptr<const Module>& module,
                        const std::vector<Extern>& imports = {}) {
    InstantiateResult result = store_.Instantiate(module, imports);
    EXPECT_EQ(result.kind, InstantiateResult::Kind::kOk) << result.message;
    return result.instance;
  }

  int32_t Call(Function* function) {
    std::vector<Value> results;
    Outcome outcome = store_.Call(function, {}, &results);
    EXPECT_TRUE(outcome.ok()) << outcome.trap.message;
    return results.empty() ? 0 : results[0].i32();
  }

  std::shared_ptr<const Module> module_a_, module_b_;
  Store store_;
  int finalized_ = 0;
};

TEST_F(StoreCollectTest, UnreachableInstancesAndTheirCyclesAreFreed) {
  for (int i = 0; i < 10; ++i) Instantiate(module_a_);
  EXPECT_EQ(store_.instance_count(), 10u);
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 0u);
  EXPECT_EQ(finalized_, 20);  // Two functions each, reachable from their own table.
}

TEST_F(StoreCollectTest, HostRootsKeepInstancesAndFunctions) {
  Instance* rooted = Instantiate(module_a_);
  ++rooted->host_refs;
  Instance* by_function = Instantiate(module_a_);
  Function* count = by_function->FindExport("count")->function;
  ++count->host_refs;
  Instantiate(module_a_);
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 2u);
  EXPECT_EQ(Call(count), 1);
  EXPECT_EQ(Call(rooted->FindExport("viaTable")->function), 1);
  --count->host_refs;
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 1u);
  --rooted->host_refs;
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 0u);
}

TEST_F(StoreCollectTest, StoreEdgesKeepWhatTheyReach) {
  // A is reached only through B's import.
  Instance* a = Instantiate(module_a_);
  Instance* b = Instantiate(module_b_, {Extern::Of(a->FindExport("count")->function)});
  ++b->host_refs;
  // A second A is reached only through a table the host holds (its shared_ptr).
  Instance* a2 = Instantiate(module_a_);
  std::shared_ptr<Table> table = a2->FindExport("table")->table;
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 3u);
  EXPECT_EQ(Call(b->FindExport("callImport")->function), 1);
  EXPECT_EQ(Call(static_cast<Function*>(table->Get(1))), 1);
  // The memory of a collected instance lives on while held.
  std::shared_ptr<Memory> memory = a2->FindExport("mem")->memory;
  table.reset();
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 2u);
  EXPECT_EQ(memory->base()[0], 1);
  --b->host_refs;
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 0u);
}

TEST_F(StoreCollectTest, NoCollectionDuringACall) {
  bool collected = true;
  Function* host =
      store_.CreateHostFunction(FuncType{}, [&](std::span<const Value>, std::span<Value>) {
        collected = store_.Collect();
        return Outcome::Ok();
      });
  Instantiate(module_a_);
  std::vector<Value> results;
  EXPECT_TRUE(store_.Call(host, {}, &results).ok());
  EXPECT_FALSE(collected);
  EXPECT_EQ(store_.instance_count(), 1u);
  EXPECT_TRUE(store_.Collect());
  EXPECT_EQ(store_.instance_count(), 0u);
}

}  // namespace
}  // namespace linea::rt::testing
