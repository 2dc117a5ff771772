// Store::RequestInterrupt: running wasm stops at its next branch or function entry with
// TrapKind::kInterrupted, whichever thread asks; the request stays until ClearInterrupt, and the
// stacks are left as they were before the call.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "runtime/decode/decoder.h"
#include "runtime/interpreter/interpreter.h"
#include "runtime/store/store.h"
#include "test/unittests/wasm_test_util.h"

namespace linea::rt::testing {
namespace {

// (module
//   (func (export "spin") (loop (br 0)))
//   (func $split (export "split") (param i32)   ;; 2^n calls and no loop
//     (if (local.get 0) (then (call $split (i32.sub (local.get 0) (i32.const 1)))
//                             (call $split (i32.sub (local.get 0) (i32.const 1))))))
//   (func (export "add1") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))
// clang-format off
const Bytes kModule = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // types: () -> (), (i32) -> (), (i32) -> (i32)
    0x01, 0x0d, 0x03, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x01, 0x7f, 0x01, 0x7f,
    0x03, 0x04, 0x03, 0x00, 0x01, 0x02,  // functions
    0x07, 0x17, 0x03,                    // exports
    0x04, 's', 'p', 'i', 'n', 0x00, 0x00,
    0x05, 's', 'p', 'l', 'i', 't', 0x00, 0x01,
    0x04, 'a', 'd', 'd', '1', 0x00, 0x02,
    0x0a, 0x27, 0x03,                                 // code
    0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b,   // spin
    0x15, 0x00, 0x20, 0x00, 0x04, 0x40, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x01,
    0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x01, 0x0b, 0x0b,  // split
    0x07, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x0b,   // add1
};
// clang-format on

class InterruptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::shared_ptr<const Module>> module = DecodeModule(kModule);
    ASSERT_TRUE(module.ok()) << module.error().message;
    InstantiateResult result = store_.Instantiate(module.value(), {});
    ASSERT_EQ(result.kind, InstantiateResult::Kind::kOk) << result.message;
    instance_ = result.instance;
  }

  Outcome Call(const char* name, std::vector<Value> args, std::vector<Value>* results) {
    return store_.Call(instance_->FindExport(name)->function, args, results);
  }

  // Calls `name` while another thread requests an interrupt after 50 ms.
  Outcome CallInterruptedFromAnotherThread(const char* name, std::vector<Value> args) {
    std::thread requester([this] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      store_.RequestInterrupt();
    });
    std::vector<Value> results;
    Outcome outcome = Call(name, std::move(args), &results);
    requester.join();
    return outcome;
  }

  void ExpectInterruptedAndStacksReset(const Outcome& outcome) {
    EXPECT_EQ(outcome.kind, Outcome::Kind::kTrap);
    EXPECT_EQ(outcome.trap.kind, TrapKind::kInterrupted);
    EXPECT_EQ(outcome.trap.message, "interrupted");
    ExecutionState& state = store_.execution_state();
    EXPECT_EQ(state.depth(), 0u);
    EXPECT_EQ(state.sp, state.stack.get());
  }

  Store store_;
  Instance* instance_ = nullptr;
};

TEST_F(InterruptTest, StopsALoop) {
  ExpectInterruptedAndStacksReset(CallInterruptedFromAnotherThread("spin", {}));
  store_.ClearInterrupt();
}

TEST_F(InterruptTest, StopsARecursionWithoutLoops) {
  ExpectInterruptedAndStacksReset(CallInterruptedFromAnotherThread("split", {Value::I32(60)}));
  store_.ClearInterrupt();
}

TEST_F(InterruptTest, StaysUntilCleared) {
  store_.RequestInterrupt();
  store_.RequestInterrupt();  // Idempotent: one ClearInterrupt withdraws it.
  std::vector<Value> results;
  ExpectInterruptedAndStacksReset(Call("split", {Value::I32(1)}, &results));
  // Every function entry polls: a call started meanwhile stops at once.
  ExpectInterruptedAndStacksReset(Call("add1", {Value::I32(1)}, &results));
  store_.ClearInterrupt();
  EXPECT_EQ(stores_with_interrupt.load(), 0u);
  ASSERT_TRUE(Call("split", {Value::I32(3)}, &results).ok());
  ASSERT_TRUE(Call("add1", {Value::I32(41)}, &results).ok());
  EXPECT_EQ(results[0].i32(), 42);
}

TEST_F(InterruptTest, OtherStoresRunOn) {
  Store other;
  other.RequestInterrupt();
  std::vector<Value> results;
  EXPECT_TRUE(Call("split", {Value::I32(4)}, &results).ok());
  other.ClearInterrupt();
}

}  // namespace
}  // namespace linea::rt::testing
